from enum import StrEnum


class SurveyChannel(StrEnum):
    EMAIL = "email"
    PORTAL = "portal"

    def __str__(self) -> str:
        return str(self.value)
