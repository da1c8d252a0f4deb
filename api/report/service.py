"""Builds each figure group's tables for a period and the one before it."""

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from api.report import measuring
from api.report import repository as repo
from api.report.figures import (
    AGE_BANDS,
    agents_on_duty,
    arrivals_grid,
    arrivals_per_agent_hour,
    rate,
    staffing_grid,
)
from api.report.filters import Filters
from api.report.links import UNFINISHED, Window, queue_url
from api.report.measuring import BOTH, NOTHING_MEASURED, Measured, Metric, Ranked
from api.report.models import ReportTicket as R
from api.report.schemas import PeriodReport, ReportGroup, ReportOut, ReportRow, ReportTable
from api.sla.clock import WALL_CLOCK, Clock
from api.sla.rules import calendar_of
from api.ticket.priority import Priority

NONE_KEY = "none"
NONE_LABEL = "(none)"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TIME_COLUMNS = [
    "count",
    "median_seconds",
    "p90_seconds",
    "median_business_seconds",
    "p90_business_seconds",
]
SLA_COLUMNS = ["met", "missed", "achievement"]
PRIORITIES = [p.value for p in Priority]


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    @property
    def previous(self) -> "Period":
        return Period(self.start - (self.end - self.start), self.start)


@dataclass(frozen=True)
class Desk:
    zone: ZoneInfo
    clock: Clock


def desk(session: Session) -> Desk:
    row = repo.desk_calendar(session)
    if row is None:
        return Desk(ZoneInfo("UTC"), WALL_CLOCK)
    calendar = calendar_of(
        row.calendar_id, row.version, row.zone, row.week, row.holidays, row.overrides
    )
    return Desk(ZoneInfo(row.zone), calendar)


@dataclass
class _Context:
    session: Session
    filters: Filters
    period: Period
    now: datetime
    desk: Desk
    current: bool  # snapshot tables are drawn for the current period only


def _key(value: int | str | None) -> str:
    return NONE_KEY if value is None else str(value)


def _label(names: dict[int, str], value: int | None) -> str:
    return NONE_LABEL if value is None else names.get(value, f"#{value}")


def _times_values(m: Measured) -> dict[str, int | float | None]:
    return {
        "count": m.count,
        "median_seconds": m.median,
        "p90_seconds": m.p90,
        "median_business_seconds": m.median_business,
        "p90_business_seconds": m.p90_business,
    }


def _sla_values(m: Measured, prefix: str = "") -> dict[str, int | float | None]:
    return {
        f"{prefix}met": m.met,
        f"{prefix}missed": m.missed,
        f"{prefix}achievement": rate(m.met, m.met + m.missed),
    }


def _sum(parts: Iterable[Measured]) -> Measured:
    """The counts of several groups together (percentiles do not add up: left out)."""
    items = list(parts)
    return replace(
        NOTHING_MEASURED,
        count=sum(m.count for m in items),
        met=sum(m.met for m in items),
        missed=sum(m.missed for m in items),
        reopened=sum(m.reopened for m in items),
    )


def _windows(c: _Context) -> tuple[Window, Window]:
    p = c.period
    return Window("created", p.start, p.end), Window("resolved", p.start, p.end)


def _team_filter(c: _Context, team_id: int | None) -> Filters:
    return replace(c.filters, team_id=team_id)


def _measure(
    c: _Context, metric: Metric, *by: Any, ranked: Collection[Ranked] = BOTH
) -> dict[tuple[Any, ...], Measured]:
    return measuring.measure(
        c.session, metric, c.period.start, c.period.end, c.filters, by, ranked=ranked
    )


def _groupings(
    c: _Context, metric: Metric, *groupings: Sequence[Any]
) -> list[dict[tuple[Any, ...], Measured]]:
    return measuring.measure_groupings(
        c.session, metric, c.period.start, c.period.end, c.filters, groupings
    )


def _counts(c: _Context, metric: Metric) -> Measured:
    return _measure(c, metric, ranked=()).get((), NOTHING_MEASURED)


def _by(cells: dict[tuple[Any, ...], Measured], part: int, key: Any) -> Measured:
    """The groups whose `part`-th key is `key`, summed."""
    return _sum(m for k, m in cells.items() if k[part] == key)


def _times_by_priority(
    c: _Context, name: str, by: dict[tuple[Any, ...], Measured], window: Window
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


def times_tables(c: _Context) -> list[ReportTable]:
    responded, responded_by_priority = _groupings(c, Metric.first_response, (), (R.priority,))
    resolved, resolved_by_priority, resolved_by_team = _groupings(
        c, Metric.resolution, (), (R.priority,), (R.team_id,)
    )
    created_w, resolved_w = _windows(c)
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
                    key=_key(team_id),
                    label=_label(names, team_id),
                    values=_times_values(m),
                    tickets_url=None
                    if team_id is None
                    else queue_url(_team_filter(c, team_id), resolved_w),
                )
                for team_id, m in sorted(by_team.items(), key=lambda kv: -kv[1].count)
            ],
        )
    )
    return tables


