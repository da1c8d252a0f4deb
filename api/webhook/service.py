"""Webhooks for administrators: subscribe, change, rotate the secret, ping, replay a delivery.
Services flush; the request commits."""

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.config import Settings
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.jobs import defer
from api.webhook import addresses, payloads, repository, signing
from api.webhook.kinds import DELIVER_TASK, PING, DeliveryStatus
from api.webhook.models import WebhookDelivery, WebhookSubscription
from api.webhook.schemas import WebhookCreate, WebhookPatch


def get_subscription(
    session: Session, subscription_id: int, *, for_update: bool = False
) -> WebhookSubscription:
    subscription = repository.get_subscription(session, subscription_id, for_update=for_update)
    if subscription is None:
        raise NotFound(f"No webhook {subscription_id}.")
    return subscription


def get_delivery(
    session: Session,
    subscription: WebhookSubscription,
    delivery_id: int,
    *,
    for_update: bool = False,
) -> WebhookDelivery:
    delivery = repository.get_delivery(session, subscription.id, delivery_id, for_update=for_update)
    if delivery is None:
        raise NotFound(f"No delivery {delivery_id} of webhook {subscription.id}.")
    return delivery


def checked_url(url: str, settings: Settings) -> str:
    """The URL as given, if a webhook may call it now (422 naming `url` if not)."""
    try:
        addresses.check_target(url, allow_private=settings.webhook_allow_private)
    except addresses.TargetRefused as exc:
        raise ValidationFailed.on("url", str(exc)) from exc
    return url


def create(
    session: Session, actor: Actor, data: WebhookCreate, settings: Settings
) -> WebhookSubscription:
    subscription = WebhookSubscription(
        url=checked_url(data.url, settings),
        description=data.description.strip(),
        event_types=[t.value for t in data.event_types],
        secret=signing.new_secret(),
        active=True,
        created_by_id=actor.id,
        created_at=actor.now,
        updated_at=actor.now,
    )
    session.add(subscription)
    session.flush()
    return subscription


def update(
    session: Session,
    actor: Actor,
    subscription: WebhookSubscription,
    data: WebhookPatch,
    settings: Settings,
) -> WebhookSubscription:
    changes: dict[str, Any] = {}
    if data.url is not None and data.url != subscription.url:
        changes["url"] = checked_url(data.url, settings)
    if data.description is not None:
        changes["description"] = data.description.strip()
    if data.event_types is not None:
        changes["event_types"] = [t.value for t in data.event_types]
    if data.active is not None and data.active != subscription.active:
        changes["active"] = data.active
        if data.active:  # back on: the failure streak starts again from nothing
            changes |= {
                "disabled_reason": None,
                "disabled_at": None,
                "consecutive_failures": 0,
                "failing_since": None,
            }
        else:
            changes |= {
                "disabled_reason": "Turned off by an administrator.",
                "disabled_at": actor.now,
            }
    changes = {k: v for k, v in changes.items() if getattr(subscription, k) != v}
    if changes:
        for key, value in changes.items():
            setattr(subscription, key, value)
        subscription.updated_at = actor.now
    session.flush()
    return subscription


def rotate_secret(session: Session, actor: Actor, subscription: WebhookSubscription) -> str:
    """A new secret, signing every attempt from now on (pending retries included)."""
    subscription.secret = signing.new_secret()
    subscription.updated_at = actor.now
    session.flush()
    return subscription.secret


def delete(session: Session, subscription: WebhookSubscription) -> None:
    session.delete(subscription)
    session.flush()


def enqueue(
    session: Session,
    subscription_id: int,
    event_type: str,
    occurred_at: datetime,
    data: dict[str, Any],
    *,
    ticket_id: int | None = None,
) -> WebhookDelivery:
    """A delivery row and its first attempt's job, in the caller's transaction."""
    event_id = payloads.new_event_id()
    delivery = WebhookDelivery(
        subscription_id=subscription_id,
        event_id=event_id,
        event_type=event_type,
        ticket_id=ticket_id,
        body=payloads.body_of(event_id, event_type, occurred_at, data),
        status=DeliveryStatus.pending,
        attempts=0,
        round_attempts=0,
        next_attempt_at=occurred_at,
        created_at=occurred_at,
    )
    session.add(delivery)
    session.flush()
    defer(session, DELIVER_TASK, delivery_id=delivery.id, attempt=1)
    return delivery


def _refuse_if_disabled(subscription: WebhookSubscription) -> None:
    if not subscription.active:
        raise Conflict("The webhook is disabled; turn it on (active: true) first.")


def ping(session: Session, actor: Actor, subscription: WebhookSubscription) -> WebhookDelivery:
    _refuse_if_disabled(subscription)
    data = {"webhook": {"id": subscription.id, "url": subscription.url}}
    return enqueue(session, subscription.id, PING, actor.now, data)


def redeliver(
    session: Session, actor: Actor, subscription: WebhookSubscription, delivery: WebhookDelivery
) -> WebhookDelivery:
    """Send a delivered or dead-lettered delivery again: the same event id and body, with a
    fresh round of attempts."""
    _refuse_if_disabled(subscription)
    if delivery.status is DeliveryStatus.pending:
        raise Conflict("The delivery is still being attempted; wait for it to succeed or fail.")
    delivery.status = DeliveryStatus.pending
    delivery.round_attempts = 0
    delivery.next_attempt_at = actor.now
    session.flush()
    defer(session, DELIVER_TASK, delivery_id=delivery.id, attempt=delivery.attempts + 1)
    return delivery
