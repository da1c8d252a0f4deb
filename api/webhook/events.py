"""Ticket events become webhook deliveries, in the change's own transaction (api/events):
a change that rolls back sends nothing, and one that commits has its deliveries queued."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.configuration.cache import cached
from api.core.config import get_settings
from api.events import subscribe
from api.ticket.models import Ticket, TicketEvent
from api.webhook import mapping, payloads, repository, service
from api.webhook.kinds import WebhookEventType


@dataclass(frozen=True)
class Subscribed:
    """An active subscription as the event path reads it: a copy kept between transactions."""

    id: int
    event_types: frozenset[str]


def _read_subscribed(session: Session) -> list[Subscribed]:
    return [
        Subscribed(s.id, frozenset(s.event_types)) for s in repository.active_subscriptions(session)
    ]


@subscribe("webhooks", notifies=True)
def queue_webhook_deliveries(session: Session, events: Sequence[TicketEvent]) -> None:
    outgoing = mapping.webhook_events(events)
    if not outgoing:
        return
    subscriptions = cached(session, "webhook_subscriptions", _read_subscribed)
    if not subscriptions:
        return
    prefix = get_settings().ticket_prefix
    for item in outgoing:
        wanted = [s for s in subscriptions if item.type.value in s.event_types]
        ticket = session.get(Ticket, item.ticket_id) if wanted else None
        if ticket is None:
            continue
        data: dict[str, Any] = {"ticket": payloads.ticket_part(ticket, prefix), **item.data}
        if item.type is WebhookEventType.ticket_commented:
            comment = session.get(Comment, item.comment_id) if item.comment_id else None
            if comment is None or comment.internal:
                continue
            data["comment"] = payloads.comment_part(comment)
        for subscription in wanted:
            service.enqueue(
                session,
                subscription.id,
                item.type.value,
                item.occurred_at,
                data,
                ticket_id=ticket.id,
            )
