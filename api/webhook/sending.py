"""Making one attempt of a delivery, as the `webhook.deliver` job does, and deciding what
follows: done, another attempt after a backoff, or dead-lettered (`failed`, to be replayed).

The job for attempt N does nothing unless attempt N is still to be made (a job run twice
after a crash sends once), or was claimed by a run that died before it finished.
"""

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.core.config import Settings
from api.jobs import defer_at
from api.webhook import delivery as http
from api.webhook import repository
from api.webhook.kinds import DELIVER_TASK, DeliveryStatus
from api.webhook.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from api.webhook.retry import RetrySchedule, should_disable

logger = logging.getLogger(__name__)


def schedule_of(settings: Settings) -> RetrySchedule:
    return RetrySchedule(
        max_attempts=settings.webhook_max_attempts,
        base=timedelta(seconds=settings.webhook_retry_base_seconds),
        cap=timedelta(seconds=settings.webhook_retry_max_seconds),
    )


def _claim(
    session: Session, delivery: WebhookDelivery, number: int, now: datetime
) -> WebhookAttempt | None:
    """The attempt row this run makes, or None if it is not this run's to make."""
    if delivery.attempts == number - 1:
        claimed = WebhookAttempt(delivery_id=delivery.id, number=number, started_at=now)
        session.add(claimed)
        delivery.attempts = number
        delivery.round_attempts += 1
    elif delivery.attempts == number:
        found = repository.attempt(session, delivery.id, number)
        if found is None or found.finished_at is not None:
            return None
        claimed = found  # cut off mid-call by a crash: make it again
        claimed.started_at = now
    else:
        return None
    delivery.last_attempt_at = now
    delivery.next_attempt_at = None
    return claimed


def deliver(
    session: Session, now: datetime, settings: Settings, *, delivery_id: int, attempt: int
) -> None:
    delivery = repository.delivery_by_id(session, delivery_id, for_update=True)
    if delivery is None or delivery.status is not DeliveryStatus.pending:
        return
    subscription = session.get(WebhookSubscription, delivery.subscription_id)
    if subscription is None:
        return
    if not subscription.active:
        delivery.status = DeliveryStatus.failed
        delivery.next_attempt_at = None
        delivery.last_error = "Not sent: the webhook is disabled."
        return
    claimed = _claim(session, delivery, attempt, now)
    if claimed is None:
        return
    request = http.Request(
        url=subscription.url,
        secret=subscription.secret,
        body=delivery.body,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        attempt=attempt,
        timestamp=int(now.timestamp()),
    )
    # Never hold a transaction (on SQLite, the write lock) across a network call.
    session.commit()
    outcome = http.attempt(
        request,
        timeout=settings.webhook_timeout_seconds,
        allow_private=settings.webhook_allow_private,
    )
    finished = now + timedelta(milliseconds=outcome.duration_ms)
    _record(session, delivery, claimed, outcome, finished, settings)


def _record(
    session: Session,
    delivery: WebhookDelivery,
    claimed: WebhookAttempt,
    outcome: http.Outcome,
    finished: datetime,
    settings: Settings,
) -> None:
    claimed.finished_at = finished
    claimed.status_code = outcome.status_code
    claimed.error = outcome.error
    claimed.duration_ms = outcome.duration_ms
    claimed.response_body = outcome.response_body
    delivery.last_status_code = outcome.status_code
    delivery.last_error = outcome.error
    delivery.last_duration_ms = outcome.duration_ms
    if outcome.ok:
        delivery.status = DeliveryStatus.delivered
        delivery.delivered_at = finished
        repository.record_success(session, delivery.subscription_id)
        return
    failures, failing_since = repository.record_failure(
        session, delivery.subscription_id, claimed.started_at
    )
    if should_disable(
        failures,
        failing_since,
        finished,
        after_failures=settings.webhook_disable_after_failures,
        after=timedelta(hours=settings.webhook_disable_after_hours),
    ):
        reason = (
            f"Disabled after {failures} failed attempts in a row since {failing_since.isoformat()}."
        )
        repository.disable(session, delivery.subscription_id, reason, finished)
        logger.warning("Webhook %s disabled: %s", delivery.subscription_id, reason)
    delay = schedule_of(settings).delay_after(delivery.round_attempts)
    if delay is None:
        delivery.status = DeliveryStatus.failed  # dead-lettered: an administrator may replay it
        return
    delivery.next_attempt_at = finished + delay
    defer_at(
        session,
        delivery.next_attempt_at,
        DELIVER_TASK,
        delivery_id=delivery.id,
        attempt=delivery.attempts + 1,
    )
