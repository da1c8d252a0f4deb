from enum import StrEnum


class NotificationKind(StrEnum):
    ASSIGNED = "assigned"
    ESCALATION_RULE = "escalation_rule"

    def __str__(self) -> str:
        return str(self.value)
