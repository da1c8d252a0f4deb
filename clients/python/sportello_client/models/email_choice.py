from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mail_kind import MailKind

T = TypeVar("T", bound="EmailChoice")


@_attrs_define
class EmailChoice:
    """
    Attributes:
        email (bool): Whether this kind of mail is sent to you.
        kind (MailKind):
    """

    email: bool
    kind: MailKind

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        kind = MailKind(d.pop("kind"))

        email_choice = cls(
            email=email,
            kind=kind,
        )

        return email_choice
