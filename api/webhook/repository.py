from datetime import datetime

from sqlalchemy import func, literal, select, update
from sqlalchemy.orm import Session

from api.configuration.cache import changed
from api.db.base import fits_integer
from api.webhook.kinds import DeliveryStatus
from api.webhook.models import WebhookAttempt, WebhookDelivery, WebhookSubscription


def all_subscriptions(session: Session) -> list[WebhookSubscription]:
    return list(session.scalars(select(WebhookSubscription).order_by(WebhookSubscription.id)))


def active_subscriptions(session: Session) -> list[WebhookSubscription]:
    statement = (
        select(WebhookSubscription)
        .where(WebhookSubscription.active.is_(True))
        .order_by(WebhookSubscription.id)
    )
    return list(session.scalars(statement))


def get_subscription(
    session: Session, subscription_id: int, *, for_update: bool = False
) -> WebhookSubscription | None:
    if not fits_integer(subscription_id):
        return None
    statement = select(WebhookSubscription).where(WebhookSubscription.id == subscription_id)
    if for_update:
        statement = statement.with_for_update()
    return session.scalar(statement)


def get_delivery(
    session: Session, subscription_id: int, delivery_id: int, *, for_update: bool = False
) -> WebhookDelivery | None:
    if not fits_integer(delivery_id):
        return None
    statement = select(WebhookDelivery).where(
        WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == subscription_id
    )
    if for_update:
        statement = statement.with_for_update()
    return session.scalar(statement)


def delivery_by_id(
    session: Session, delivery_id: int, *, for_update: bool = False
) -> WebhookDelivery | None:
    statement = select(WebhookDelivery).where(WebhookDelivery.id == delivery_id)
    if for_update:
        statement = statement.with_for_update()
    return session.scalar(statement)


def page_of_deliveries(
    session: Session,
    subscription_id: int,
    *,
    status: DeliveryStatus | None,
    event_type: str | None,
    before_id: int | None,
    limit: int,
) -> list[WebhookDelivery]:
    """Newest first."""
    statement = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id)
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status)
    if event_type is not None:
        statement = statement.where(WebhookDelivery.event_type == event_type)
    if before_id is not None:
        statement = statement.where(WebhookDelivery.id < before_id)
    return list(session.scalars(statement.order_by(WebhookDelivery.id.desc()).limit(limit)))


def attempts_of(session: Session, delivery_id: int) -> list[WebhookAttempt]:
    statement = (
        select(WebhookAttempt)
        .where(WebhookAttempt.delivery_id == delivery_id)
        .order_by(WebhookAttempt.number)
    )
    return list(session.scalars(statement))


def attempt(session: Session, delivery_id: int, number: int) -> WebhookAttempt | None:
    return session.scalar(
        select(WebhookAttempt).where(
            WebhookAttempt.delivery_id == delivery_id, WebhookAttempt.number == number
        )
    )


def record_success(session: Session, subscription_id: int) -> None:
    """The streak of failures ends (a statement, so concurrent attempts cannot lose counts)."""
    session.execute(
        update(WebhookSubscription)
        .where(WebhookSubscription.id == subscription_id)
        .values(consecutive_failures=0, failing_since=None)
        .execution_options(synchronize_session=False)
    )


def record_failure(
    session: Session, subscription_id: int, failed_at: datetime
) -> tuple[int, datetime]:
    """One more failed attempt in a row; the streak's length and start."""
    row = session.execute(
        update(WebhookSubscription)
        .where(WebhookSubscription.id == subscription_id)
        .values(
            consecutive_failures=WebhookSubscription.consecutive_failures + 1,
            failing_since=func.coalesce(
                WebhookSubscription.failing_since,
                literal(failed_at, WebhookSubscription.failing_since.type),
            ),
        )
        .returning(WebhookSubscription.consecutive_failures, WebhookSubscription.failing_since)
        .execution_options(synchronize_session=False)
    ).one()
    return row[0], row[1] or failed_at


def disable(session: Session, subscription_id: int, reason: str, now: datetime) -> None:
    changed(session)  # an UPDATE past the ORM: the event path must stop queueing for it
    session.execute(
        update(WebhookSubscription)
        .where(WebhookSubscription.id == subscription_id, WebhookSubscription.active.is_(True))
        .values(
            active=False,
            disabled_reason=reason,
            disabled_at=now,
            updated_at=now,
            version=WebhookSubscription.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
