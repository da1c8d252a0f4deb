from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.metric import Metric
from ..models.priority import Priority
from ..models.trigger import Trigger

T = TypeVar("T", bound="EscalationRuleOut")


@_attrs_define
class EscalationRuleOut:
    """
    Attributes:
        actions (list[Action]):
        active (bool):
        category_id (int | None):
        created_at (datetime.datetime):
        id (int):
        metrics (list[Metric]):
        name (str):
        position (int): Rules run in ascending position.
        priorities (list[Priority]):
        team_id (int | None):
        trigger (Trigger):
        updated_at (datetime.datetime):
        version (int):
    """

    actions: list[Action]
    active: bool
    category_id: int | None
    created_at: datetime.datetime
    id: int
    metrics: list[Metric]
    name: str
    position: int
    priorities: list[Priority]
    team_id: int | None
    trigger: Trigger
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        active = self.active

        category_id: int | None
        category_id = self.category_id

        created_at = self.created_at.isoformat()

        id = self.id

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.value
            metrics.append(metrics_item)

        name = self.name

        position = self.position

        priorities = []
        for priorities_item_data in self.priorities:
            priorities_item = priorities_item_data.value
            priorities.append(priorities_item)

        team_id: int | None
        team_id = self.team_id

        trigger = self.trigger.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "active": active,
                "category_id": category_id,
                "created_at": created_at,
                "id": id,
                "metrics": metrics,
                "name": name,
                "position": position,
                "priorities": priorities,
                "team_id": team_id,
                "trigger": trigger,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = Action(actions_item_data)

            actions.append(actions_item)

        active = d.pop("active")

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = Metric(metrics_item_data)

            metrics.append(metrics_item)

        name = d.pop("name")

        position = d.pop("position")

        priorities = []
        _priorities = d.pop("priorities")
        for priorities_item_data in _priorities:
            priorities_item = Priority(priorities_item_data)

            priorities.append(priorities_item)

        def _parse_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_id = _parse_team_id(d.pop("team_id"))

        trigger = Trigger(d.pop("trigger"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        escalation_rule_out = cls(
            actions=actions,
            active=active,
            category_id=category_id,
            created_at=created_at,
            id=id,
            metrics=metrics,
            name=name,
            position=position,
            priorities=priorities,
            team_id=team_id,
            trigger=trigger,
            updated_at=updated_at,
            version=version,
        )

        escalation_rule_out.additional_properties = d
        return escalation_rule_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
