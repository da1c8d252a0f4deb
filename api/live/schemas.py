from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.live.rules import Activity


class PresenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    activity: Activity = Field(description="What you are doing on the ticket now.")


class PresenceOut(BaseModel):
    user_id: int
    name: str
    activity: Activity
    since: datetime = Field(description="Since when they have been doing this.")
    seen_at: datetime = Field(description="Their last heartbeat.")


class StreamTicketOut(BaseModel):
    ticket: str = Field(
        description="Pass as `ticket` to `GET /events/stream` (an EventSource cannot send "
        "headers). Good for a minute, for the session it was made with."
    )
    expires_at: datetime
