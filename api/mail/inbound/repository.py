from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.core.pagination import decode_cursor, encode_cursor
from api.mail.inbound.models import QuarantinedMail
from api.mail.models import MailMessage
from api.ticket.models import Ticket
from api.watcher.models import TicketWatcher


def mail_by_message_id(session: Session, message_id: str) -> MailMessage | None:
    return session.scalar(select(MailMessage).where(MailMessage.message_id == message_id))


def ticket_of_known_ids(session: Session, message_ids: Sequence[str]) -> int | None:
    """The ticket of the first of these Message-IDs the desk has on record."""
    if not message_ids:
        return None
    rows = session.execute(
        select(MailMessage.message_id, MailMessage.ticket_id).where(
            MailMessage.message_id.in_(list(message_ids)[:100]),
            MailMessage.ticket_id.is_not(None),
        )
    ).all()
    found = {m: t for m, t in rows if t is not None}
    return next((found[m] for m in message_ids if m in found), None)


def ticket_by_number(session: Session, number: int) -> Ticket | None:
    return session.scalar(select(Ticket).where(Ticket.number == number))


def is_participant(session: Session, ticket: Ticket, user_id: int) -> bool:
    """The requester, a watcher, or someone who wrote on the ticket."""
    if ticket.requester_id == user_id:
        return True
    watching = exists().where(
        TicketWatcher.ticket_id == ticket.id, TicketWatcher.user_id == user_id
    )
    commented = exists().where(Comment.ticket_id == ticket.id, Comment.author_id == user_id)
    return bool(session.scalar(select(watching | commented)))


def quarantine_page(
    session: Session, status: str, *, cursor: str | None, limit: int
) -> tuple[list[QuarantinedMail], str | None]:
    """Newest first."""
    statement = select(QuarantinedMail).where(QuarantinedMail.status == status)
    if cursor is not None:
        (last_id,) = decode_cursor(cursor, f"quarantine.{status}", (int,))
        statement = statement.where(QuarantinedMail.id < last_id)
    rows = list(session.scalars(statement.order_by(QuarantinedMail.id.desc()).limit(limit + 1)))
    next_cursor = None
    if len(rows) > limit:
        next_cursor = encode_cursor(f"quarantine.{status}", [rows[limit - 1].id])
    return rows[:limit], next_cursor


def comment_senders(session: Session, comment_ids: Sequence[int]) -> dict[int, str]:
    """The From address of each of these comments that came in by email."""
    if not comment_ids:
        return {}
    rows = session.execute(
        select(MailMessage.comment_id, MailMessage.sender).where(
            MailMessage.comment_id.in_(list(comment_ids)), MailMessage.direction == "in"
        )
    )
    return {row[0]: row[1] for row in rows if row[0] is not None}


def ticket_numbers(session: Session, ticket_ids: set[int]) -> dict[int, int]:
    if not ticket_ids:
        return {}
    rows = session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids)))
    return {row[0]: row[1] for row in rows}
