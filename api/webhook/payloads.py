"""The JSON a delivery sends: `{"id", "type", "created_at", "data": {"ticket": {...}, ...}}`.

The ticket is described by ids, its version and a few fields, never its description or
anything from an internal note; a public comment's body is included (customers see it too).
"""

import json
import secrets
from datetime import datetime
from typing import Any

from api.comment.models import Comment
from api.ticket.models import Ticket


def new_event_id() -> str:
    return "evt_" + secrets.token_hex(16)


def ticket_part(ticket: Ticket, prefix: str) -> dict[str, Any]:
    return {
        "number": ticket.number,
        "reference": f"{prefix}{ticket.number}",
        "version": ticket.version,
        "status": ticket.status.value,
        "priority": ticket.priority.value,
        "subject": ticket.subject,
        "team_id": ticket.team_id,
        "assignee_id": ticket.assignee_id,
        "requester_id": ticket.requester_id,
        "updated_at": ticket.updated_at.isoformat(),
    }


def comment_part(comment: Comment) -> dict[str, Any]:
    if comment.internal:
        raise ValueError("internal notes never go into a webhook payload")
    return {
        "id": comment.id,
        "author_id": comment.author_id,
        "author_role": comment.author_role.value,
        "body": comment.body,
        "created_at": comment.created_at.isoformat(),
    }


def body_of(event_id: str, event_type: str, created_at: datetime, data: dict[str, Any]) -> str:
    """The exact text sent, at every attempt (and signed as such)."""
    envelope = {
        "id": event_id,
        "type": event_type,
        "created_at": created_at.isoformat(),
        "data": data,
    }
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False)
