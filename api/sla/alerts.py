"""When the periodic scan must look at a ticket, and what it must then write. Pure.

Each metric instance gets at most one warning (once `warning_percent` of its target has
elapsed) and one breach alert; `alerted` holds those already written, as
(metric, instance number, kind).
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from api.sla.clock import Clock
from api.sla.policy import Metric, PolicyRef
from api.sla.report import MetricInstance, SlaReport, SlaStatus


class AlertKind(StrEnum):
    warning = "warning"
    breached = "breached"


AlertKey = tuple[str, int, str]


@dataclass(frozen=True)
class DueAlert:
    metric: Metric
    n: int
    kind: AlertKind
    instance: MetricInstance


def _warn_after(instance: MetricInstance, percent: int) -> timedelta | None:
    if instance.target is None:
        return None
    return instance.target * percent / 100


def due_alerts(
    report: SlaReport, alerted: Collection[AlertKey], percent_of: Callable[[PolicyRef], int]
) -> list[DueAlert]:
    """The alerts `report` (at its `now`) calls for that were not written yet."""
    due: list[DueAlert] = []
    for i in report.instances:
        if i.target is None or i.policy is None:
            continue
        if i.status is SlaStatus.breached:
            if (i.metric.value, i.n, AlertKind.breached.value) not in alerted:
                due.append(DueAlert(i.metric, i.n, AlertKind.breached, i))
            continue
        if i.status not in (SlaStatus.active, SlaStatus.paused):
            continue
        warn_after = _warn_after(i, percent_of(i.policy))
        if (
            warn_after is not None
            and i.elapsed >= warn_after
            and (i.metric.value, i.n, AlertKind.warning.value) not in alerted
        ):
            due.append(DueAlert(i.metric, i.n, AlertKind.warning, i))
    return due


def next_check_at(
    report: SlaReport,
    alerted: Collection[AlertKey],
    percent_of: Callable[[PolicyRef], int],
    clock_of: Callable[[PolicyRef], Clock],
) -> datetime | None:
    """The first instant at which `due_alerts` will have something to say (None: never,
    unless the ticket changes first)."""
    if due_alerts(report, alerted, percent_of):
        return report.now
    instants: list[datetime] = []
    for i in report.instances:
        if i.status is not SlaStatus.active or i.target is None or i.policy is None:
            continue
        if i.breach_at is not None and (i.metric.value, i.n, "breached") not in alerted:
            instants.append(i.breach_at)
        warn_after = _warn_after(i, percent_of(i.policy))
        if warn_after is not None and (i.metric.value, i.n, "warning") not in alerted:
            left = max(warn_after - i.elapsed, timedelta(0))
            instants.append(clock_of(i.policy).add_business_time(report.now, left))
    return min(instants, default=None)
