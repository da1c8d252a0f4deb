from enum import StrEnum


class Audience(StrEnum):
    AGENTS = "agents"
    EVERYONE = "everyone"

    def __str__(self) -> str:
        return str(self.value)
