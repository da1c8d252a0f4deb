"""Every SELECT on SLA calendars, policies and the events the engine replays."""

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import bindparam, select, tuple_
from sqlalchemy.orm import Session

from api.sla.models import SlaCalendar, SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.ticket.models import TicketEvent

# The ticket events the engine reads (plus the alerts already written, for the next check).
SLA_EVENT_KINDS = (
    "created",
    "status_changed",
    "reopened",
    "priority_changed",
    "commented",
    "sla_policy_applied",
    "sla_warning",
    "sla_breached",
)


def calendars(session: Session) -> list[tuple[SlaCalendar, SlaCalendarVersion]]:
    statement = (
        select(SlaCalendar, SlaCalendarVersion)
        .join(
            SlaCalendarVersion,
            (SlaCalendarVersion.calendar_id == SlaCalendar.id)
            & (SlaCalendarVersion.version == SlaCalendar.current_version),
        )
        .order_by(SlaCalendar.id)
    )
    return [(c, v) for c, v in session.execute(statement).all()]


def calendar(session: Session, calendar_id: int, *, for_update: bool = False) -> SlaCalendar | None:
    statement = select(SlaCalendar).where(SlaCalendar.id == calendar_id)
    if for_update:
        statement = statement.with_for_update()
    return session.scalars(statement).one_or_none()


def calendar_version(session: Session, calendar_id: int, version: int) -> SlaCalendarVersion | None:
    return session.get(SlaCalendarVersion, (calendar_id, version))


def calendar_versions(session: Session, calendar_id: int) -> list[SlaCalendarVersion]:
    statement = (
        select(SlaCalendarVersion)
        .where(SlaCalendarVersion.calendar_id == calendar_id)
        .order_by(SlaCalendarVersion.version)
    )
    return list(session.scalars(statement))


def policies(
    session: Session, *, active_only: bool = False
) -> list[tuple[SlaPolicy, SlaPolicyVersion]]:
    statement = (
        select(SlaPolicy, SlaPolicyVersion)
        .join(
            SlaPolicyVersion,
            (SlaPolicyVersion.policy_id == SlaPolicy.id)
            & (SlaPolicyVersion.version == SlaPolicy.current_version),
        )
        .order_by(SlaPolicy.active.desc(), SlaPolicy.position, SlaPolicy.id)
    )
    if active_only:
        statement = statement.where(SlaPolicy.active.is_(True))
    return [(p, v) for p, v in session.execute(statement).all()]


def policy(session: Session, policy_id: int, *, for_update: bool = False) -> SlaPolicy | None:
    statement = select(SlaPolicy).where(SlaPolicy.id == policy_id)
    if for_update:
        statement = statement.with_for_update()
    return session.scalars(statement).one_or_none()


def policy_version(session: Session, policy_id: int, version: int) -> SlaPolicyVersion | None:
    return session.get(SlaPolicyVersion, (policy_id, version))


def policy_versions(session: Session, policy_id: int) -> list[SlaPolicyVersion]:
    statement = (
        select(SlaPolicyVersion)
        .where(SlaPolicyVersion.policy_id == policy_id)
        .order_by(SlaPolicyVersion.version)
    )
    return list(session.scalars(statement))


def policies_in_use_of(session: Session, calendar_id: int) -> list[int]:
    """Active policies whose current version runs on the calendar."""
    statement = (
        select(SlaPolicy.id)
        .join(
            SlaPolicyVersion,
            (SlaPolicyVersion.policy_id == SlaPolicy.id)
            & (SlaPolicyVersion.version == SlaPolicy.current_version),
        )
        .where(SlaPolicy.active.is_(True), SlaPolicyVersion.calendar_id == calendar_id)
    )
    return list(session.scalars(statement))


def versions_with_calendars(
    session: Session, refs: Collection[tuple[int, int]]
) -> list[tuple[SlaPolicyVersion, SlaCalendarVersion | None]]:
    """The policy versions named, each with the calendar version it pinned (one query)."""
    if not refs:
        return []
    statement = (
        select(SlaPolicyVersion, SlaCalendarVersion)
        .outerjoin(
            SlaCalendarVersion,
            (SlaCalendarVersion.calendar_id == SlaPolicyVersion.calendar_id)
            & (SlaCalendarVersion.version == SlaPolicyVersion.calendar_version),
        )
        .where(tuple_(SlaPolicyVersion.policy_id, SlaPolicyVersion.version).in_(list(refs)))
    )
    return [(p, c) for p, c in session.execute(statement).all()]


class ReplayedEvent(Protocol):
    """The columns of a history row the engine reads."""

    @property
    def ticket_id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def to_value(self) -> str | None: ...
    @property
    def public(self) -> bool: ...
    @property
    def actor_role(self) -> str | None: ...
    @property
    def channel(self) -> str | None: ...
    @property
    def data(self) -> dict[str, Any] | None: ...


# Plain rows, not ORM objects: the events are only read, and a long history has many.
_SLA_EVENTS = (
    select(
        TicketEvent.ticket_id,
        TicketEvent.kind,
        TicketEvent.created_at,
        TicketEvent.to_value,
        TicketEvent.public,
        TicketEvent.actor_role,
        TicketEvent.channel,
        TicketEvent.data,
    )
    .where(
        TicketEvent.ticket_id.in_(bindparam("ticket_ids", expanding=True)),
        TicketEvent.kind.in_(SLA_EVENT_KINDS),
    )
    .order_by(TicketEvent.ticket_id, TicketEvent.id)
)


def sla_events(session: Session, ticket_ids: Iterable[int]) -> Sequence[ReplayedEvent]:
    """The events the engine replays for these tickets, in commit order (one query)."""
    rows = session.execute(_SLA_EVENTS, {"ticket_ids": list(ticket_ids)}).all()
    return cast(Sequence[ReplayedEvent], rows)
