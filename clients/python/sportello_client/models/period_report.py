from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_table import ReportTable


T = TypeVar("T", bound="PeriodReport")


@_attrs_define
class PeriodReport:
    """
    Attributes:
        end_at (datetime.datetime):
        start_at (datetime.datetime):
        tables (list[ReportTable]):
    """

    end_at: datetime.datetime
    start_at: datetime.datetime
    tables: list[ReportTable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_at = self.end_at.isoformat()

        start_at = self.start_at.isoformat()

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_at": end_at,
                "start_at": start_at,
                "tables": tables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_table import ReportTable  # noqa: PLC0415

        d = dict(src_dict)
        end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = ReportTable.from_dict(tables_item_data)

            tables.append(tables_item)

        period_report = cls(
            end_at=end_at,
            start_at=start_at,
            tables=tables,
        )

        period_report.additional_properties = d
        return period_report

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
