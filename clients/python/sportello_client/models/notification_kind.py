from enum import StrEnum


class NotificationKind(StrEnum):
    ASSIGNED = "assigned"
    CUSTOMER_REPLY = "customer_reply"
    ESCALATION_RULE = "escalation_rule"
    NEW_TICKET = "new_ticket"

    def __str__(self) -> str:
        return str(self.value)
