"""Which webhook events a transaction's ticket events make. Pure: plain facts in, plain out.

- A ticket created in the transaction makes `ticket.created` alone (its routing and first
  assignment are part of its creation).
- A public comment makes `ticket.commented`; an internal note makes nothing at all, so no
  payload can carry its text or even its existence.
- A status change makes `ticket.status_changed`, and `ticket.resolved` / `ticket.closed`
  when that is where it went.
- Field changes (other than status and assignment) make one `ticket.updated` per ticket,
  naming each field; the old and new values are given except for long text and form data.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from api.webhook.kinds import WebhookEventType as T

# Changes named without their values: long free text, and form data of any shape.
VALUELESS_FIELDS = frozenset({"description", "details"})
STATUS_KINDS = frozenset({"status_changed", "reopened"})
ASSIGNMENT_KINDS = frozenset({"assigned", "unassigned"})


class EventFacts(Protocol):
    """What the mapping reads of a ticket event (api.ticket.models.TicketEvent)."""

    @property
    def ticket_id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def field(self) -> str | None: ...
    @property
    def from_value(self) -> str | None: ...
    @property
    def to_value(self) -> str | None: ...
    @property
    def data(self) -> Mapping[str, Any] | None: ...
    @property
    def public(self) -> bool: ...
    @property
    def created_at(self) -> datetime: ...


@dataclass
class Outgoing:
    type: T
    ticket_id: int
    occurred_at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    comment_id: int | None = None  # a public comment, whose body the payload carries


def _change(event: EventFacts) -> dict[str, Any]:
    if event.field in VALUELESS_FIELDS:
        return {"field": event.field}
    return {"field": event.field, "from": event.from_value, "to": event.to_value}


def webhook_events(events: Sequence[EventFacts]) -> list[Outgoing]:
    created = {e.ticket_id for e in events if e.kind == "created"}
    out: list[Outgoing] = []
    updates: dict[int, Outgoing] = {}
    for event in events:
        data = dict(event.data or {})
        if event.ticket_id in created:
            if event.kind == "created":
                out.append(Outgoing(T.ticket_created, event.ticket_id, event.created_at))
            continue
        if event.kind == "commented":
            if event.public and not data.get("internal", False):
                comment_id = data.get("comment_id")
                out.append(
                    Outgoing(
                        T.ticket_commented,
                        event.ticket_id,
                        event.created_at,
                        comment_id=comment_id if isinstance(comment_id, int) else None,
                    )
                )
        elif event.kind in STATUS_KINDS:
            change = {"from": event.from_value, "to": event.to_value}
            out.append(Outgoing(T.ticket_status_changed, event.ticket_id, event.created_at, change))
            target = {"resolved": T.ticket_resolved, "closed": T.ticket_closed}.get(
                event.to_value or ""
            )
            if target is not None:
                closure = {"closure": data.get("closure")}
                out.append(Outgoing(target, event.ticket_id, event.created_at, closure))
        elif event.kind in ASSIGNMENT_KINDS:
            assignment = {"team_id": data.get("to_team_id"), "assignee_id": data.get("to_agent_id")}
            out.append(Outgoing(T.ticket_assigned, event.ticket_id, event.created_at, assignment))
        elif event.kind == "sla_breached":
            keys = ("metric", "due_at", "target_seconds", "elapsed_seconds")
            breach = {"sla": {key: data.get(key) for key in keys}}
            out.append(Outgoing(T.sla_breached, event.ticket_id, event.created_at, breach))
        elif event.kind.endswith("_changed") and event.field not in (None, "status"):
            update = updates.get(event.ticket_id)
            if update is None:
                update = Outgoing(
                    T.ticket_updated, event.ticket_id, event.created_at, {"changes": []}
                )
                updates[event.ticket_id] = update
                out.append(update)
            update.data["changes"].append(_change(event))
    return out
