from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

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

from api.core.pagination import Page
from api.core.schemas import InputModel, Omittable
from api.sla.schemas import TicketSlaState
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.priority import Level, Priority
from api.user.schemas import UserSummary

if TYPE_CHECKING:
    from api.ticket.briefs import TicketRow
    from api.ticket.models import Ticket

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
    requester_id: Omittable[int] = Field(
        default=None,
        description="Staff only: the ticket was opened for the wrong person. Its organization "
        "follows the new requester; so do department and location unless sent with it.",
    )
    department_id: int | None = Field(
        default=None, description="Staff only: a department of the requester's organization."
    )
    location_id: int | None = Field(
        default=None, description="Staff only: a location of the requester's organization."
    )

    @field_validator("subject")
    @classmethod
    def subject_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be blank")
        return value.strip() if value is not None else None


class _TicketFields(BaseModel):
    """What every reader of a ticket may see: the allow-list of the customer view.

    Left out for customers, field by field: tags (the team's labels), priority_overridden
    and priority_reason (the team's judgement), team_id and assignee_id (who works on it
    inside the support team). The priority itself stays: it is the service the requester
    gets, computed from the impact and urgency they gave.
    """

    number: int = Field(examples=[1042])
    reference: str = Field(examples=["HD-1042"], description="What customers quote.")
    subject: str
    description: str
    status: Status
    priority: Priority
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
    resolution: str | None
    closure_code: ClosureCode | None = Field(
        description="How the ticket ended: only `resolved` is a resolution."
    )
    closure_reason: str | None = Field(description="Why it was rejected or withdrawn.")
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    version: int
    merged_into: int | None = Field(
        default=None,
        description="A merged duplicate: the number of the ticket it continues in (null "
        "if you may not read that ticket).",
    )


class CustomerTicketOut(_TicketFields):
    """A ticket as its requester (and colleagues, where the organization shares) read it."""

    view: Literal["customer"] = Field(description="Which view of the ticket this is.")


class TicketOut(_TicketFields):
    """A ticket as the support team reads it: every field."""

    view: Literal["staff"] = Field(description="Which view of the ticket this is.")
    priority_overridden: bool
    priority_reason: str | None
    team_id: int | None
    assignee_id: int | None
    tags: list[str]
    sla: TicketSlaState | None = Field(
        description="The SLA as of the last change (null: no policy applies)."
    )


TicketView = Annotated[TicketOut | CustomerTicketOut, Field(discriminator="view")]
"""What any ticket route answers: `view` says which of the two the caller gets."""


class TicketPage(Page[TicketView]):
    """A page of tickets, each in the caller's view."""


class TicketBrief(BaseModel):
    """A ticket in a result list (search, a bulletin's incident): customer-view fields only."""

    number: int
    reference: str = Field(examples=["HD-1042"])
    subject: str
    status: Status
    priority: Priority
    category_id: int | None
    requester: UserSummary
    resolution: str | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None

    @classmethod
    def of(cls, ticket: "Ticket | TicketRow", prefix: str) -> "TicketBrief":
        return cls(
            number=ticket.number,
            reference=f"{prefix}{ticket.number}",
            subject=ticket.subject,
            status=ticket.status,
            priority=ticket.priority,
            category_id=ticket.category_id,
            requester=UserSummary.model_validate(ticket.requester),
            resolution=ticket.resolution,
            created_at=ticket.created_at,
            updated_at=ticket.updated_at,
            resolved_at=ticket.resolved_at,
        )


_SHARED_ATTRIBUTES = tuple(
    name
    for name in _TicketFields.model_fields
    if name not in ("reference", "requester", "merged_into")
)


def ticket_view(
    ticket: "Ticket", prefix: str, *, staff: bool, merged_into: int | None = None
) -> TicketOut | CustomerTicketOut:
    """The ticket in the reader's view: every field for the support team, the allow-list
    for anyone else (so a field added to the model reaches customers only when added here).
    `merged_into`: the survivor's number, given only if the reader may read it."""
    shared = {name: getattr(ticket, name) for name in _SHARED_ATTRIBUTES}
    shared |= {
        "reference": f"{prefix}{ticket.number}",
        "requester": UserSummary.model_validate(ticket.requester),
        "merged_into": merged_into,
    }
    if not staff:
        return CustomerTicketOut(view="customer", **shared)
    return TicketOut(
        view="staff",
        **shared,
        priority_overridden=ticket.priority_overridden,
        priority_reason=ticket.priority_reason,
        team_id=ticket.team_id,
        assignee_id=ticket.assignee_id,
        tags=ticket.tags,
        sla=None
        if ticket.sla_policy_id is None
        else TicketSlaState(
            policy_id=ticket.sla_policy_id,
            policy_version=ticket.sla_policy_version,
            due_at=ticket.sla_due_at,
            breached=ticket.sla_breached,
            paused=ticket.sla_paused,
        ),
    )


class TicketEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str = Field(examples=["status_changed"])
    field: str | None = Field(examples=["status"])
    from_value: str | None = Field(examples=["open"])
    to_value: str | None = Field(examples=["in_progress"])
    public: bool = Field(
        validation_alias="requester_sees",
        description="Whether the requester sees this event now: a change that is theirs to "
        "know, naming no article or bulletin that customers may not read (decided when read).",
    )
    actor_id: int | None
    actor_role: str | None
    channel: str | None
    note: str | None
    data: dict[str, Any] | None
    created_at: datetime
