from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_override import DateOverride


T = TypeVar("T", bound="CalendarWrite")


@_attrs_define
class CalendarWrite:
    """
    Attributes:
        name (str):
        week (list[list[str]]): Seven days, Monday first, each a list of open intervals.
        zone (str): An IANA time zone.
        holidays (list[datetime.date] | Unset):
        overrides (list[DateOverride] | Unset):
    """

    name: str
    week: list[list[str]]
    zone: str
    holidays: list[datetime.date] | Unset = UNSET
    overrides: list[DateOverride] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        week = []
        for week_item_data in self.week:
            week_item = week_item_data

            week.append(week_item)

        zone = self.zone

        holidays: list[str] | Unset = UNSET
        if not isinstance(self.holidays, Unset):
            holidays = []
            for holidays_item_data in self.holidays:
                holidays_item = holidays_item_data.isoformat()
                holidays.append(holidays_item)

        overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "week": week,
                "zone": zone,
            }
        )
        if holidays is not UNSET:
            field_dict["holidays"] = holidays
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_override import DateOverride  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        week = []
        _week = d.pop("week")
        for week_item_data in _week:
            week_item = cast(list[str], week_item_data)

            week.append(week_item)

        zone = d.pop("zone")

        _holidays = d.pop("holidays", UNSET)
        holidays: list[datetime.date] | Unset = UNSET
        if _holidays is not UNSET:
            holidays = []
            for holidays_item_data in _holidays:
                holidays_item = datetime.date.fromisoformat(holidays_item_data)

                holidays.append(holidays_item)

        _overrides = d.pop("overrides", UNSET)
        overrides: list[DateOverride] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = DateOverride.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        calendar_write = cls(
            name=name,
            week=week,
            zone=zone,
            holidays=holidays,
            overrides=overrides,
        )

        return calendar_write
