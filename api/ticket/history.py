"""Writes the append-only ticket history (same session, so same transaction as the change)."""

from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.events import bus
from api.sla import tracking
from api.ticket.models import Ticket, TicketEvent

# Changes to these fields are shown to the requester; the rest is the team's business.
PUBLIC_FIELDS = frozenset({"status", "subject", "description", "resolution"})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def record(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    kind: str,
    *,
    field: str | None = None,
    from_value: Any = None,
    to_value: Any = None,
    public: bool | None = None,
    note: str | None = None,
    data: dict[str, Any] | None = None,
    article_id: int | None = None,
    bulletin_id: int | None = None,
) -> TicketEvent:
    """Append one event. An event that names an article or a bulletin says so in
    `article_id` / `bulletin_id`, and is written public if the change itself is the
    requester's business: whether they may read what it names is decided when reading."""
    event = TicketEvent(
        ticket_id=ticket.id,
        kind=kind,
        field=field,
        from_value=_text(from_value),
        to_value=_text(to_value),
        public=(field in PUBLIC_FIELDS) if public is None else public,
        actor_id=actor.id,
        actor_role=actor.role.value,
        channel=actor.channel.value,
        note=note,
        data=data,
        article_id=article_id,
        bulletin_id=bulletin_id,
        created_at=actor.now,
    )
    session.add(event)
    bus.publish(session, event, ticket)
    tracking.mark(session, ticket, actor.now, kind=kind, field=field, public=event.public)
    return event


def field_changed(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    field: str,
    old: Any,
    new: Any,
    note: str | None = None,
) -> bool:
    """Record a field change if there is one; True if there was."""
    if old == new:
        return False
    record(
        session,
        ticket,
        actor,
        f"{field}_changed",
        field=field,
        from_value=old,
        to_value=new,
        note=note,
    )
    return True
