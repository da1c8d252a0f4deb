"""Every SELECT and write of the live workspace."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlalchemy.orm import Session

from api.auth.models import AccessToken
from api.db.upsert import insert
from api.live.models import TicketPresence
from api.live.rules import Activity
from api.ticket.models import Ticket, TicketEvent
from api.ticket.repository import requester_sees
from api.user.models import User


@dataclass(frozen=True)
class LiveEvent:
    """What a stream needs of an event: who may see it and the ids it sends."""

    id: int
    ticket_id: int
    number: int
    version: int
    kind: str
    requester_sees: bool
    requester_id: int
    organization_id: int | None


def _events() -> Select[int, int, int, int, str, bool, int, int | None]:
    return (
        select(
            TicketEvent.id,
            TicketEvent.ticket_id,
            Ticket.number,
            Ticket.version,
            TicketEvent.kind,
            requester_sees(),
            Ticket.requester_id,
            Ticket.organization_id,
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .order_by(TicketEvent.id)
    )


def _live(rows: Sequence[Any]) -> list[LiveEvent]:
    return [LiveEvent(*row) for row in rows]


def events_in(session: Session, ranges: Sequence[tuple[int, int]]) -> list[LiveEvent]:
    """The events whose ids fall in these inclusive ranges."""
    if not ranges:
        return []
    condition: ColumnElement[bool] = or_(
        *(TicketEvent.id.between(first, last) for first, last in ranges)
    )
    return _live(session.execute(_events().where(condition)).all())


def events_after(session: Session, after_id: int, limit: int) -> list[LiveEvent]:
    return _live(session.execute(_events().where(TicketEvent.id > after_id).limit(limit)).all())


def last_event_id(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(TicketEvent.id), 0))) or 0)


def live_token_user(session: Session, token_id: int, now: datetime) -> User | None:
    """The user of an access token still good now (as `auth.repository.find_live_token`
    checks a bearer token, but by id: a stream checks again the token it was opened with)."""
    return session.scalar(
        select(User)
        .join(AccessToken, AccessToken.user_id == User.id)
        .where(
            AccessToken.id == token_id,
            AccessToken.revoked_at.is_(None),
            AccessToken.expires_at > now,
            User.active.is_(True),
            or_(
                User.password_changed_at.is_(None),
                func.coalesce(AccessToken.password_confirmed_at, AccessToken.created_at)
                >= User.password_changed_at,
            ),
        )
    )


def presence_of(
    session: Session, ticket_id: int, since: datetime
) -> list[tuple[TicketPresence, User]]:
    """Who has sent a heartbeat for the ticket since `since`, longest there first."""
    rows = session.execute(
        select(TicketPresence, User)
        .join(User, User.id == TicketPresence.user_id)
        .where(TicketPresence.ticket_id == ticket_id, TicketPresence.seen_at > since)
        .order_by(TicketPresence.since, TicketPresence.user_id)
    )
    return [(row[0], row[1]) for row in rows]


def current_activity(
    session: Session, ticket_id: int, user_id: int, since: datetime
) -> Activity | None:
    return session.scalar(
        select(TicketPresence.activity).where(
            TicketPresence.ticket_id == ticket_id,
            TicketPresence.user_id == user_id,
            TicketPresence.seen_at > since,
        )
    )


def save_presence(
    session: Session,
    ticket_id: int,
    user_id: int,
    activity: Activity,
    now: datetime,
    *,
    changed: bool,
) -> None:
    """Insert or refresh the row in one statement, so concurrent heartbeats never collide."""
    statement = insert(session, TicketPresence).values(
        ticket_id=ticket_id, user_id=user_id, activity=activity, since=now, seen_at=now
    )
    updates: dict[str, object] = {"seen_at": now, "activity": activity}
    if changed:
        updates["since"] = now
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[TicketPresence.ticket_id, TicketPresence.user_id], set_=updates
        )
    )


def remove_presence(session: Session, ticket_id: int, user_id: int) -> bool:
    result = session.execute(
        delete(TicketPresence).where(
            TicketPresence.ticket_id == ticket_id, TicketPresence.user_id == user_id
        )
    )
    return bool(getattr(result, "rowcount", 0))


def purge_presence(session: Session, before: datetime) -> list[int]:
    """Forget heartbeats older than `before`; the numbers of the tickets someone left."""
    left = session.scalars(
        delete(TicketPresence)
        .where(TicketPresence.seen_at <= before)
        .returning(TicketPresence.ticket_id)
    ).all()
    if not left:
        return []
    return sorted(session.scalars(select(Ticket.number).where(Ticket.id.in_(set(left)))))
