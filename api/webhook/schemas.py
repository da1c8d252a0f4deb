import json
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from api.core.schemas import InputModel, Omittable
from api.webhook.addresses import MAX_URL_LENGTH
from api.webhook.kinds import DeliveryStatus, WebhookEventType
from api.webhook.models import WebhookAttempt, WebhookDelivery


def _no_repeats(values: list[WebhookEventType]) -> list[WebhookEventType]:
    if len(set(values)) != len(values):
        raise ValueError("name each event type once")
    return values


EventTypes = Annotated[list[WebhookEventType], Field(min_length=1), AfterValidator(_no_repeats)]
Url = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_URL_LENGTH,
        description="An http(s) URL without credentials; private, loopback and link-local "
        "addresses are refused unless the install allows them.",
        examples=["https://hooks.example.com/sportello"],
    ),
]


class WebhookCreate(InputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://hooks.example.com/sportello",
                    "description": "Chat notifications",
                    "event_types": ["ticket.created", "ticket.commented"],
                }
            ]
        }
    )

    url: Url
    description: str = Field(default="", max_length=200)
    event_types: EventTypes


class WebhookPatch(InputModel):
    url: Omittable[Url] = None
    description: Omittable[str] = Field(default=None, max_length=200)
    event_types: Omittable[EventTypes] = None
    active: Omittable[bool] = Field(
        default=None,
        description="false turns the webhook off; true turns it back on (after it was "
        "disabled for failing) and clears its failure streak.",
    )


class WebhookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    description: str
    event_types: list[WebhookEventType]
    active: bool
    disabled_reason: str | None = Field(description="Why it is off, if it is.")
    disabled_at: datetime | None
    consecutive_failures: int = Field(description="Failed attempts in a row, any delivery.")
    failing_since: datetime | None = Field(description="When the current failure streak began.")
    created_at: datetime
    updated_at: datetime
    version: int


class WebhookWithSecret(WebhookOut):
    secret: str = Field(
        description="Signs every delivery (README, Webhooks). Shown only now: keep it; "
        "rotate it to get a new one."
    )


class AttemptOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    started_at: datetime
    finished_at: datetime | None
    status_code: int | None
    error: str | None
    duration_ms: int | None
    response_body: str | None = Field(description="The start of the receiver's answer.")

    @classmethod
    def of(cls, attempt: WebhookAttempt) -> "AttemptOut":
        return cls.model_validate(attempt)


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    event_id: str = Field(description="Sent in the payload's `id`: receivers de-duplicate by it.")
    event_type: str = Field(examples=["ticket.commented"])
    ticket_id: int | None
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    last_duration_ms: int | None
    created_at: datetime
    delivered_at: datetime | None


class DeliveryDetail(DeliveryOut):
    payload: dict[str, Any] = Field(description="The JSON sent, exactly as signed.")
    attempt_log: list[AttemptOut]

    @classmethod
    def of(cls, delivery: WebhookDelivery, attempts: list[WebhookAttempt]) -> "DeliveryDetail":
        base = DeliveryOut.model_validate(delivery).model_dump()
        return cls(
            **base,
            payload=json.loads(delivery.body),
            attempt_log=[AttemptOut.of(a) for a in attempts],
        )
