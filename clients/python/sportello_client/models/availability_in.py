from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AvailabilityIn")


@_attrs_define
class AvailabilityIn:
    """
    Attributes:
        available (bool):
    """

    available: bool

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        availability_in = cls(
            available=available,
        )

        return availability_in
