"""In-app notifications: other domains call `notify`; people read and mark their own."""

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import NotFound
from api.notification import repository
from api.notification.kinds import NotificationKind
from api.notification.models import Notification
from api.ticket.models import Ticket


def notify(
    session: Session,
    recipient_id: int,
    kind: NotificationKind,
    ticket: Ticket | None,
    data: dict[str, Any],
    now: datetime,
) -> Notification:
    """Queue a notification in the caller's transaction: it exists only if the change does."""
    notification = Notification(
        recipient_id=recipient_id,
        kind=kind.value,
        ticket_id=ticket.id if ticket is not None else None,
        ticket=ticket,
        data=data,
        created_at=now,
    )
    session.add(notification)
    return notification


def get_own(session: Session, actor: Actor, notification_id: int) -> Notification:
    notification = repository.own(session, actor.id, notification_id)
    if notification is None:
        raise NotFound(f"No notification {notification_id}.")
    return notification


def mark_read(session: Session, actor: Actor, notification: Notification) -> Notification:
    if notification.read_at is None:
        notification.read_at = actor.now
        session.flush()
    return notification


def mark_all_read(session: Session, actor: Actor) -> int:
    return repository.mark_all_read(session, actor.id, actor.now)
