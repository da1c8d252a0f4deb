"""The reports' other queries (arrivals, backlog, workload, ratings, names): range scans on
report_ticket's indexed instants, grouped in the database. The times and verdicts are
measured in api/report/measuring.py."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from api.assignment.models import AgentProfile
from api.category.models import Category
from api.knowledge.models import Deflection
from api.organization.models import Organization
from api.report.figures import AGE_BANDS
from api.report.filters import Filters, conditions, created_in
from api.report.models import ReportTicket as R
from api.satisfaction.models import SatisfactionSurvey as S
from api.sla.models import SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.team.models import Team, TeamMembership
from api.ticket.lifecycle import Status
from api.user.models import User
from api.user.roles import Role

OPEN_STATUSES = (Status.new, Status.open, Status.in_progress, Status.pending)


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
        select(bucket, func.count()).where(*created_in(start, end, f)).group_by(bucket)
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
        .where(*created_in(start, end, f))
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
        .where(R.status.in_([s.value for s in OPEN_STATUSES]), *conditions(f))
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
        .where(R.status.in_([s.value for s in OPEN_STATUSES]), *conditions(f))
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
        .where(S.offered_at >= start, S.offered_at < end, *conditions(f))
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
