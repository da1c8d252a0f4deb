from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DateOverride")


@_attrs_define
class DateOverride:
    """
    Attributes:
        date (datetime.date):
        hours (list[str]): The open hours of that date; empty closes it.
    """

    date: datetime.date
    hours: list[str]

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        hours = self.hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "hours": hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        hours = cast(list[str], d.pop("hours"))

        date_override = cls(
            date=date,
            hours=hours,
        )

        return date_override
