from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from api.db.base import fits_integer
from api.db.keyset import Keyset
from api.notification.models import Notification

NEWEST_FIRST = Keyset("notifications", [Notification.id], descending=True)


def _own(recipient_id: int) -> Select[Notification]:
    # The only way to reach a notification: others' are as missing as nonexistent ones.
    return select(Notification).where(Notification.recipient_id == recipient_id)


def page_of(
    session: Session, recipient_id: int, *, unread: bool, cursor: str | None, limit: int
) -> tuple[list[Notification], str | None]:
    statement = _own(recipient_id)
    if unread:
        statement = statement.where(Notification.read_at.is_(None))
    return NEWEST_FIRST.page(session, statement, cursor=cursor, limit=limit)


def unread_count(session: Session, recipient_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.recipient_id == recipient_id, Notification.read_at.is_(None))
        )
        or 0
    )


def own(session: Session, recipient_id: int, notification_id: int) -> Notification | None:
    if not fits_integer(notification_id):
        return None
    return session.scalar(_own(recipient_id).where(Notification.id == notification_id))


def mark_all_read(session: Session, recipient_id: int, now: datetime) -> int:
    result = session.execute(
        update(Notification)
        .where(Notification.recipient_id == recipient_id, Notification.read_at.is_(None))
        .values(read_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