def sla_tables(c: _Context) -> list[ReportTable]:
    responded = _measure(c, Metric.first_response, R.priority, R.team_id, ranked=())
    resolved = _measure(c, Metric.resolution, R.priority, R.team_id, ranked=())
    created_w, resolved_w = _windows(c)
    overall = ReportTable(
        name="sla",
        columns=SLA_COLUMNS,
        rows=[
            ReportRow(
                key="first_response",
                label="First response",
                values=_sla_values(_sum(responded.values())),
                tickets_url=queue_url(c.filters, created_w),
            ),
            ReportRow(
                key="resolution",
                label="Resolution",
                values=_sla_values(_sum(resolved.values())),
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
                values=_sla_values(_by(responded, 0, p), "first_response_")
                | _sla_values(_by(resolved, 0, p), "resolution_"),
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
                key=_key(team_id),
                label=_label(names, team_id),
                values=_sla_values(_by(responded, 1, team_id), "first_response_")
                | _sla_values(_by(resolved, 1, team_id), "resolution_"),
                tickets_url=None
                if team_id is None
                else queue_url(_team_filter(c, team_id), resolved_w),
            )
            for team_id in sorted(team_ids, key=_key)
        ],
    )
    return [overall, by_priority, by_team]


def backlog_tables(c: _Context) -> list[ReportTable]:
    if not c.current:
        return []
    cells = repo.backlog(c.session, c.now, c.filters)
    bands = [key for key, _, _ in AGE_BANDS]
    by_status: dict[str, dict[str, int | float | None]] = {}
    for status, band, n in cells:
        by_status.setdefault(status, dict.fromkeys(bands, 0))[band] = n
    rows = []
    for status in UNFINISHED:
        values = by_status.get(status, dict.fromkeys(bands, 0))
        values["total"] = sum(v or 0 for v in values.values())
        rows.append(
            ReportRow(
                key=status,
                label=status,
                values=values,
                tickets_url=queue_url(c.filters, None, statuses=[status]),
            )
        )
    by_band = []
    for key, low, high in AGE_BANDS:
        n = sum(count for _, band, count in cells if band == key)
        window = Window("created", None if high is None else c.now - high, c.now - low)
        by_band.append(
            ReportRow(
                key=key,
                label=key,
                values={"tickets": n},
                tickets_url=queue_url(c.filters, window, statuses=UNFINISHED),
            )
        )
    return [
        ReportTable(name="backlog", columns=[*bands, "total"], rows=rows),
        ReportTable(name="backlog_by_age", columns=["tickets"], rows=by_band),
    ]


def quality_tables(c: _Context) -> list[ReportTable]:
    resolved = _counts(c, Metric.resolution)
    solved, answered = repo.deflections(c.session, c.period.start, c.period.end)
    _, resolved_w = _windows(c)
    rows = [
        ReportRow(
            key="reopen",
            label="Resolved tickets reopened",
            values={
                "count": resolved.reopened,
                "total": resolved.count,
                "rate": rate(resolved.reopened, resolved.count),
            },
            tickets_url=queue_url(c.filters, resolved_w),
        ),
        ReportRow(
            key="deflection",
            label="Self-service answers that solved the problem",
            values={"count": solved, "total": answered, "rate": rate(solved, answered)},
            tickets_url=None,
        ),
    ]
    r = repo.ratings(c.session, c.period.start, c.period.end, c.filters)
    satisfaction = ReportRow(
        key="satisfaction",
        label="Satisfaction surveys offered in the period",
        values={
            "offered": r.offered,
            "answered": r.answered,
            "response_rate": rate(r.answered, r.offered),
            "average_rating": None if r.answered == 0 else round(r.rating_sum / r.answered, 2),
            "satisfied_share": rate(r.satisfied, r.answered),
        },
    )
    return [
        ReportTable(name="quality", columns=["count", "total", "rate"], rows=rows),
        ReportTable(
            name="satisfaction",
            columns=["offered", "answered", "response_rate", "average_rating", "satisfied_share"],
            rows=[satisfaction],
        ),
    ]


