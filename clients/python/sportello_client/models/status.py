from enum import StrEnum


class Status(StrEnum):
    CLOSED = "closed"
    IN_PROGRESS = "in_progress"
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
