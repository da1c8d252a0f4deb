from enum import StrEnum


class NotificationKind(StrEnum):
    assigned = "assigned"
    escalation_rule = "escalation_rule"
