from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from api.auth.actor import Actor
from api.bulletin.models import Audience, Bulletin, BulletinFollower, BulletinTicket
from api.db.base import fits_integer
from api.db.keyset import Keyset
from api.ticket.models import Ticket
from api.ticket.repository import readable_tickets


class BulletinState(StrEnum):
    active = "active"
    upcoming = "upcoming"
    past = "past"
    all = "all"


def is_active(now: datetime) -> ColumnElement[bool]:
    return and_(
        Bulletin.resolved_at.is_(None),
        Bulletin.starts_at <= now,
        or_(Bulletin.ends_at.is_(None), Bulletin.ends_at > now),
    )


def follows(user_id: int) -> ColumnElement[bool]:
    return exists().where(
        BulletinFollower.bulletin_id == Bulletin.id, BulletinFollower.user_id == user_id
    )


def readable_bulletins(actor: Actor) -> Select[Bulletin]:
    """The support team reads every bulletin; customers the active ones meant for them, and
    those they follow after they end (to read how they were resolved)."""
    statement = select(Bulletin)
    if actor.is_staff:
        return statement
    return statement.where(
        Bulletin.audience == Audience.everyone, or_(is_active(actor.now), follows(actor.id))
    )


def readable_bulletin(
    session: Session, actor: Actor, bulletin_id: int, *, for_update: bool = False
) -> Bulletin | None:
    if not fits_integer(bulletin_id):
        return None
    statement = readable_bulletins(actor).where(Bulletin.id == bulletin_id)
    if for_update:
        statement = statement.with_for_update(of=Bulletin)
    return session.scalars(statement).first()


def _state_condition(state: BulletinState, now: datetime) -> ColumnElement[bool] | None:
    if state is BulletinState.active:
        return is_active(now)
    if state is BulletinState.upcoming:
        return and_(Bulletin.resolved_at.is_(None), Bulletin.starts_at > now)
    if state is BulletinState.past:
        return or_(
            Bulletin.resolved_at.is_not(None),
            and_(Bulletin.ends_at.is_not(None), Bulletin.ends_at <= now),
        )
    return None


def list_bulletins(
    session: Session,
    actor: Actor,
    state: BulletinState,
    *,
    ticket_number: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Bulletin], str | None]:
    """Newest window first: (starts_at, id) descending; with a ticket, the bulletin whose
    incident it is part of, if the actor may read both."""
    statement = readable_bulletins(actor)
    condition = _state_condition(state, actor.now)
    if condition is not None:
        statement = statement.where(condition)
    if ticket_number is not None:
        readable = readable_tickets(session, actor).where(Ticket.number == ticket_number)
        statement = statement.where(
            Bulletin.id.in_(
                select(BulletinTicket.bulletin_id).where(
                    BulletinTicket.ticket_id.in_(readable.with_only_columns(Ticket.id))
                )
            )
        )
    keyset = Keyset(
        f"bulletins:{state.value}:{ticket_number or ''}",
        (Bulletin.starts_at, Bulletin.id),
        descending=True,
    )
    return keyset.page(session, statement, cursor=cursor, limit=limit)


def linked_counts(session: Session, bulletin_ids: list[int]) -> dict[int, int]:
    if not bulletin_ids:
        return {}
    rows = session.execute(
        select(BulletinTicket.bulletin_id, func.count())
        .where(BulletinTicket.bulletin_id.in_(bulletin_ids))
        .group_by(BulletinTicket.bulletin_id)
    )
    return {int(b): int(n) for b, n in rows}


LINKED_TICKETS = Keyset("bulletin-tickets", (Ticket.number,))


def linked_tickets_page(
    session: Session, bulletin: Bulletin, *, cursor: str | None, limit: int
) -> tuple[list[Ticket], str | None]:
    statement = (
        select(Ticket)
        .join(BulletinTicket, BulletinTicket.ticket_id == Ticket.id)
        .where(BulletinTicket.bulletin_id == bulletin.id)
        .options(selectinload(Ticket.requester))
    )
    return LINKED_TICKETS.page(session, statement, cursor=cursor, limit=limit)


def linked_tickets_for_update(session: Session, bulletin: Bulletin) -> list[Ticket]:
    """Every linked ticket, locked in id order (so two resolvers cannot deadlock)."""
    statement = (
        select(Ticket)
        .join(BulletinTicket, BulletinTicket.ticket_id == Ticket.id)
        .where(BulletinTicket.bulletin_id == bulletin.id)
        .order_by(Ticket.id)
        .with_for_update(of=Ticket)
    )
    return list(session.scalars(statement))


def links_of(session: Session, ticket_ids: list[int]) -> dict[int, int]:
    """ticket id -> the bulletin it is linked to."""
    if not ticket_ids:
        return {}
    rows = session.execute(
        select(BulletinTicket.ticket_id, BulletinTicket.bulletin_id).where(
            BulletinTicket.ticket_id.in_(ticket_ids)
        )
    )
    return {int(t): int(b) for t, b in rows}


def tickets_by_number(session: Session, actor: Actor, numbers: list[int]) -> list[Ticket]:
    if not numbers:
        return []
    statement = readable_tickets(session, actor).where(Ticket.number.in_(numbers))
    return list(session.scalars(statement.order_by(Ticket.id).with_for_update(of=Ticket)))


def followed_ids(session: Session, user_id: int, bulletin_ids: list[int]) -> set[int]:
    if not bulletin_ids:
        return set()
    return set(
        session.scalars(
            select(BulletinFollower.bulletin_id).where(
                BulletinFollower.user_id == user_id,
                BulletinFollower.bulletin_id.in_(bulletin_ids),
            )
        )
    )
