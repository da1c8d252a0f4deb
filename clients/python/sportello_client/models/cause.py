from enum import StrEnum


class Cause(StrEnum):
    POLICY_APPLIED = "policy_applied"
    PRIORITY_CHANGED = "priority_changed"
    REOPENED = "reopened"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
