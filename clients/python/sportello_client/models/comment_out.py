from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_email import CommentEmail


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
        email (CommentEmail | None | Unset): Set on comments taken in from an email.
    """

    author_id: int
    author_role: Role
    body: str
    channel: Channel
    created_at: datetime.datetime
    id: int
    internal: bool
    email: CommentEmail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comment_email import CommentEmail  # noqa: PLC0415

        author_id = self.author_id

        author_role = self.author_role.value

        body = self.body

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        id = self.id

        internal = self.internal

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, CommentEmail):
            email = self.email.to_dict()
        else:
            email = self.email

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
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_email import CommentEmail  # noqa: PLC0415

        d = dict(src_dict)
        author_id = d.pop("author_id")

        author_role = Role(d.pop("author_role"))

        body = d.pop("body")

        channel = Channel(d.pop("channel"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        internal = d.pop("internal")

        def _parse_email(data: object) -> CommentEmail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = CommentEmail.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommentEmail | None | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        comment_out = cls(
            author_id=author_id,
            author_role=author_role,
            body=body,
            channel=channel,
            created_at=created_at,
            id=id,
            internal=internal,
            email=email,
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
