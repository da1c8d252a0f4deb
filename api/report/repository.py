"""Every query the reports run: range scans on report_ticket's indexed instants, grouped in
the database, percentiles included (window functions), so a figure costs one row back."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from api.assignment.models import AgentProfile
from api.category.models import Category
from api.knowledge.models import Deflection
from api.organization.models import Organization
from api.report.figures import AGE_BANDS
from api.report.models import ReportTicket as R
from api.satisfaction.models import SatisfactionSurvey as S
from api.sla.models import SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.team.models import Team, TeamMembership
from api.ticket.lifecycle import Status
from api.user.models import User
from api.user.roles import Role

OPEN_STATUSES = (Status.new, Status.open, Status.in_progress, Status.pending)


@dataclass(frozen=True)
class Filters:
    team_id: int | None = None
    agent_id: int | None = None
    organization_id: int | None = None
    category_id: int | None = None
    channel: str | None = None


def _where(f: Filters) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if f.team_id is not None:
        c.append(R.team_id == f.team_id)
    if f.agent_id is not None:
        c.append(R.assignee_id == f.agent_id)
    if f.organization_id is not None:
        c.append(R.organization_id == f.organization_id)
    if f.category_id is not None:
        c.append(R.category_id == f.category_id)
    if f.channel is not None:
        c.append(R.channel == f.channel)
    return c


def _created_in(start: datetime, end: datetime, f: Filters) -> list[ColumnElement[bool]]:
    return [R.created_at >= start, R.created_at < end, *_where(f)]


def _resolved_in(start: datetime, end: datetime, f: Filters) -> list[ColumnElement[bool]]:
    return [R.resolved_at >= start, R.resolved_at < end, *_where(f)]


class Metric(StrEnum):
    first_response = "first_response"  # of tickets created in the period
    resolution = "resolution"  # of tickets resolved in the period


@dataclass(frozen=True)
class Measured:
    """One group's times (nearest-rank median and p90, calendar and business seconds, each
    ranked on its own), SLA verdicts and reopened tickets."""

    count: int
    median: int | None
    p90: int | None
    median_business: int | None
    p90_business: int | None
    met: int
    missed: int
    reopened: int


NOTHING_MEASURED = Measured(0, None, None, None, None, 0, 0, 0)
# The percentiles, exact in integers: rank r of n is in when r / n >= numerator / denominator.
MEDIAN = (1, 2)
P90 = (9, 10)


def _measured_columns(metric: Metric) -> tuple[Any, Any, Any, list[ColumnElement[bool]]]:
    if metric is Metric.first_response:
        return (
            R.first_response_seconds,
            R.first_response_business_seconds,
            R.first_response_sla,
            [R.first_response_seconds.is_not(None)],
        )
    return R.resolution_seconds, R.resolution_business_seconds, R.resolution_sla, []


class Ranked(StrEnum):
    """Which seconds a measurement ranks: each costs the database one sort per grouping."""

    calendar = "calendar"
    business = "business"


BOTH = frozenset(Ranked)


def measure(
    session: Session,
    metric: Metric,
    start: datetime,
    end: datetime,
    f: Filters,
    by: Sequence[Any] = (),
    *,
    ranked: Collection[Ranked] = BOTH,
) -> dict[tuple[Any, ...], Measured]:
    """The metric's figures per value of the `by` columns of report_ticket (keyed by their
    values; () for one group of all)."""
    return measure_groupings(session, metric, start, end, f, [by], ranked=ranked)[0]


def measure_groupings(
    session: Session,
    metric: Metric,
    start: datetime,
    end: datetime,
    f: Filters,
    groupings: Sequence[Sequence[Any]],
    *,
    ranked: Collection[Ranked] = BOTH,
) -> list[dict[tuple[Any, ...], Measured]]:
    """The metric's figures for each grouping (a sequence of report_ticket columns, () for
    all) in one statement: the period's rows are read once for every grouping, and one row
    per group comes back, however many tickets. Percentiles only of the `ranked` seconds (the
    others come back None): counts alone need no sort."""
    seconds, business, verdict, present = _measured_columns(metric)
    if metric is Metric.first_response:
        where = _created_in(start, end, f)
    else:
        where = _resolved_in(start, end, f)
    keys: dict[str, Any] = {}
    for grouping in groupings:
        for column in grouping:
            keys.setdefault(column.key, column)
    measured = _Measuring(
        keys=keys,
        groupings=groupings,
        where=[*where, *present],
        calendar=func.coalesce(seconds, 0),
        business=func.coalesce(business, 0),
        verdict=verdict,
        ranked=frozenset(ranked),
    )
    statement: Select[Any] | CompoundSelect[Any]
    if session.get_bind().dialect.name == "postgresql":
        statement = measured.ordered_set_statement()
    else:
        statement = measured.window_statement()
    out: list[dict[tuple[Any, ...], Measured]] = [{} for _ in groupings]
    names = list(keys)
    for row in session.execute(statement):
        i = int(row.grouping)
        n, median, p90, median_b, p90_b, met, missed, reopened = row[1 + len(names) :]
        if n == 0:  # the grouping () over no ticket: the one row of an empty aggregate
            continue
        values = dict(zip(names, row[1 : 1 + len(names)], strict=True))
        key = tuple(values[column.key] for column in groupings[i])
        out[i][key] = Measured(
            int(n),
            _int(median),
            _int(p90),
            _int(median_b),
            _int(p90_b),
            int(met),
            int(missed),
            int(reopened),
        )
    return out


FIGURES = ("n", "median", "p90", "median_b", "p90_b", "met", "missed", "reopened")


def _figures(*columns: Any) -> list[Any]:
    """Labelled, so that two NULLs of percentiles not asked for stay two columns."""
    return [column.label(name) for column, name in zip(columns, FIGURES, strict=True)]


def _counted(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


@dataclass(frozen=True)
class _Measuring:
    """One statement for several groupings, in each database's best form. Both return rows of
    (grouping, every key, count, median, p90, business median, business p90, met, missed,
    reopened)."""

    keys: dict[str, Any]  # every grouping's columns, by name
    groupings: Sequence[Sequence[Any]]
    where: list[ColumnElement[bool]]
    calendar: Any
    business: Any
    verdict: Any
    ranked: frozenset[Ranked]

    def _mask(self, grouping: Sequence[Any]) -> int:
        """GROUPING(every key)'s value for the rows of this grouping: a bit per key left out."""
        names = list(self.keys)
        grouped = {column.key for column in grouping}
        return sum(1 << (len(names) - 1 - j) for j, n in enumerate(names) if n not in grouped)

    def ordered_set_statement(self) -> Select[Any]:
        """PostgreSQL: GROUPING SETS, percentiles by percentile_disc, which sorts each group's
        values alone (and shares one sort between the median and the p90). Its rank is
        ceil(q * n) in floating point, exact for 1/2 and 9/10 at any count a desk can reach
        (tests/unit/test_report_percentiles.py)."""

        def percentile(column: Any, order: Ranked, share: tuple[int, int]) -> Any:
            if order not in self.ranked:
                return cast(null(), Integer)
            numerator, denominator = share
            return func.percentile_disc(literal(numerator / denominator)).within_group(column)

        columns = list(self.keys.values())
        tag: Any = literal(0)
        if columns:
            mask = func.grouping(*columns)
            tag = case(*((mask == self._mask(g), i) for i, g in enumerate(self.groupings)))
        statement = select(
            tag.label("grouping"),
            *columns,
            *_figures(
                func.count(),
                percentile(self.calendar, Ranked.calendar, MEDIAN),
                percentile(self.calendar, Ranked.calendar, P90),
                percentile(self.business, Ranked.business, MEDIAN),
                percentile(self.business, Ranked.business, P90),
                _counted(self.verdict == "met"),
                _counted(self.verdict == "missed"),
                _counted(R.reopen_count > 0),
            ),
        ).where(*self.where)
        if columns:
            statement = statement.group_by(
                func.grouping_sets(*(tuple_(*g) for g in self.groupings))
            )
        return statement

    def window_statement(self) -> Select[Any] | CompoundSelect[Any]:
        """SQLite (no ordered-set aggregates): each row numbered within its group by window
        functions, in a CTE every grouping's GROUP BY reads; rank r of n is in when
        r / n >= q, in integers."""
        key_names = {name: f"k{i}" for i, name in enumerate(self.keys)}
        windows = []
        for i, grouping in enumerate(self.groupings):
            partition = list(grouping) or None
            for order, column in (
                (Ranked.calendar, self.calendar),
                (Ranked.business, self.business),
            ):
                if order in self.ranked:
                    windows.append(
                        func.row_number()
                        .over(partition_by=partition, order_by=column)
                        .label(f"{order.value}{i}")
                    )
            windows.append(func.count().over(partition_by=partition).label(f"n{i}"))
        rows = (
            select(
                *(column.label(key_names[name]) for name, column in self.keys.items()),
                self.calendar.label("s"),
                self.business.label("b"),
                self.verdict.label("v"),
                R.reopen_count.label("r"),
                *windows,
            )
            .where(*self.where)
            .cte("measured")
        )
        branches = []
        for i, grouping in enumerate(self.groupings):
            n = rows.c[f"n{i}"]

            def rank(order: Ranked, share: tuple[int, int], i: int = i, n: Any = n) -> Any:
                if order not in self.ranked:
                    return cast(null(), Integer)
                numerator, denominator = share
                row_number = rows.c[f"{order.value}{i}"]
                value = rows.c.s if order is Ranked.calendar else rows.c.b
                return func.min(case((row_number * denominator >= n * numerator, value)))

            grouped = {column.key for column in grouping}
            branch_keys = [
                rows.c[key_names[name]] if name in grouped else cast(null(), column.type)
                for name, column in self.keys.items()
            ]
            branches.append(
                select(
                    literal(i).label("grouping"),
                    *(k.label(f"g{j}") for j, k in enumerate(branch_keys)),
                    *_figures(
                        func.count(),
                        rank(Ranked.calendar, MEDIAN),
                        rank(Ranked.calendar, P90),
                        rank(Ranked.business, MEDIAN),
                        rank(Ranked.business, P90),
                        _counted(rows.c.v == "met"),
                        _counted(rows.c.v == "missed"),
                        _counted(rows.c.r > 0),
                    ),
                ).group_by(*(rows.c[key_names[column.key]] for column in grouping))
            )
        return branches[0] if len(branches) == 1 else union_all(*branches)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _hour_bucket(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.date_trunc("hour", R.created_at.op("AT TIME ZONE")(literal_column("'UTC'")))
    return func.strftime("%Y-%m-%d %H:00:00", R.created_at)


def _instant(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def arrivals_by_hour(
    session: Session, start: datetime, end: datetime, f: Filters
) -> list[tuple[datetime, int]]:
    """Tickets created in the period, counted per UTC hour."""
    bucket = _hour_bucket(session).label("bucket")
    statement: Select[Any] = (
        select(bucket, func.count()).where(*_created_in(start, end, f)).group_by(bucket)
    )
    return [(_instant(b), int(n)) for b, n in session.execute(statement)]


KIND_COLUMNS = {
    "channel": R.channel,
    "category_id": R.category_id,
    "organization_id": R.organization_id,
}


def arrivals_by_kind(
    session: Session, start: datetime, end: datetime, f: Filters
) -> dict[str, dict[Any, int]]:
    """Tickets created in the period counted per channel, per category and per organization
    (keyed by the column's name): each counted on its own, so that a few hundred rows come
    back rather than one per combination of the three."""
    branches = [
        select(
            literal(name).label("kind"),
            cast(column, String).label("value"),
            func.count().label("tickets"),
        )
        .where(*_created_in(start, end, f))
        .group_by(column)
        for name, column in KIND_COLUMNS.items()
    ]
    out: dict[str, dict[Any, int]] = {name: {} for name in KIND_COLUMNS}
    for kind, value, n in session.execute(union_all(*branches)):
        key = value if value is None or kind == "channel" else int(value)
        out[kind][key] = int(n)
    return out


def backlog(session: Session, now: datetime, f: Filters) -> list[tuple[str, str, int]]:
    """Unfinished tickets now, per (status, age band)."""
    bands = []
    for _, low, high in AGE_BANDS:
        in_band = R.created_at <= now - low
        if high is not None:
            in_band = and_(in_band, R.created_at > now - high)
        bands.append(func.sum(case((in_band, 1), else_=0)))
    statement = (
        select(R.status, *bands)
        .where(R.status.in_([s.value for s in OPEN_STATUSES]), *_where(f))
        .group_by(R.status)
    )
    out = []
    for status, *counts in session.execute(statement):
        for (key, _, _), n in zip(AGE_BANDS, counts, strict=True):
            out.append((status, key, int(n or 0)))
    return out


def open_by_agent(session: Session, f: Filters) -> dict[int | None, int]:
    """Unfinished tickets now, per assignee (None: nobody's)."""
    statement = (
        select(R.assignee_id, func.count())
        .where(R.status.in_([s.value for s in OPEN_STATUSES]), *_where(f))
        .group_by(R.assignee_id)
    )
    return {a: int(n) for a, n in session.execute(statement)}


def deflections(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(answers that solved the problem, answers) given in the period."""
    statement = select(
        func.count(), func.coalesce(func.sum(case((Deflection.solved.is_(True), 1), else_=0)), 0)
    ).where(Deflection.created_at >= start, Deflection.created_at < end)
    total, solved = session.execute(statement).one()
    return int(solved), int(total)


@dataclass(frozen=True)
class Ratings:
    offered: int
    answered: int
    rating_sum: int
    satisfied: int  # rated 4 or 5


def ratings(session: Session, start: datetime, end: datetime, f: Filters) -> Ratings:
    """Satisfaction surveys offered in the period (their tickets filtered as the rest)."""
    statement = (
        select(
            func.count(),
            func.count(S.rating),
            func.coalesce(func.sum(S.rating), 0),
            func.coalesce(func.sum(case((S.rating >= 4, 1), else_=0)), 0),
        )
        .select_from(S)
        .join(R, R.ticket_id == S.ticket_id)
        .where(S.offered_at >= start, S.offered_at < end, *_where(f))
    )
    offered, answered, total, satisfied = session.execute(statement).one()
    return Ratings(int(offered), int(answered), int(total), int(satisfied))


def names(session: Session, model: Any, ids: Sequence[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.execute(select(model.id, model.name).where(model.id.in_(wanted)))
    return {int(i): str(n) for i, n in rows}


def team_names(session: Session, ids: Sequence[int | None]) -> dict[int, str]:
    return names(session, Team, ids)


def user_names(session: Session, ids: Sequence[int | None]) -> dict[int, str]:
    return names(session, User, ids)


def category_names(session: Session, ids: Sequence[int | None]) -> dict[int, str]:
    return names(session, Category, ids)


def organization_names(session: Session, ids: Sequence[int | None]) -> dict[int, str]:
    return names(session, Organization, ids)


def agents_at_desk(session: Session, f: Filters) -> int:
    """Active support people who take tickets (members of the team, or of any team), not set
    away: the agents the staffing grid counts on duty in the desk's open hours."""
    if f.agent_id is not None:
        return 1
    statement = (
        select(func.count(func.distinct(User.id)))
        .join(TeamMembership, TeamMembership.user_id == User.id)
        .outerjoin(AgentProfile, AgentProfile.user_id == User.id)
        .where(
            User.active.is_(True),
            User.role.in_([Role.agent, Role.supervisor]),
            func.coalesce(AgentProfile.available, True).is_(True),
        )
    )
    if f.team_id is not None:
        statement = statement.where(TeamMembership.team_id == f.team_id)
    return int(session.scalar(statement) or 0)


def desk_calendar(session: Session) -> SlaCalendarVersion | None:
    """The calendar of the first active SLA policy that has one: the desk's business hours."""
    statement = (
        select(SlaCalendarVersion)
        .join(SlaPolicy, SlaPolicy.active.is_(True))
        .join(
            SlaPolicyVersion,
            (SlaPolicyVersion.policy_id == SlaPolicy.id)
            & (SlaPolicyVersion.version == SlaPolicy.current_version),
        )
        .where(
            SlaCalendarVersion.calendar_id == SlaPolicyVersion.calendar_id,
            SlaCalendarVersion.version == SlaPolicyVersion.calendar_version,
        )
        .order_by(SlaPolicy.position, SlaPolicy.id)
        .limit(1)
    )
    return session.scalars(statement).first()
