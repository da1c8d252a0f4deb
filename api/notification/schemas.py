from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.core.pagination import Page
from api.mail.kinds import Language, MailKind
from api.notification.kinds import NotificationKind
from api.notification.models import Notification


class NotificationOut(BaseModel):
    id: int
    kind: NotificationKind
    ticket_number: int | None = Field(description="The ticket it is about, to link to.")
    ticket_subject: str | None
    data: dict[str, Any] = Field(
        description="The facts to word it: for `assigned` the `actor_id` and `team_id`; for "
        "`escalation_rule` the `rule_id`, `rule_name`, `trigger` and `metric`; for `new_ticket` "
        "the `team_id`; for `customer_reply` the `comment_id`."
    )
    created_at: datetime
    read_at: datetime | None

    @classmethod
    def of(cls, notification: Notification) -> "NotificationOut":
        ticket = notification.ticket
        return cls(
            id=notification.id,
            kind=NotificationKind(notification.kind),
            ticket_number=ticket.number if ticket else None,
            ticket_subject=ticket.subject if ticket else None,
            data=notification.data,
            created_at=notification.created_at,
            read_at=notification.read_at,
        )


class NotificationPage(Page[NotificationOut]):
    unread_count: int = Field(description="All of your unread notifications, not this page's.")


class MarkedRead(BaseModel):
    marked: int = Field(description="How many notifications were unread and now are read.")


class EmailChoice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: MailKind
    email: bool = Field(description="Whether this kind of mail is sent to you.")


class NotificationPreferencesOut(BaseModel):
    language: Language = Field(description="The language of the mail you receive.")
    email: list[EmailChoice] = Field(description="Every kind of mail you may receive.")
    in_app_always: bool = Field(
        description="Staff always get in-app notifications, whatever they choose for email."
    )


class NotificationPreferencesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language
    email: list[EmailChoice] = Field(
        default_factory=list, max_length=20, description="Kinds not named stay on."
    )
