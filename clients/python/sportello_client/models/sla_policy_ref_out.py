from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaPolicyRefOut")


@_attrs_define
class SlaPolicyRefOut:
    """
    Attributes:
        calendar_id (int | None):
        calendar_name (None | str):
        calendar_version (int | None):
        id (int):
        name (str):
        version (int):
        zone (None | str):
    """

    calendar_id: int | None
    calendar_name: None | str
    calendar_version: int | None
    id: int
    name: str
    version: int
    zone: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar_id: int | None
        calendar_id = self.calendar_id

        calendar_name: None | str
        calendar_name = self.calendar_name

        calendar_version: int | None
        calendar_version = self.calendar_version

        id = self.id

        name = self.name

        version = self.version

        zone: None | str
        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar_id": calendar_id,
                "calendar_name": calendar_name,
                "calendar_version": calendar_version,
                "id": id,
                "name": name,
                "version": version,
                "zone": zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_calendar_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        calendar_id = _parse_calendar_id(d.pop("calendar_id"))

        def _parse_calendar_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        calendar_name = _parse_calendar_name(d.pop("calendar_name"))

        def _parse_calendar_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        calendar_version = _parse_calendar_version(d.pop("calendar_version"))

        id = d.pop("id")

        name = d.pop("name")

        version = d.pop("version")

        def _parse_zone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zone = _parse_zone(d.pop("zone"))

        sla_policy_ref_out = cls(
            calendar_id=calendar_id,
            calendar_name=calendar_name,
            calendar_version=calendar_version,
            id=id,
            name=name,
            version=version,
            zone=zone,
        )

        sla_policy_ref_out.additional_properties = d
        return sla_policy_ref_out

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
