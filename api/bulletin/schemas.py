from datetime import datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.bulletin.models import Audience
from api.core.schemas import InputModel, Instant, Omittable

TicketNumber = Annotated[int, Field(ge=1, le=2**31 - 1)]


class BulletinCreate(InputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Email outage",
                    "message": "Email is down for everyone; we are on it. No need to call.",
                    "service": "Email",
                    "audience": "everyone",
                    "starts_at": "2026-11-24T08:00:00Z",
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    message: str = Field(min_length=1, max_length=20_000, description="Markdown.")
    category_id: int | None = Field(default=None, description="The affected category.")
    service: str | None = Field(default=None, max_length=200, description="Or service.")
    audience: Audience = Audience.agents
    starts_at: Instant | None = Field(default=None, description="Defaults to now.")
    ends_at: Instant | None = Field(default=None, description="Open-ended when null.")

    @model_validator(mode="after")
    def window_in_order(self) -> Self:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        if not self.title.strip():
            raise ValueError("title must not be blank")
        return self


class BulletinUpdate(InputModel):
    title: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    message: Omittable[str] = Field(default=None, min_length=1, max_length=20_000)
    category_id: int | None = None
    service: str | None = Field(default=None, max_length=200)
    audience: Omittable[Audience] = None
    starts_at: Omittable[Instant] = None
    ends_at: Instant | None = None


class BulletinOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    message: str
    message_html: str = Field(description="The message rendered and sanitised.")
    category_id: int | None
    service: str | None
    audience: Audience
    starts_at: datetime
    ends_at: datetime | None
    active: bool
    created_by_id: int
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    linked_ticket_count: int | None = Field(description="Support team only.")
    following: bool = Field(description="Whether the caller follows the bulletin.")
    version: int


class BulletinFollow(InputModel):
    """Follow a known outage instead of filing a duplicate request."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"query": "cannot send email"}]})

    query: str | None = Field(
        default=None, max_length=500, description="What the customer was about to file."
    )


class BulletinTicketsLink(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"numbers": [1042, 1043]}]})

    numbers: list[TicketNumber] = Field(min_length=1, max_length=100)


class BulletinLinkResult(BaseModel):
    bulletin_id: int
    linked: list[int]
    already_linked: list[int]


class BulletinResolve(InputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"resolution": "The mail server is back; mail queued meanwhile arrived."}]
        }
    )

    resolution: str = Field(
        min_length=1,
        max_length=20_000,
        description="Sent to every requester as a public reply and as their ticket's resolution.",
    )


class BulletinResolution(BaseModel):
    bulletin: BulletinOut
    resolved_tickets: list[int] = Field(description="Numbers of the tickets resolved now.")
    untouched_tickets: list[int] = Field(description="Linked tickets already resolved or closed.")
