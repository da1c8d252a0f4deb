from enum import StrEnum


class SlaStatus(StrEnum):
    ACHIEVED = "achieved"
    ACTIVE = "active"
    BREACHED = "breached"
    CANCELLED = "cancelled"
    NOT_STARTED = "not_started"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
