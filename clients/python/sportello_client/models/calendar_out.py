from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.date_override import DateOverride


T = TypeVar("T", bound="CalendarOut")


@_attrs_define
class CalendarOut:
    """
    Attributes:
        active (bool):
        created_at (datetime.datetime):
        current_version (int):
        holidays (list[datetime.date]):
        id (int):
        name (str):
        overrides (list[DateOverride]):
        version (int):
        week (list[list[str]]):
        zone (str):
    """

    active: bool
    created_at: datetime.datetime
    current_version: int
    holidays: list[datetime.date]
    id: int
    name: str
    overrides: list[DateOverride]
    version: int
    week: list[list[str]]
    zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        current_version = self.current_version

        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.isoformat()
            holidays.append(holidays_item)

        id = self.id

        name = self.name

        overrides = []
        for overrides_item_data in self.overrides:
            overrides_item = overrides_item_data.to_dict()
            overrides.append(overrides_item)

        version = self.version

        week = []
        for week_item_data in self.week:
            week_item = week_item_data

            week.append(week_item)

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "current_version": current_version,
                "holidays": holidays,
                "id": id,
                "name": name,
                "overrides": overrides,
                "version": version,
                "week": week,
                "zone": zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_override import DateOverride  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current_version = d.pop("current_version")

        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in _holidays:
            holidays_item = datetime.date.fromisoformat(holidays_item_data)

            holidays.append(holidays_item)

        id = d.pop("id")

        name = d.pop("name")

        overrides = []
        _overrides = d.pop("overrides")
        for overrides_item_data in _overrides:
            overrides_item = DateOverride.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        version = d.pop("version")

        week = []
        _week = d.pop("week")
        for week_item_data in _week:
            week_item = cast(list[str], week_item_data)

            week.append(week_item)

        zone = d.pop("zone")

        calendar_out = cls(
            active=active,
            created_at=created_at,
            current_version=current_version,
            holidays=holidays,
            id=id,
            name=name,
            overrides=overrides,
            version=version,
            week=week,
            zone=zone,
        )

        calendar_out.additional_properties = d
        return calendar_out

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
