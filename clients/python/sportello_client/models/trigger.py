from enum import StrEnum


class Trigger(StrEnum):
    BAD_RATING = "bad_rating"
    SLA_BREACH = "sla_breach"
    SLA_WARNING = "sla_warning"

    def __str__(self) -> str:
        return str(self.value)
