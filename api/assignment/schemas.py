from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.assignment.models import Direction
from api.core.schemas import InputModel, Omittable
from api.ticket.schemas import Tags


class AssignmentIn(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"team_id": 1, "agent_id": 7}]})

    team_id: int | None = Field(
        default=None, description="Defaults to the ticket's current team (e.g. to take it)."
    )
    agent_id: int | None = Field(default=None, description="Must be a member of the team.")


class AssignmentOut(BaseModel):
    team_id: int | None
    agent_id: int | None
    status: str


class EscalationIn(InputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"team_id": 2, "reason": "Switch port fault; needs the network team."}]
        },
    )

    team_id: int
    reason: str = Field(min_length=1, max_length=5000)
    agent_id: int | None = None


class EscalationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    from_team_id: int | None
    to_team_id: int | None
    direction: Direction
    reason: str
    actor_id: int
    created_at: datetime


class AgentProfileOut(BaseModel):
    agent_id: int
    name: str
    available: bool = Field(description="Away agents get no new tickets from automatic routing.")
    skills: list[str]


class AvailabilityIn(InputModel):
    available: bool


class AgentProfilePatch(InputModel):
    available: Omittable[bool] = None
    skills: Omittable[Tags] = None
