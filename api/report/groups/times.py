"""First response and resolution times: overall, per priority, resolution per team."""

from typing import Any

from api.report import repository as repo
from api.report.context import (
    PRIORITIES,
    Context,
    groupings_in,
    key_of,
    label_of,
    team_filter,
    windows,
)
from api.report.links import Window, queue_url
from api.report.measuring import NOTHING_MEASURED, Measured, Metric
from api.report.models import ReportTicket as R
from api.report.schemas import ReportRow, ReportTable

TIME_COLUMNS = [
    "count",
    "median_seconds",
    "p90_seconds",
    "median_business_seconds",
    "p90_business_seconds",
]


def _times_values(m: Measured) -> dict[str, int | float | None]:
    return {
        "count": m.count,
        "median_seconds": m.median,
        "p90_seconds": m.p90,
        "median_business_seconds": m.median_business,
        "p90_business_seconds": m.p90_business,
    }


def _times_by_priority(
    c: Context, name: str, by: dict[tuple[Any, ...], Measured], window: Window
) -> ReportTable:
    rows = [
        ReportRow(
            key=p,
            label=p,
            values=_times_values(by.get((p,), NOTHING_MEASURED)),
            tickets_url=queue_url(c.filters, window, priority=p),
        )
        for p in PRIORITIES
    ]
    return ReportTable(name=name, columns=TIME_COLUMNS, rows=rows)


def tables(c: Context) -> list[ReportTable]:
    responded, responded_by_priority = groupings_in(c, Metric.first_response, (), (R.priority,))
    resolved, resolved_by_priority, resolved_by_team = groupings_in(
        c, Metric.resolution, (), (R.priority,), (R.team_id,)
    )
    created_w, resolved_w = windows(c)
    overall = ReportTable(
        name="times",
        columns=TIME_COLUMNS,
        rows=[
            ReportRow(
                key="first_response",
                label="First response",
                values=_times_values(responded.get((), NOTHING_MEASURED)),
                tickets_url=queue_url(c.filters, created_w),
            ),
            ReportRow(
                key="resolution",
                label="Resolution",
                values=_times_values(resolved.get((), NOTHING_MEASURED)),
                tickets_url=queue_url(c.filters, resolved_w),
            ),
        ],
    )
    tables = [overall]
    tables.append(
        _times_by_priority(c, "first_response_by_priority", responded_by_priority, created_w)
    )
    tables.append(_times_by_priority(c, "resolution_by_priority", resolved_by_priority, resolved_w))
    by_team = {k[0]: m for k, m in resolved_by_team.items()}
    names = repo.team_names(c.session, list(by_team))
    tables.append(
        ReportTable(
            name="resolution_by_team",
            columns=TIME_COLUMNS,
            rows=[
                ReportRow(
                    key=key_of(team_id),
                    label=label_of(names, team_id),
                    values=_times_values(m),
                    tickets_url=None
                    if team_id is None
                    else queue_url(team_filter(c, team_id), resolved_w),
                )
                for team_id, m in sorted(by_team.items(), key=lambda kv: -kv[1].count)
            ],
        )
    )
    return tables
