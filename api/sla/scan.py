"""The periodic deadline scan: writes `sla_warning` and `sla_breached` ticket events, each
exactly once per metric instance, however many scans run at the same time.

Candidates come from the indexed `ticket.sla_check_at` (never a walk over every ticket). The
key is `sla_alert`'s unique (ticket, metric, instance, kind): an INSERT ... ON CONFLICT DO
NOTHING that a concurrent scan already made inserts nothing (on PostgreSQL it waits for the
other transaction, then yields), and only the scan whose insert won writes the event. The
caller owns the transaction and commits it; the commit brings `sla_check_at` forward.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db.upsert import insert
from api.events import bus
from api.sla import tracking
from api.sla.models import SlaAlert as SlaAlertRow
from api.ticket.models import Ticket, TicketEvent

BATCH = 200


@dataclass(frozen=True)
class SlaAlert:
    ticket_id: int
    metric: str
    instance: int
    kind: str  # "warning" | "breached"


def scan_deadlines(session: Session, now: datetime, *, limit: int = BATCH) -> list[SlaAlert]:
    """Write the warnings and breaches due at `now` on up to `limit` tickets; the alerts this
    call wrote (not those another scan wrote first)."""
    tickets = list(
        session.scalars(
            select(Ticket)
            .where(Ticket.sla_check_at.is_not(None), Ticket.sla_check_at <= now)
            .order_by(Ticket.sla_check_at, Ticket.id)
            .limit(limit)
        )
    )
    if not tickets:
        return []
    computed = tracking.compute(session, tickets, now)
    written: list[SlaAlert] = []
    for ticket in tickets:
        result = computed[ticket.id]
        for due in tracking.due_alerts_of(result):
            won = session.scalar(
                insert(session, SlaAlertRow)
                .values(
                    ticket_id=ticket.id,
                    metric=due.metric.value,
                    instance=due.n,
                    kind=due.kind.value,
                    created_at=now,
                )
                .on_conflict_do_nothing()
                .returning(SlaAlertRow.id)
            )
            if won is None:
                continue
            instance = due.instance
            alert_event = TicketEvent(
                ticket_id=ticket.id,
                kind=f"sla_{due.kind.value}",
                public=False,
                data={
                    "metric": due.metric.value,
                    "n": due.n,
                    "target_seconds": None
                    if instance.target is None
                    else int(instance.target.total_seconds()),
                    "elapsed_seconds": int(instance.elapsed.total_seconds()),
                    "due_at": None
                    if instance.breach_at is None
                    else instance.breach_at.isoformat(),
                },
                created_at=now,
            )
            session.add(alert_event)
            bus.publish(session, alert_event, ticket)  # webhooks tell of breaches
            written.append(SlaAlert(ticket.id, due.metric.value, due.n, due.kind.value))
        # Recomputed at commit: the next check moves past what was just written.
        tracking.mark(session, ticket, now, kind="sla_scan", field=None)
    return written
