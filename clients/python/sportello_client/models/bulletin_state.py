from enum import StrEnum


class BulletinState(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    PAST = "past"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)
