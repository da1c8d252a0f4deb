from enum import StrEnum


class ResolutionAnswer(StrEnum):
    CONFIRM = "confirm"
    REOPEN = "reopen"

    def __str__(self) -> str:
        return str(self.value)
