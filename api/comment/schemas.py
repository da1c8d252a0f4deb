from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.core.schemas import InputModel
from api.ticket.kinds import Channel
from api.user.roles import Role


class CommentCreate(InputModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"body": "Could you restart and try again?"}]},
    )

    body: str = Field(min_length=1, max_length=100_000, description="Markdown.")
    internal: bool = Field(
        default=False, description="Staff only: an internal note the customer never sees."
    )


class CommentEmail(BaseModel):
    """How a comment that came by email arrived."""

    sender: str | None = Field(
        description="The From address (customers see only their own; null otherwise)."
    )


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    author_id: int
    author_role: Role
    body: str
    internal: bool
    channel: Channel
    created_at: datetime
    email: CommentEmail | None = Field(
        default=None, description="Set on comments taken in from an email."
    )