def volume_tables(c: _Context) -> list[ReportTable]:
    kinds = repo.arrivals_by_kind(c.session, c.period.start, c.period.end, c.filters)
    hourly = repo.arrivals_by_hour(c.session, c.period.start, c.period.end, c.filters)
    total = sum(kinds["channel"].values())
    created_w, _ = _windows(c)
    tables = []
    dims: list[tuple[str, Callable[[Sequence[int | None]], dict[int, str]] | None, str]] = [
        ("volume_by_channel", None, "channel"),
        ("volume_by_category", lambda ids: repo.category_names(c.session, ids), "category_id"),
        (
            "volume_by_organization",
            lambda ids: repo.organization_names(c.session, ids),
            "organization_id",
        ),
    ]
    for name, namer, param in dims:
        counts = kinds[param]
        names = namer([k for k in counts if isinstance(k, int)]) if namer else {}
        rows = []
        for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            label = (
                NONE_LABEL
                if value is None
                else str(value)
                if isinstance(value, str)
                else names.get(value, f"#{value}")
            )
            rows.append(
                ReportRow(
                    key=_key(value),
                    label=label,
                    values={"tickets": n, "share": rate(n, total)},
                    tickets_url=None
                    if value is None
                    else queue_url(c.filters, created_w, also={param: value}),
                )
            )
        tables.append(ReportTable(name=name, columns=["tickets", "share"], rows=rows))
    per_day: dict[str, int] = defaultdict(int)
    for hour, n in hourly:
        per_day[hour.astimezone(c.desk.zone).date().isoformat()] += n
    day = c.period.start.astimezone(c.desk.zone).date()
    last = (c.period.end - timedelta(microseconds=1)).astimezone(c.desk.zone).date()
    days = []
    while day <= last:
        key = day.isoformat()
        days.append(ReportRow(key=key, label=key, values={"tickets": per_day.get(key, 0)}))
        day += timedelta(days=1)
    tables.append(ReportTable(name="volume_by_day", columns=["tickets"], rows=days))
    return tables


def agents_tables(c: _Context) -> list[ReportTable]:
    by_agent = {
        k[0]: m
        for k, m in _measure(c, Metric.resolution, R.assignee_id, ranked=[Ranked.business]).items()
    }
    open_now = repo.open_by_agent(c.session, c.filters) if c.current else {}
    names = repo.user_names(c.session, [*by_agent, *open_now])
    _, resolved_w = _windows(c)
    rows = []
    for agent_id in sorted(set(by_agent) | set(open_now), key=_key):
        k = _key(agent_id)
        m = by_agent.get(agent_id, NOTHING_MEASURED)
        rows.append(
            ReportRow(
                key=k,
                label=_label(names, agent_id),
                values={
                    "resolved": m.count,
                    "reopened": m.reopened,
                    "median_resolution_business_seconds": m.median_business,
                    "open_now": open_now.get(agent_id, 0) if c.current else None,
                },
                tickets_url=queue_url(
                    replace(c.filters, agent_id=None), resolved_w, assignee=_key(agent_id)
                ),
            )
        )
    rows.sort(key=lambda r: (-(r.values["resolved"] or 0), r.label))
    columns = ["resolved", "reopened", "median_resolution_business_seconds", "open_now"]
    return [ReportTable(name="agents", columns=columns, rows=rows)]


def staffing_tables(c: _Context) -> list[ReportTable]:
    hourly = repo.arrivals_by_hour(c.session, c.period.start, c.period.end, c.filters)
    grid = arrivals_grid(hourly, c.desk.zone)
    staffing = staffing_grid(c.desk.clock, c.period.start, c.period.end, c.desk.zone)
    agents = repo.agents_at_desk(c.session, c.filters)
    rows = []
    for weekday in range(7):
        for hour in range(24):
            cell = (weekday, hour)
            arrivals = grid.get(cell, 0)
            s = staffing.get(cell)
            rows.append(
                ReportRow(
                    key=f"{weekday}:{hour:02d}",
                    label=f"{WEEKDAYS[weekday]} {hour:02d}:00",
                    values={
                        "arrivals": arrivals,
                        "occurrences": s.occurrences if s else 0,
                        "open_hours": s.open_hours if s else 0,
                        "agents_on_duty": agents_on_duty(agents, s),
                        "arrivals_per_agent_hour": arrivals_per_agent_hour(arrivals, agents, s),
                    },
                )
            )
    columns = ["arrivals", "occurrences", "open_hours", "agents_on_duty", "arrivals_per_agent_hour"]
    summary = ReportTable(
        name="staffing_summary",
        columns=["arrivals", "agents"],
        rows=[
            ReportRow(
                key="total",
                label="Total",
                values={"arrivals": sum(grid.values()), "agents": agents},
                tickets_url=queue_url(c.filters, Window("created", c.period.start, c.period.end)),
            )
        ],
    )
    return [ReportTable(name="staffing", columns=columns, rows=rows), summary]


BUILDERS: dict[ReportGroup, Callable[[_Context], list[ReportTable]]] = {
    ReportGroup.times: times_tables,
    ReportGroup.sla: sla_tables,
    ReportGroup.backlog: backlog_tables,
    ReportGroup.quality: quality_tables,
    ReportGroup.volume: volume_tables,
    ReportGroup.agents: agents_tables,
    ReportGroup.staffing: staffing_tables,
}


def build(
    session: Session, group: ReportGroup, period: Period, filters: Filters, now: datetime
) -> ReportOut:
    where = desk(session)
    builder = BUILDERS[group]
    out = []
    for p, current in ((period, True), (period.previous, False)):
        tables = builder(_Context(session, filters, p, now, where, current))
        out.append(PeriodReport(start_at=p.start, end_at=p.end, tables=tables))
    return ReportOut(
        group=group,
        timezone=str(where.zone),
        generated_at=now.astimezone(UTC),
        current=out[0],
        previous=out[1],
    )
