from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_actions import RuleActions
    from ..models.rule_conditions import RuleConditions


T = TypeVar("T", bound="RuleOut")


@_attrs_define
class RuleOut:
    """
    Attributes:
        actions (RuleActions):
        conditions (RuleConditions): All given conditions must hold; within one, any listed value matches. Empty: any.
        created_at (datetime.datetime):
        enabled (bool):
        id (int):
        name (str):
        position (int): Rules are tried in this order; the first match wins.
        updated_at (datetime.datetime):
    """

    actions: RuleActions
    conditions: RuleConditions
    created_at: datetime.datetime
    enabled: bool
    id: int
    name: str
    position: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions.to_dict()

        conditions = self.conditions.to_dict()

        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        name = self.name

        position = self.position

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "conditions": conditions,
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "name": name,
                "position": position,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_actions import RuleActions  # noqa: PLC0415
        from ..models.rule_conditions import RuleConditions  # noqa: PLC0415

        d = dict(src_dict)
        actions = RuleActions.from_dict(d.pop("actions"))

        conditions = RuleConditions.from_dict(d.pop("conditions"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        enabled = d.pop("enabled")

        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rule_out = cls(
            actions=actions,
            conditions=conditions,
            created_at=created_at,
            enabled=enabled,
            id=id,
            name=name,
            position=position,
            updated_at=updated_at,
        )

        rule_out.additional_properties = d
        return rule_out

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
