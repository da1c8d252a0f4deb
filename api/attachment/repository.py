from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.attachment.models import Attachment


def storage_keys(session: Session) -> set[str]:
    """The name of every file an attachment row points to."""
    return set(session.scalars(select(Attachment.storage_key)))


def count_on(session: Session, ticket_id: int) -> int:
    statement = (
        select(func.count()).select_from(Attachment).where(Attachment.ticket_id == ticket_id)
    )
    return int(session.scalar(statement) or 0)


def move_all(session: Session, from_ticket_id: int, to_ticket_id: int) -> int:
    """A merge: every attachment of one ticket now belongs to another; how many moved."""
    moved = count_on(session, from_ticket_id)
    session.execute(
        update(Attachment)
        .where(Attachment.ticket_id == from_ticket_id)
        .values(ticket_id=to_ticket_id)
        .execution_options(synchronize_session=False)
    )
    return moved
