from enum import StrEnum


class WebhookEventType(StrEnum):
    """What a subscription may ask to be told about."""

    ticket_created = "ticket.created"
    ticket_updated = "ticket.updated"  # fields other than status and assignment
    ticket_commented = "ticket.commented"  # public comments only: internal notes send nothing
    ticket_status_changed = "ticket.status_changed"
    ticket_resolved = "ticket.resolved"
    ticket_closed = "ticket.closed"
    ticket_assigned = "ticket.assigned"
    sla_breached = "sla.breached"


PING = "ping"  # sent on request to one subscription, whatever it subscribes to


class DeliveryStatus(StrEnum):
    pending = "pending"  # an attempt is due (or under way)
    delivered = "delivered"  # a 2xx answer
    failed = "failed"  # out of attempts, or its webhook was disabled: replay it by hand


DELIVER_TASK = "webhook.deliver"  # the job that makes one attempt of a delivery
