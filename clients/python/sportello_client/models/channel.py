from enum import StrEnum


class Channel(StrEnum):
    API = "api"
    EMAIL = "email"
    PHONE = "phone"
    WALK_IN = "walk_in"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
