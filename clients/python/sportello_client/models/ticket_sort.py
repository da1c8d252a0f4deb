from enum import StrEnum


class TicketSort(StrEnum):
    CREATED = "created"
    PRIORITY = "priority"
    SLA_DUE_AT = "sla_due_at"
    UPDATED = "updated"
    VALUE_2 = "-created"
    VALUE_4 = "-updated"

    def __str__(self) -> str:
        return str(self.value)
