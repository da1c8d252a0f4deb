from enum import StrEnum


class ClosureCode(StrEnum):
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
