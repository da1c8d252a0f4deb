"""The wire shapes of SLA calendars, policies and a ticket's SLA report."""

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, Field

from api.core.schemas import InputModel
from api.sla.policy import Metric
from api.sla.report import Cause, SlaStatus, StopReason
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import Status
from api.ticket.priority import Priority

HoursText = Annotated[str, Field(max_length=11, examples=["09:00-18:00"])]


def _date_text(value: object) -> object:
    # Pydantic alone reads a number as seconds since 1970.
    if not isinstance(value, str | date):
        raise ValueError("must be a date such as 2026-12-08")
    return value


LocalDate = Annotated[date, BeforeValidator(_date_text)]
DayHours = Annotated[list[HoursText], Field(max_length=12)]


class DateOverride(InputModel):
    date: LocalDate
    hours: DayHours = Field(description="The open hours of that date; empty closes it.")


class CalendarWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    zone: str = Field(max_length=64, examples=["Europe/Rome"], description="An IANA time zone.")
    week: list[DayHours] = Field(
        min_length=7,
        max_length=7,
        description="Seven days, Monday first, each a list of open intervals.",
        examples=[[["09:00-18:00"]] * 5 + [[], []]],
    )
    holidays: list[LocalDate] = Field(default_factory=list, max_length=400)
    overrides: list[DateOverride] = Field(default_factory=list, max_length=400)


class CalendarOut(BaseModel):
    id: int
    version: int
    current_version: int
    active: bool
    name: str
    zone: str
    week: list[list[str]]
    holidays: list[date]
    overrides: list[DateOverride]
    created_at: datetime


MAX_TARGET_SECONDS = 366 * 24 * 3600
Targets = dict[
    Priority, dict[Metric, Annotated[int, Field(le=MAX_TARGET_SECONDS, description="Seconds.")]]
]


class PolicyConditions(InputModel):
    """Which tickets the policy is for; an empty list matches anything."""

    types: list[TicketType] = Field(default_factory=list, max_length=10)
    category_ids: list[int] = Field(default_factory=list, max_length=200)
    organization_ids: list[int] = Field(default_factory=list, max_length=200)
    channels: list[Channel] = Field(default_factory=list, max_length=10)


class PolicyWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    calendar_id: int | None = Field(
        default=None, description="None: wall-clock time. The calendar's current version is used."
    )
    targets: Targets = Field(
        description="Seconds per priority and metric; a missing entry means no target.",
        examples=[{"high": {"first_reply": 14400, "resolution": 57600}}],
    )
    pausing: dict[Metric, list[Status]] = Field(
        default_factory=dict,
        description="Statuses that pause each metric; a metric left out keeps the default "
        "(periodic update and resolution pause while pending).",
    )
    conditions: PolicyConditions = Field(default_factory=PolicyConditions)
    warning_percent: int = Field(
        default=80, ge=1, le=99, description="Warn when this share of a target has elapsed."
    )


class PolicyOut(BaseModel):
    id: int
    version: int
    current_version: int
    active: bool
    position: int
    name: str
    calendar_id: int | None
    calendar_version: int | None
    targets: Targets
    pausing: dict[Metric, list[Status]]
    conditions: PolicyConditions
    warning_percent: int
    created_at: datetime


class PolicyOrder(InputModel):
    policy_ids: list[int] = Field(
        min_length=1, max_length=500, description="Every active policy, first match first."
    )


class TicketSlaState(BaseModel):
    """A ticket's SLA in a queue: as of its last change, plus `now` for breached."""

    policy_id: int | None
    policy_version: int | None
    due_at: datetime | None = Field(
        description="The earliest deadline of a running clock (past once overdue)."
    )
    breached: bool = Field(
        description="A clock has breached (as of the last change or scan); a `due_at` in the "
        "past means overdue since."
    )
    paused: bool = Field(description="Every clock with a target is paused.")


class PausedOut(BaseModel):
    start_at: datetime
    end_at: datetime | None
    status: Status


class MetricInstanceOut(BaseModel):
    metric: Metric
    n: int
    status: SlaStatus
    target_seconds: int | None
    elapsed_seconds: int
    remaining_seconds: int | None
    started_at: datetime | None
    stopped_at: datetime | None
    stop_reason: StopReason | None
    due_at: datetime | None = Field(description="The breach, or its projection if running.")
    paused: list[PausedOut]


class SlaChangeOut(BaseModel):
    """Why a target moved (or a clock was cancelled or resumed), for a sentence in the UI."""

    at: datetime
    cause: Cause | None
    metric: Metric | None
    n: int | None
    value: str | None = Field(description="The new priority, or the policy as `id:version`.")
    from_target_seconds: int | None
    to_target_seconds: int | None
    breached: bool = Field(description="The move put the clock past its target at once.")
    text: str


class SlaPolicyRefOut(BaseModel):
    id: int
    version: int
    name: str
    calendar_id: int | None
    calendar_version: int | None
    calendar_name: str | None
    zone: str | None


class TicketSlaReport(BaseModel):
    now: datetime
    policy: SlaPolicyRefOut | None
    next_due_at: datetime | None
    instances: list[MetricInstanceOut]
    changes: list[SlaChangeOut]
