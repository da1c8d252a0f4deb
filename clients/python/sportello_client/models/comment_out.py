from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.role import Role

T = TypeVar("T", bound="CommentOut")


@_attrs_define
class CommentOut:
    """
    Attributes:
        author_id (int):
        author_role (Role):
        body (str):
        channel (Channel):
        created_at (datetime.datetime):
        id (int):
        internal (bool):
    """

    author_id: int
    author_role: Role
    body: str
    channel: Channel
    created_at: datetime.datetime
    id: int
    internal: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        author_role = self.author_role.value

        body = self.body

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        id = self.id

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_id": author_id,
                "author_role": author_role,
                "body": body,
                "channel": channel,
                "created_at": created_at,
                "id": id,
                "internal": internal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_id = d.pop("author_id")

        author_role = Role(d.pop("author_role"))

        body = d.pop("body")

        channel = Channel(d.pop("channel"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        internal = d.pop("internal")

        comment_out = cls(
            author_id=author_id,
            author_role=author_role,
            body=body,
            channel=channel,
            created_at=created_at,
            id=id,
            internal=internal,
        )

        comment_out.additional_properties = d
        return comment_out

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
