from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RuleOrder")


@_attrs_define
class RuleOrder:
    """
    Attributes:
        rule_ids (list[int]): Every rule's id, in the order to try them.
    """

    rule_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        rule_ids = self.rule_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule_ids": rule_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_ids = cast(list[int], d.pop("rule_ids"))

        rule_order = cls(
            rule_ids=rule_ids,
        )

        return rule_order
