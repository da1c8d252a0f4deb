from enum import StrEnum


class MailKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    ASSIGNED = "assigned"
    CLOSURE = "closure"
    CUSTOMER_REPLY = "customer_reply"
    NEW_TICKET = "new_ticket"
    PENDING = "pending"
    REPLY = "reply"
    RESOLUTION = "resolution"
    SLA_BREACH = "sla_breach"
    SLA_WARNING = "sla_warning"

    def __str__(self) -> str:
        return str(self.value)
