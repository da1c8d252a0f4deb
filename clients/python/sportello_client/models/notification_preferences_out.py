from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language

if TYPE_CHECKING:
    from ..models.email_choice import EmailChoice


T = TypeVar("T", bound="NotificationPreferencesOut")


@_attrs_define
class NotificationPreferencesOut:
    """
    Attributes:
        email (list[EmailChoice]): Every kind of mail you may receive.
        in_app_always (bool): Staff always get in-app notifications, whatever they choose for email.
        language (Language):
    """

    email: list[EmailChoice]
    in_app_always: bool
    language: Language
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = []
        for email_item_data in self.email:
            email_item = email_item_data.to_dict()
            email.append(email_item)

        in_app_always = self.in_app_always

        language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "in_app_always": in_app_always,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_choice import EmailChoice  # noqa: PLC0415

        d = dict(src_dict)
        email = []
        _email = d.pop("email")
        for email_item_data in _email:
            email_item = EmailChoice.from_dict(email_item_data)

            email.append(email_item)

        in_app_always = d.pop("in_app_always")

        language = Language(d.pop("language"))

        notification_preferences_out = cls(
            email=email,
            in_app_always=in_app_always,
            language=language,
        )

        notification_preferences_out.additional_properties = d
        return notification_preferences_out

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
