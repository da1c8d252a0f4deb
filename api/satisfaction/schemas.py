from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.core.schemas import InputModel
from api.satisfaction.rules import COMMENT_MAX, HIGHEST, LOWEST, SurveyChannel
from api.ticket.lifecycle import Status

_RATING_DESCRIPTION = "1 (very unhappy) to 5 (very happy); 1 and 2 count as a bad rating."


class SatisfactionIn(InputModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"rating": 5, "comment": "Quick and friendly, thanks!"}]}
    )

    rating: int = Field(ge=LOWEST, le=HIGHEST, description=_RATING_DESCRIPTION)
    comment: str | None = Field(
        default=None,
        max_length=COMMENT_MAX,
        description="Optional; an empty or missing comment clears the one given before.",
    )


class SatisfactionOut(BaseModel):
    """A ticket's survey as the caller may see it. All null when none was offered or answered;
    the comment is shown to its author and the support team only."""

    rating: int | None = Field(description=_RATING_DESCRIPTION)
    comment: str | None
    channel: SurveyChannel | None = Field(description="Where the answer came from.")
    offered_at: datetime | None = Field(description="When the ticket's resolution offered it.")
    answered_at: datetime | None = Field(description="The first answer.")
    updated_at: datetime | None = Field(description="The last change of the answer.")
    can_rate: bool = Field(description="Whether the caller may answer, or change the answer, now.")


class SatisfactionLinkOut(BaseModel):
    """What an email link's landing page shows: the ticket it rates and the current answer."""

    ticket_number: int
    subject: str
    status: Status
    rating: int | None = Field(description=_RATING_DESCRIPTION)
    comment: str | None
    can_rate: bool = Field(description="False once the ticket is closed.")
