from pydantic import BaseModel, ConfigDict, Field

from api.mail.links import ResolutionAnswer
from api.ticket.lifecycle import Status

EMAIL_PATTERN = r"^[^@\s]{1,64}@[^@\s]{1,255}$"


class MailTestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to: str | None = Field(
        default=None,
        max_length=320,
        pattern=EMAIL_PATTERN,
        description="Where to send the test message; yours if omitted.",
    )


class MailTestOut(BaseModel):
    delivered: bool = Field(description="Whether the SMTP server accepted the message.")
    to: str
    detail: str = Field(description="The server's refusal or the connection error, if any.")


class ResolutionLinkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=1, max_length=500)


class ResolutionAnswerIn(ResolutionLinkIn):
    action: ResolutionAnswer


class ResolutionLinkOut(BaseModel):
    reference: str = Field(examples=["HD-1042"])
    number: int
    subject: str
    status: Status
    actionable: bool = Field(
        description="Whether the resolution the link answers still stands (else it was "
        "already confirmed, reopened or resolved again)."
    )
