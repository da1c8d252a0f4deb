"""Every SELECT on ticket watchers."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.ticket.models import Ticket
from api.user.models import User
from api.watcher.models import TicketWatcher


def watchers_of(session: Session, ticket: Ticket) -> list[tuple[TicketWatcher, User]]:
    statement = (
        select(TicketWatcher, User)
        .join(User, User.id == TicketWatcher.user_id)
        .where(TicketWatcher.ticket_id == ticket.id)
        .order_by(User.name, User.id)
    )
    return [(w, u) for w, u in session.execute(statement).all()]


def watch(session: Session, ticket_id: int, user_id: int) -> TicketWatcher | None:
    return session.get(TicketWatcher, (ticket_id, user_id))


def watcher_ids(session: Session, ticket: Ticket) -> list[int]:
    statement = select(TicketWatcher.user_id).where(TicketWatcher.ticket_id == ticket.id)
    return list(session.scalars(statement))
