from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.db.base import fits_integer
from api.db.keyset import Keyset
from api.ticket.models import Ticket

COMMENTS = Keyset("comments", (Comment.id,))


def comments_page(
    session: Session, ticket: Ticket, *, public_only: bool, cursor: str | None, limit: int
) -> tuple[list[Comment], str | None]:
    statement = select(Comment).where(Comment.ticket_id == ticket.id)
    if public_only:
        statement = statement.where(Comment.internal.is_(False))
    return COMMENTS.page(session, statement, cursor=cursor, limit=limit)


def readable_comment(
    session: Session, ticket: Ticket, comment_id: int, *, public_only: bool
) -> Comment | None:
    if not fits_integer(comment_id):
        return None
    comment = session.get(Comment, comment_id)
    if comment is None or comment.ticket_id != ticket.id or (public_only and comment.internal):
        return None
    return comment


def count_on(session: Session, ticket_id: int) -> int:
    statement = select(func.count()).select_from(Comment).where(Comment.ticket_id == ticket_id)
    return int(session.scalar(statement) or 0)


def move_all(session: Session, from_ticket_id: int, to_ticket_id: int) -> int:
    """A merge: every comment of one ticket now belongs to another; how many moved."""
    moved = count_on(session, from_ticket_id)
    session.execute(
        update(Comment)
        .where(Comment.ticket_id == from_ticket_id)
        .values(ticket_id=to_ticket_id)
        .execution_options(synchronize_session=False)
    )
    return moved
