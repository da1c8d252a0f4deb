from enum import StrEnum


class QuarantinedMailOutStatus(StrEnum):
    DROPPED = "dropped"
    HELD = "held"
    IGNORED = "ignored"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
