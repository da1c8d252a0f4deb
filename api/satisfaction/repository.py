from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from api.db.base import fits_integer
from api.satisfaction.models import SatisfactionSurvey
from api.ticket.models import Ticket


def for_ticket(session: Session, ticket_id: int) -> SatisfactionSurvey | None:
    return session.scalar(
        select(SatisfactionSurvey).where(SatisfactionSurvey.ticket_id == ticket_id)
    )


def ticket_for_link(session: Session, ticket_id: int, *, for_update: bool) -> Ticket | None:
    """The ticket a signed link names, with its requester; locked when about to be written,
    like any ticket."""
    if not fits_integer(ticket_id):
        return None
    statement = (
        select(Ticket)
        .where(Ticket.id == ticket_id)
        .options(joinedload(Ticket.requester, innerjoin=True))
    )
    if for_update:
        statement = statement.with_for_update(of=Ticket)
    return session.scalars(statement).one_or_none()
