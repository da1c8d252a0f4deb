from enum import StrEnum


class TicketType(StrEnum):
    INCIDENT = "incident"
    PROBLEM = "problem"
    QUESTION = "question"
    SERVICE_REQUEST = "service_request"

    def __str__(self) -> str:
        return str(self.value)
