"""What compute_sla answers: one record per metric instance, and why targets moved."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from api.sla.policy import Metric, PolicyRef
from api.ticket.lifecycle import Status


class SlaStatus(StrEnum):
    achieved = "achieved"
    breached = "breached"
    paused = "paused"
    active = "active"
    cancelled = "cancelled"
    not_started = "not_started"


class StopReason(StrEnum):
    fulfilled = "fulfilled"
    resolved = "resolved"
    # Closed unsolved (withdrawn, rejected, a duplicate): no resolution to count.
    closed_unsolved = "closed_unsolved"


@dataclass(frozen=True)
class PausedInterval:
    """The clock stood still from start_at to end_at (None: still paused) in `status`."""

    start_at: datetime
    end_at: datetime | None
    status: Status


@dataclass(frozen=True)
class MetricInstance:
    """One clock: first reply, next reply #n, periodic update #n or resolution.

    `remaining` is target minus elapsed (negative once overdue); `breach_at` is when the
    breach happened, or its projection for a running clock, None while paused or without target.
    """

    metric: Metric
    n: int
    policy: PolicyRef | None
    target: timedelta | None
    started_at: datetime | None
    stopped_at: datetime | None
    stop_reason: StopReason | None
    elapsed: timedelta
    remaining: timedelta | None
    paused: tuple[PausedInterval, ...]
    status: SlaStatus
    breach_at: datetime | None


class Cause(StrEnum):
    policy_applied = "policy_applied"
    priority_changed = "priority_changed"
    reopened = "reopened"
    resolved = "resolved"


@dataclass(frozen=True)
class Explanation:
    """Why something moved, as text and as structure (`value`: the new priority or policy)."""

    at: datetime
    text: str
    metric: Metric | None = None
    n: int | None = None
    cause: Cause | None = None
    value: str | None = None
    from_target: timedelta | None = None
    to_target: timedelta | None = None
    breached: bool = False


@dataclass(frozen=True)
class SlaReport:
    now: datetime
    policy: PolicyRef | None
    instances: tuple[MetricInstance, ...]
    # Earliest breach among clocks still running or paused: past once one is overdue.
    next_breach_at: datetime | None
    explanation: tuple[Explanation, ...]

    def of(self, metric: Metric) -> tuple[MetricInstance, ...]:
        return tuple(i for i in self.instances if i.metric is metric)

    def get(self, metric: Metric, n: int = 1) -> MetricInstance:
        for instance in self.of(metric):
            if instance.n == n or instance.status is SlaStatus.not_started:
                return instance
        raise KeyError(f"no {metric} #{n}")


def describe(span: timedelta | None) -> str:
    """'8h', '1h30', '45min', '20s', 'none'."""
    if span is None:
        return "none"
    seconds = int(span.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h and not s:
        return f"{sign}{h}h{m:02d}" if m else f"{sign}{h}h"
    if h:
        return f"{sign}{h}h{m:02d}m{s:02d}s"
    if m:
        return f"{sign}{m}min{s:02d}s" if s else f"{sign}{m}min"
    return f"{sign}{s}s"
