from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity import Activity

T = TypeVar("T", bound="PresenceIn")


@_attrs_define
class PresenceIn:
    """
    Attributes:
        activity (Activity):
    """

    activity: Activity

    def to_dict(self) -> dict[str, Any]:
        activity = self.activity.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "activity": activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = Activity(d.pop("activity"))

        presence_in = cls(
            activity=activity,
        )

        return presence_in
