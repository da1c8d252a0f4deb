from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action import Action
from ..models.metric import Metric
from ..models.priority import Priority
from ..models.trigger import Trigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationRuleWrite")


@_attrs_define
class EscalationRuleWrite:
    """
    Attributes:
        actions (list[Action]): Run in this order whatever order they are given in: reopen the ticket (bad-rating rules
            only), notify the assignee, notify the team's supervisor, raise the priority one step, reassign to the next tier
            (the lowest tier above the ticket's team; the oldest team of that tier).
        name (str):
        trigger (Trigger):
        active (bool | Unset):  Default: True.
        category_id (int | None | Unset): The ticket's category; null: any.
        metrics (list[Metric] | Unset): SLA metrics it reacts to; empty: any (bad-rating rules: empty).
        priorities (list[Priority] | Unset): Ticket priorities; empty: any.
        team_id (int | None | Unset): The ticket's team; null: any.
    """

    actions: list[Action]
    name: str
    trigger: Trigger
    active: bool | Unset = True
    category_id: int | None | Unset = UNSET
    metrics: list[Metric] | Unset = UNSET
    priorities: list[Priority] | Unset = UNSET
    team_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        name = self.name

        trigger = self.trigger.value

        active = self.active

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.value
                metrics.append(metrics_item)

        priorities: list[str] | Unset = UNSET
        if not isinstance(self.priorities, Unset):
            priorities = []
            for priorities_item_data in self.priorities:
                priorities_item = priorities_item_data.value
                priorities.append(priorities_item)

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "name": name,
                "trigger": trigger,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if priorities is not UNSET:
            field_dict["priorities"] = priorities
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = Action(actions_item_data)

            actions.append(actions_item)

        name = d.pop("name")

        trigger = Trigger(d.pop("trigger"))

        active = d.pop("active", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: list[Metric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = Metric(metrics_item_data)

                metrics.append(metrics_item)

        _priorities = d.pop("priorities", UNSET)
        priorities: list[Priority] | Unset = UNSET
        if _priorities is not UNSET:
            priorities = []
            for priorities_item_data in _priorities:
                priorities_item = Priority(priorities_item_data)

                priorities.append(priorities_item)

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        escalation_rule_write = cls(
            actions=actions,
            name=name,
            trigger=trigger,
            active=active,
            category_id=category_id,
            metrics=metrics,
            priorities=priorities,
            team_id=team_id,
        )

        return escalation_rule_write
