from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PolicyOrder")


@_attrs_define
class PolicyOrder:
    """
    Attributes:
        policy_ids (list[int]): Every active policy, first match first.
    """

    policy_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        policy_ids = self.policy_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policy_ids": policy_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_ids = cast(list[int], d.pop("policy_ids"))

        policy_order = cls(
            policy_ids=policy_ids,
        )

        return policy_order
