from enum import StrEnum


class MailIngestOutStatus(StrEnum):
    COMMENTED = "commented"
    IGNORED = "ignored"
    QUARANTINED = "quarantined"
    TICKET_CREATED = "ticket_created"

    def __str__(self) -> str:
        return str(self.value)
