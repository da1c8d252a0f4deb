from datetime import datetime
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from api.core.schemas import InputModel, Omittable
from api.escalation.rules import Action, Trigger
from api.sla.policy import Metric
from api.ticket.priority import Priority

T = TypeVar("T")


def _no_repeats(values: list[T]) -> list[T]:
    if len(set(values)) != len(values):
        raise ValueError("name each value once")
    return values


Metrics = Annotated[list[Metric], AfterValidator(_no_repeats)]
Priorities = Annotated[list[Priority], AfterValidator(_no_repeats)]
Actions = Annotated[list[Action], Field(min_length=1), AfterValidator(_no_repeats)]

_EXAMPLE: dict[str, Any] = {
    "name": "Urgent first reply breached",
    "trigger": "sla_breach",
    "metrics": ["first_reply"],
    "priorities": ["critical", "high"],
    "team_id": 1,
    "actions": ["notify_supervisor", "reassign_next_tier"],
}


class EscalationRuleWrite(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    name: str = Field(min_length=1, max_length=200)
    active: bool = True
    trigger: Trigger
    metrics: Metrics = Field(
        default=[], description="SLA metrics it reacts to; empty: any (bad-rating rules: empty)."
    )
    priorities: Priorities = Field(default=[], description="Ticket priorities; empty: any.")
    team_id: int | None = Field(default=None, description="The ticket's team; null: any.")
    category_id: int | None = Field(default=None, description="The ticket's category; null: any.")
    actions: Actions = Field(
        description="Run in this order whatever order they are given in: reopen the ticket "
        "(bad-rating rules only), notify the assignee, notify the team's supervisor, raise the "
        "priority one step, reassign to the next tier (the lowest tier above the ticket's team; "
        "the oldest team of that tier)."
    )


class EscalationRulePatch(InputModel):
    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    active: Omittable[bool] = None
    trigger: Omittable[Trigger] = None
    metrics: Omittable[Metrics] = None
    priorities: Omittable[Priorities] = None
    team_id: int | None = None
    category_id: int | None = None
    actions: Omittable[Actions] = None


class EscalationRuleOrder(InputModel):
    rule_ids: list[int] = Field(
        description="Every rule's id, once each, in the order they should run."
    )


class EscalationRuleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    position: int = Field(description="Rules run in ascending position.")
    active: bool
    trigger: Trigger
    metrics: list[Metric]
    priorities: list[Priority]
    team_id: int | None
    category_id: int | None
    actions: list[Action]
    created_at: datetime
    updated_at: datetime
    version: int
