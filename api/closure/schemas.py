from pydantic import BaseModel, Field

from api.core.schemas import InputModel
from api.link.schemas import LinkedTicket
from api.ticket.lifecycle import ClosureCode
from api.ticket.schemas import TicketView


class TicketClose(InputModel):
    """Close an open ticket with a code. Customers may only withdraw their own request."""

    code: ClosureCode
    note: str | None = Field(
        default=None,
        min_length=1,
        max_length=20_000,
        description="The resolution (required to resolve), the reason (required to reject), "
        "or a word to the requester (optional when withdrawing or merging).",
    )
    duplicate_of: int | None = Field(
        default=None, ge=1, description="With `duplicate`: the number of the surviving ticket."
    )
    force: bool = Field(
        default=False, description="Resolve a parent while children are open (needs a reason)."
    )
    force_reason: str | None = Field(default=None, min_length=1, max_length=2000)
    resolve_incidents: bool = Field(
        default=False,
        description="With `resolved` on a problem: resolve its open incidents with the note.",
    )


class MergeRequest(InputModel):
    into: int = Field(ge=1, description="The number of the surviving ticket.")
    note: str | None = Field(default=None, min_length=1, max_length=20_000)


class MergeMoves(BaseModel):
    """What a merge moves from the duplicate to the surviving ticket."""

    comments: int
    attachments: int
    watchers: int


class MergePreview(MergeMoves):
    into: LinkedTicket


class ClosureResult(BaseModel):
    ticket: TicketView
    resolved_incidents: list[int] = Field(
        default_factory=list, description="Numbers of the incidents resolved with the problem."
    )
    moved: MergeMoves | None = Field(default=None, description="For a merge: what moved.")
