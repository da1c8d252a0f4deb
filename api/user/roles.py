from enum import StrEnum


class Role(StrEnum):
    customer = "customer"
    agent = "agent"
    supervisor = "supervisor"
    admin = "admin"

    @property
    def is_staff(self) -> bool:
        return self is not Role.customer
