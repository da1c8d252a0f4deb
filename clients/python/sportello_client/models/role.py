from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    AGENT = "agent"
    CUSTOMER = "customer"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
