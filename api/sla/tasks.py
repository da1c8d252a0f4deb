from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.escalation.apply import apply_escalation_rules
from api.jobs import periodic
from api.sla.scan import scan_deadlines
from api.ticket.models import Ticket


@periodic(name="sla.scan-deadlines", every=timedelta(minutes=1))
def scan_deadlines_and_escalate(session: Session, now: datetime) -> None:
    """Write the SLA warnings and breaches now due, each once, and run the escalation rules
    each one sets off, in the same transaction: a rule's action and its alert commit together.

    One batch per run (the scan's limit); a backlog drains over the next minutes, oldest first.
    """
    alerts = scan_deadlines(session, now)
    ids = {alert.ticket_id for alert in alerts}
    tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
    for alert in alerts:
        apply_escalation_rules(
            session, tickets[alert.ticket_id], kind=alert.kind, metric=alert.metric, now=now
        )
