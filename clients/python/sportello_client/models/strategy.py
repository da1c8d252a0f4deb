from enum import StrEnum


class Strategy(StrEnum):
    LEAST_LOAD = "least_load"
    MANUAL = "manual"
    ROUND_ROBIN = "round_robin"
    SKILLS = "skills"

    def __str__(self) -> str:
        return str(self.value)
