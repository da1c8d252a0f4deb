"""Ticket events become webhook deliveries, in the change's own transaction (api/events):
a change that rolls back sends nothing, and one that commits has its deliveries queued."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.core.config import get_settings
from api.events import subscribe
from api.ticket.models import Ticket, TicketEvent
from api.webhook import mapping, payloads, repository, service
from api.webhook.kinds import WebhookEventType


@subscribe("webhooks", notifies=True)
def queue_webhook_deliveries(session: Session, events: Sequence[TicketEvent]) -> None:
    outgoing = mapping.webhook_events(events)
    if not outgoing:
        return
    subscriptions = repository.active_subscriptions(session)
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
                session, subscription, item.type.value, item.occurred_at, data, ticket_id=ticket.id
            )
