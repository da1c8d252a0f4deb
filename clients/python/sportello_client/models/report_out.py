from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_group import ReportGroup

if TYPE_CHECKING:
    from ..models.period_report import PeriodReport


T = TypeVar("T", bound="ReportOut")


@_attrs_define
class ReportOut:
    """
    Attributes:
        current (PeriodReport):
        generated_at (datetime.datetime):
        group (ReportGroup):
        previous (PeriodReport):
        timezone (str): The desk's time zone: hours and days are counted in it.
    """

    current: PeriodReport
    generated_at: datetime.datetime
    group: ReportGroup
    previous: PeriodReport
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current.to_dict()

        generated_at = self.generated_at.isoformat()

        group = self.group.value

        previous = self.previous.to_dict()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "generated_at": generated_at,
                "group": group,
                "previous": previous,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_report import PeriodReport  # noqa: PLC0415

        d = dict(src_dict)
        current = PeriodReport.from_dict(d.pop("current"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        group = ReportGroup(d.pop("group"))

        previous = PeriodReport.from_dict(d.pop("previous"))

        timezone = d.pop("timezone")

        report_out = cls(
            current=current,
            generated_at=generated_at,
            group=group,
            previous=previous,
            timezone=timezone,
        )

        report_out.additional_properties = d
        return report_out

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
