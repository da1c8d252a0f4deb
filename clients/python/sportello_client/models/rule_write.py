from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_actions import RuleActions
    from ..models.rule_conditions import RuleConditions


T = TypeVar("T", bound="RuleWrite")


@_attrs_define
class RuleWrite:
    """
    Attributes:
        actions (RuleActions):
        name (str):
        conditions (RuleConditions | Unset): All given conditions must hold; within one, any listed value matches.
            Empty: any.
        enabled (bool | Unset):  Default: True.
    """

    actions: RuleActions
    name: str
    conditions: RuleConditions | Unset = UNSET
    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions.to_dict()

        name = self.name

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "name": name,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_actions import RuleActions  # noqa: PLC0415
        from ..models.rule_conditions import RuleConditions  # noqa: PLC0415

        d = dict(src_dict)
        actions = RuleActions.from_dict(d.pop("actions"))

        name = d.pop("name")

        _conditions = d.pop("conditions", UNSET)
        conditions: RuleConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = RuleConditions.from_dict(_conditions)

        enabled = d.pop("enabled", UNSET)

        rule_write = cls(
            actions=actions,
            name=name,
            conditions=conditions,
            enabled=enabled,
        )

        return rule_write
