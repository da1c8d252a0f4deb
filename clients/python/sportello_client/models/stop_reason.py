from enum import StrEnum


class StopReason(StrEnum):
    CLOSED_UNSOLVED = "closed_unsolved"
    FULFILLED = "fulfilled"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
