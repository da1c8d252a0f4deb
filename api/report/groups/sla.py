"""SLA achievement per metric: overall, per priority, per team."""

from api.report import repository as repo
from api.report.context import (
    PRIORITIES,
    Context,
    key_of,
    label_of,
    measure_in,
    part_of,
    summed,
    team_filter,
    windows,
)
from api.report.figures import (
    rate,
)
from api.report.links import queue_url
from api.report.measuring import Measured, Metric
from api.report.models import ReportTicket as R
from api.report.schemas import ReportRow, ReportTable

SLA_COLUMNS = ["met", "missed", "achievement"]


def _sla_values(m: Measured, prefix: str = "") -> dict[str, int | float | None]:
    return {
        f"{prefix}met": m.met,
        f"{prefix}missed": m.missed,
        f"{prefix}achievement": rate(m.met, m.met + m.missed),
    }


def tables(c: Context) -> list[ReportTable]:
    responded = measure_in(c, Metric.first_response, R.priority, R.team_id, ranked=())
    resolved = measure_in(c, Metric.resolution, R.priority, R.team_id, ranked=())
    created_w, resolved_w = windows(c)
    overall = ReportTable(
        name="sla",
        columns=SLA_COLUMNS,
        rows=[
            ReportRow(
                key="first_response",
                label="First response",
                values=_sla_values(summed(responded.values())),
                tickets_url=queue_url(c.filters, created_w),
            ),
            ReportRow(
                key="resolution",
                label="Resolution",
                values=_sla_values(summed(resolved.values())),
                tickets_url=queue_url(c.filters, resolved_w),
            ),
        ],
    )
    columns = [f"{m}_{col}" for m in ("first_response", "resolution") for col in SLA_COLUMNS]
    by_priority = ReportTable(
        name="sla_by_priority",
        columns=columns,
        rows=[
            ReportRow(
                key=p,
                label=p,
                values=_sla_values(part_of(responded, 0, p), "first_response_")
                | _sla_values(part_of(resolved, 0, p), "resolution_"),
                tickets_url=queue_url(c.filters, resolved_w, priority=p),
            )
            for p in PRIORITIES
        ],
    )
    team_ids = {team for _, team in [*responded, *resolved]}
    names = repo.team_names(c.session, list(team_ids))
    by_team = ReportTable(
        name="sla_by_team",
        columns=columns,
        rows=[
            ReportRow(
                key=key_of(team_id),
                label=label_of(names, team_id),
                values=_sla_values(part_of(responded, 1, team_id), "first_response_")
                | _sla_values(part_of(resolved, 1, team_id), "resolution_"),
                tickets_url=None
                if team_id is None
                else queue_url(team_filter(c, team_id), resolved_w),
            )
            for team_id in sorted(team_ids, key=key_of)
        ],
    )
    return [overall, by_priority, by_team]
