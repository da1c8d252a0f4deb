from enum import StrEnum


class NotificationKind(StrEnum):
    assigned = "assigned"
    escalation_rule = "escalation_rule"
    new_ticket = "new_ticket"  # a ticket arrived in one of your teams
    customer_reply = "customer_reply"  # the requester of a ticket of yours wrote
