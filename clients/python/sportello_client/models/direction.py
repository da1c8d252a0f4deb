from enum import StrEnum


class Direction(StrEnum):
    DE_ESCALATION = "de_escalation"
    ESCALATION = "escalation"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
