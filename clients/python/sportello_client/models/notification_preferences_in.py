from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.language import Language
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_choice import EmailChoice


T = TypeVar("T", bound="NotificationPreferencesIn")


@_attrs_define
class NotificationPreferencesIn:
    """
    Attributes:
        language (Language):
        email (list[EmailChoice] | Unset): Kinds not named stay on.
    """

    language: Language
    email: list[EmailChoice] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language.value

        email: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = []
            for email_item_data in self.email:
                email_item = email_item_data.to_dict()
                email.append(email_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_choice import EmailChoice  # noqa: PLC0415

        d = dict(src_dict)
        language = Language(d.pop("language"))

        _email = d.pop("email", UNSET)
        email: list[EmailChoice] | Unset = UNSET
        if _email is not UNSET:
            email = []
            for email_item_data in _email:
                email_item = EmailChoice.from_dict(email_item_data)

                email.append(email_item)

        notification_preferences_in = cls(
            language=language,
            email=email,
        )

        return notification_preferences_in
