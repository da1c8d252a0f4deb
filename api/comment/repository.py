from sqlalchemy import select
from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.db.base import fits_integer
from api.ticket.models import Ticket


def comments_page(
    session: Session, ticket: Ticket, *, public_only: bool, after_id: int | None, limit: int
) -> list[Comment]:
    statement = select(Comment).where(Comment.ticket_id == ticket.id)
    if public_only:
        statement = statement.where(Comment.internal.is_(False))
    if after_id is not None:
        statement = statement.where(Comment.id > after_id)
    return list(session.scalars(statement.order_by(Comment.id).limit(limit + 1)))


def readable_comment(
    session: Session, ticket: Ticket, comment_id: int, *, public_only: bool
) -> Comment | None:
    if not fits_integer(comment_id):
        return None
    comment = session.get(Comment, comment_id)
    if comment is None or comment.ticket_id != ticket.id or (public_only and comment.internal):
        return None
    return comment
