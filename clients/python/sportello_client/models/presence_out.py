from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity import Activity

T = TypeVar("T", bound="PresenceOut")


@_attrs_define
class PresenceOut:
    """
    Attributes:
        activity (Activity):
        name (str):
        seen_at (datetime.datetime): Their last heartbeat.
        since (datetime.datetime): Since when they have been doing this.
        user_id (int):
    """

    activity: Activity
    name: str
    seen_at: datetime.datetime
    since: datetime.datetime
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = self.activity.value

        name = self.name

        seen_at = self.seen_at.isoformat()

        since = self.since.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
                "name": name,
                "seen_at": seen_at,
                "since": since,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = Activity(d.pop("activity"))

        name = d.pop("name")

        seen_at = datetime.datetime.fromisoformat(d.pop("seen_at"))

        since = datetime.datetime.fromisoformat(d.pop("since"))

        user_id = d.pop("user_id")

        presence_out = cls(
            activity=activity,
            name=name,
            seen_at=seen_at,
            since=since,
            user_id=user_id,
        )

        presence_out.additional_properties = d
        return presence_out

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
