from datetime import datetime
from typing import Annotated, Any

from annotated_types import Len
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from api.core.schemas import InputModel, Omittable
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import Status
from api.ticket.priority import Level, Priority
from api.user.schemas import UserSummary

TAG_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,49}$"


def _normalise_tag(value: object) -> object:
    # Before the pattern check, so that " VPN " is stored as "vpn" rather than refused.
    return value.strip().lower() if isinstance(value, str) else value


Tag = Annotated[str, StringConstraints(pattern=TAG_PATTERN), BeforeValidator(_normalise_tag)]
Tags = Annotated[list[Tag], AfterValidator(lambda tags: sorted(set(tags))), Len(max_length=20)]

MAX_DETAILS_DEPTH = 20


def _not_too_deep(details: dict[str, Any]) -> dict[str, Any]:
    """Refuse absurd nesting: a 422 rather than a 500 when the body is serialized."""
    stack: list[tuple[Any, int]] = [(details, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DETAILS_DEPTH:
            raise ValueError(f"must not be nested more than {MAX_DETAILS_DEPTH} levels deep")
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return details


Details = Annotated[dict[str, Any], AfterValidator(_not_too_deep)]


class TicketCreate(InputModel):
    """Customers may send subject, description, type, category_id, details, impact, urgency."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "subject": "Laptop does not boot after update",
                    "description": "Since this morning's update the screen stays black.",
                    "type": "incident",
                    "category_id": 2,
                    "details": {"operating_system": "Windows 11", "memory_gb": 16},
                    "impact": "medium",
                    "urgency": "high",
                }
            ]
        },
    )

    subject: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=100_000, description="Markdown.")
    type: TicketType = TicketType.incident
    category_id: int | None = None
    details: Details = Field(default_factory=dict)
    impact: Level = Level.medium
    urgency: Level = Level.medium
    requester_id: int | None = Field(
        default=None, description="Staff only: open on behalf of this customer."
    )
    channel: Channel | None = Field(default=None, description="Staff only; defaults by token.")
    tags: Tags | None = None
    priority: Priority | None = Field(
        default=None, description="Staff only: override the matrix (needs priority_reason)."
    )
    priority_reason: str | None = Field(default=None, min_length=1, max_length=1000)
    department_id: int | None = None
    location_id: int | None = None

    @field_validator("subject")
    @classmethod
    def subject_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


class TicketUpdate(InputModel):
    """Customers may send only `status` (closed to confirm, open to reopen a resolved ticket)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"status": "resolved", "resolution": "Reinstalled the display driver."}]
        },
    )

    subject: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    description: Omittable[str] = Field(default=None, max_length=100_000)
    type: Omittable[TicketType] = None
    category_id: int | None = None
    details: Details | None = None
    impact: Omittable[Level] = None
    urgency: Omittable[Level] = None
    priority: Priority | None = None
    priority_reason: str | None = Field(default=None, min_length=1, max_length=1000)
    status: Omittable[Status] = None
    resolution: str | None = Field(default=None, min_length=1, max_length=20_000)
    tags: Tags | None = None

    @field_validator("subject")
    @classmethod
    def subject_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be blank")
        return value.strip() if value is not None else None


class TicketOut(BaseModel):
    number: int = Field(examples=[1042])
    reference: str = Field(examples=["HD-1042"], description="What customers quote.")
    subject: str
    description: str
    status: Status
    priority: Priority
    priority_overridden: bool
    priority_reason: str | None
    impact: Level
    urgency: Level
    type: TicketType
    channel: Channel
    category_id: int | None
    details: dict[str, Any]
    requester: UserSummary
    organization_id: int | None
    department_id: int | None
    location_id: int | None
    team_id: int | None
    assignee_id: int | None
    tags: list[str]
    resolution: str | None
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    version: int


class TicketEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str = Field(examples=["status_changed"])
    field: str | None = Field(examples=["status"])
    from_value: str | None = Field(examples=["open"])
    to_value: str | None = Field(examples=["in_progress"])
    public: bool
    actor_id: int | None
    actor_role: str | None
    channel: str | None
    note: str | None
    data: dict[str, Any] | None
    created_at: datetime
