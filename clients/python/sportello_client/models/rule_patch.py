from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_actions import RuleActions
    from ..models.rule_conditions import RuleConditions


T = TypeVar("T", bound="RulePatch")


@_attrs_define
class RulePatch:
    """
    Attributes:
        actions (RuleActions | Unset):
        conditions (RuleConditions | Unset): All given conditions must hold; within one, any listed value matches.
            Empty: any.
        enabled (bool | Unset):
        name (str | Unset):
    """

    actions: RuleActions | Unset = UNSET
    conditions: RuleConditions | Unset = UNSET
    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        enabled = self.enabled

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_actions import RuleActions  # noqa: PLC0415
        from ..models.rule_conditions import RuleConditions  # noqa: PLC0415

        d = dict(src_dict)
        _actions = d.pop("actions", UNSET)
        actions: RuleActions | Unset
        if isinstance(_actions, Unset):
            actions = UNSET
        else:
            actions = RuleActions.from_dict(_actions)

        _conditions = d.pop("conditions", UNSET)
        conditions: RuleConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = RuleConditions.from_dict(_conditions)

        enabled = d.pop("enabled", UNSET)

        name = d.pop("name", UNSET)

        rule_patch = cls(
            actions=actions,
            conditions=conditions,
            enabled=enabled,
            name=name,
        )

        return rule_patch
