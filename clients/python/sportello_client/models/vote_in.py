from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VoteIn")


@_attrs_define
class VoteIn:
    """
    Attributes:
        helpful (bool): The answer to “Was this helpful?”
    """

    helpful: bool

    def to_dict(self) -> dict[str, Any]:
        helpful = self.helpful

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "helpful": helpful,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        helpful = d.pop("helpful")

        vote_in = cls(
            helpful=helpful,
        )

        return vote_in
