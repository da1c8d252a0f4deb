from enum import StrEnum


class Channel(StrEnum):
    web = "web"
    email = "email"
    phone = "phone"
    walk_in = "walk_in"
    api = "api"


class TicketType(StrEnum):
    incident = "incident"
    service_request = "service_request"
    question = "question"
    problem = "problem"
