from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.assignment.strategies import Strategy
from api.core.schemas import InputModel, Omittable


class TeamOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str = Field(examples=["Service Desk"])
    description: str | None
    tier: int = Field(description="1 is the first line; higher tiers are more specialised.")
    supervisor_id: int | None = Field(
        description="The supervisor or administrator escalation rules notify for this team."
    )
    member_ids: list[int]
    assignment_strategy: Strategy = Field(
        description="How a ticket routed here without an assignee gets one; manual: it waits."
    )
    created_at: datetime


class TeamWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=1000)
    tier: int = Field(default=1, ge=1, le=5)
    assignment_strategy: Strategy = Strategy.manual
    supervisor_id: int | None = None


class TeamPatch(InputModel):
    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=1000)
    tier: Omittable[int] = Field(default=None, ge=1, le=5)
    assignment_strategy: Omittable[Strategy] = None
    supervisor_id: int | None = None
