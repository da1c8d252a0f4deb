from enum import StrEnum


class Metric(StrEnum):
    FIRST_REPLY = "first_reply"
    NEXT_REPLY = "next_reply"
    PERIODIC_UPDATE = "periodic_update"
    RESOLUTION = "resolution"

    def __str__(self) -> str:
        return str(self.value)
