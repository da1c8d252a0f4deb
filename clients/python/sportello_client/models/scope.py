from enum import StrEnum


class Scope(StrEnum):
    ACCOUNT = "account"
    ADMIN = "admin"
    DIRECTORYREAD = "directory:read"
    DIRECTORYWRITE = "directory:write"
    KBREAD = "kb:read"
    KBWRITE = "kb:write"
    REPORTSREAD = "reports:read"
    TICKETSREAD = "tickets:read"
    TICKETSWRITE = "tickets:write"

    def __str__(self) -> str:
        return str(self.value)
