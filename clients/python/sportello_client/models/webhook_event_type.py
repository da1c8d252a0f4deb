from enum import StrEnum


class WebhookEventType(StrEnum):
    SLA_BREACHED = "sla.breached"
    TICKET_ASSIGNED = "ticket.assigned"
    TICKET_CLOSED = "ticket.closed"
    TICKET_COMMENTED = "ticket.commented"
    TICKET_CREATED = "ticket.created"
    TICKET_RESOLVED = "ticket.resolved"
    TICKET_STATUS_CHANGED = "ticket.status_changed"
    TICKET_UPDATED = "ticket.updated"

    def __str__(self) -> str:
        return str(self.value)
