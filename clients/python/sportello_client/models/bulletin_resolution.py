from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulletin_out import BulletinOut


T = TypeVar("T", bound="BulletinResolution")


@_attrs_define
class BulletinResolution:
    """
    Attributes:
        bulletin (BulletinOut):
        resolved_tickets (list[int]): Numbers of the tickets resolved now.
        untouched_tickets (list[int]): Linked tickets already resolved or closed.
    """

    bulletin: BulletinOut
    resolved_tickets: list[int]
    untouched_tickets: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulletin = self.bulletin.to_dict()

        resolved_tickets = self.resolved_tickets

        untouched_tickets = self.untouched_tickets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bulletin": bulletin,
                "resolved_tickets": resolved_tickets,
                "untouched_tickets": untouched_tickets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulletin_out import BulletinOut  # noqa: PLC0415

        d = dict(src_dict)
        bulletin = BulletinOut.from_dict(d.pop("bulletin"))

        resolved_tickets = cast(list[int], d.pop("resolved_tickets"))

        untouched_tickets = cast(list[int], d.pop("untouched_tickets"))

        bulletin_resolution = cls(
            bulletin=bulletin,
            resolved_tickets=resolved_tickets,
            untouched_tickets=untouched_tickets,
        )

        bulletin_resolution.additional_properties = d
        return bulletin_resolution

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
