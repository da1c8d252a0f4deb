"""Ticket events -> outbox rows, in the change's own transaction (a rollback sends nothing).

Only inserts here: who wants what, in which language, and the rate cap are decided by the
`mail.deliver` job, so that a ticket's creation costs one or two rows and their jobs.
Internal notes never become mail to a requester.
"""

from collections.abc import Sequence

from sqlalchemy.orm import Session

from api.events import subscribe
from api.jobs import defer
from api.mail import tasks  # noqa: F401  (registers mail.deliver wherever events are queued)
from api.mail.kinds import MailKind
from api.mail.models import MailOutbox
from api.notification.kinds import NotificationKind
from api.notification.service import notify
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket, TicketEvent

SLA_TRIGGERS = {"sla_warning": MailKind.sla_warning, "sla_breach": MailKind.sla_breach}


def _row(event: TicketEvent, kind: MailKind, **fields: object) -> MailOutbox:
    return MailOutbox(
        kind=kind.value,
        status="queued",
        ticket_id=event.ticket_id,
        event_id=event.id,
        automatic=kind is not MailKind.reply,
        created_at=event.created_at,
        **fields,
    )


def _int(data: dict[str, object] | None, key: str) -> int | None:
    value = (data or {}).get(key)
    return value if isinstance(value, int) else None


def rows_for(session: Session, event: TicketEvent, ticket: Ticket) -> list[MailOutbox]:
    """The messages one event calls for (and the in-app notification of a customer's reply)."""
    requester = ticket.requester_id
    by_requester = event.actor_id == requester
    if event.kind == "created":
        rows = [_row(event, MailKind.acknowledgement, recipient_id=requester)]
        if ticket.team_id is not None:
            rows.append(_row(event, MailKind.new_ticket, team_id=ticket.team_id))
        return rows
    if event.kind == "commented":
        comment_id = _int(event.data, "comment_id")
        if (event.data or {}).get("internal") or not event.public:
            return []
        if not by_requester and event.actor_role != "customer":
            return [_row(event, MailKind.reply, recipient_id=requester, comment_id=comment_id)]
        if by_requester and ticket.assignee_id is not None and ticket.assignee_id != requester:
            notify(
                session,
                ticket.assignee_id,
                NotificationKind.customer_reply,
                ticket,
                {"comment_id": comment_id},
                event.created_at,
            )
            return [
                _row(
                    event,
                    MailKind.customer_reply,
                    recipient_id=ticket.assignee_id,
                    comment_id=comment_id,
                )
            ]
        return []
    if event.kind == "status_changed" and event.field == "status":
        target = event.to_value
        if target == Status.pending:
            return [_row(event, MailKind.pending, recipient_id=requester)]
        if target == Status.resolved:
            return [_row(event, MailKind.resolution, recipient_id=requester)]
        if target == Status.closed and not by_requester:
            return [_row(event, MailKind.closure, recipient_id=requester)]
        return []
    if event.kind == "assigned":
        agent = _int(event.data, "to_agent_id")
        if agent is not None and agent not in (event.actor_id, _int(event.data, "from_agent_id")):
            return [_row(event, MailKind.assigned, recipient_id=agent)]
        return []
    if event.kind == "escalation_rule_notified":
        kind = SLA_TRIGGERS.get(str((event.data or {}).get("trigger")))
        recipient = _int(event.data, "recipient_id")
        if kind is not None and recipient is not None:
            data = {k: v for k, v in (event.data or {}).items() if k in ("metric", "rule_name")}
            return [_row(event, kind, recipient_id=recipient, data=data)]
    return []


@subscribe("mail.notifications", notifies=True)
def queue_mail(session: Session, events: Sequence[TicketEvent]) -> None:
    rows: list[MailOutbox] = []
    for event in events:
        ticket = session.get(Ticket, event.ticket_id)  # in the session already: no query
        if ticket is not None:
            rows.extend(rows_for(session, event, ticket))
    if not rows:
        return
    session.add_all(rows)
    session.flush()
    for row in rows:
        defer(session, "mail.deliver", outbox_id=row.id)
