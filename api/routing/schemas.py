from datetime import datetime
from typing import Annotated

from annotated_types import Len
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.core.schemas import InputModel, Omittable
from api.ticket.kinds import Channel, TicketType
from api.ticket.priority import Priority
from api.ticket.schemas import Tags

Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Ids = Annotated[list[int], Len(max_length=100)]


class RuleConditions(InputModel):
    """All given conditions must hold; within one, any listed value matches. Empty: any."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"channels": ["email"], "words": ["vpn", "wifi"]}]}
    )

    channels: list[Channel] = Field(default_factory=list)
    types: list[TicketType] = Field(default_factory=list)
    priorities: list[Priority] = Field(default_factory=list)
    category_ids: Ids = Field(
        default_factory=list, description="A category covers its subcategories."
    )
    organization_ids: Ids = Field(default_factory=list)
    words: Annotated[list[Word], Len(max_length=50)] = Field(
        default_factory=list, description="Whole words, in the subject or the description."
    )
    tags: Tags = Field(default_factory=list)


class RuleActions(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"team_id": 2, "tags": ["network"]}]})

    team_id: int | None = None
    assignee_id: int | None = Field(default=None, description="Must be a member of the team.")
    priority: Priority | None = Field(
        default=None, description="Overrides the matrix; the reason given names the rule."
    )
    tags: Tags = Field(default_factory=list, description="Added to the ticket's tags.")


class RuleOut(BaseModel):
    id: int
    name: str
    position: int = Field(description="Rules are tried in this order; the first match wins.")
    enabled: bool
    conditions: RuleConditions
    actions: RuleActions
    created_at: datetime
    updated_at: datetime


class RuleWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    enabled: bool = True
    conditions: RuleConditions = Field(default_factory=RuleConditions)
    actions: RuleActions


class RulePatch(InputModel):
    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    enabled: Omittable[bool] = None
    conditions: Omittable[RuleConditions] = None
    actions: Omittable[RuleActions] = None


class RuleOrder(InputModel):
    rule_ids: list[int] = Field(description="Every rule's id, in the order to try them.")


class CategoryRoutingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    category_id: int
    default_team_id: int | None
    required_skills: list[str]


class CategoryRoutingWrite(InputModel):
    default_team_id: int | None = Field(
        default=None, description="Used when no routing rule names a team."
    )
    required_skills: Tags = Field(
        default_factory=list,
        description="A team assigning by skills picks only agents having all of them.",
    )
