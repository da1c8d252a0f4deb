from pydantic import BaseModel, Field

from api.core.schemas import InputModel
from api.link.rules import Relation
from api.ticket.kinds import TicketType
from api.ticket.lifecycle import ClosureCode, Status


class LinkCreate(InputModel):
    relation: Relation = Field(
        description="What the other ticket is to this one: parent, child, related, problem "
        "(this is one of its incidents) or incident. Duplicates are linked by merging."
    )
    number: int = Field(ge=1, description="The other ticket's number.")


class LinkedTicket(BaseModel):
    number: int
    reference: str = Field(examples=["HD-1042"])
    subject: str
    type: TicketType
    status: Status
    closure_code: ClosureCode | None


class LinkOut(BaseModel):
    id: int
    relation: Relation
    ticket: LinkedTicket
