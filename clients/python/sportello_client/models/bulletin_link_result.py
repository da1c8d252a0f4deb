from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulletinLinkResult")


@_attrs_define
class BulletinLinkResult:
    """
    Attributes:
        already_linked (list[int]):
        bulletin_id (int):
        linked (list[int]):
    """

    already_linked: list[int]
    bulletin_id: int
    linked: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        already_linked = self.already_linked

        bulletin_id = self.bulletin_id

        linked = self.linked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "already_linked": already_linked,
                "bulletin_id": bulletin_id,
                "linked": linked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        already_linked = cast(list[int], d.pop("already_linked"))

        bulletin_id = d.pop("bulletin_id")

        linked = cast(list[int], d.pop("linked"))

        bulletin_link_result = cls(
            already_linked=already_linked,
            bulletin_id=bulletin_id,
            linked=linked,
        )

        bulletin_link_result.additional_properties = d
        return bulletin_link_result

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
