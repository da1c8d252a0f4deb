from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_row_values import ReportRowValues


T = TypeVar("T", bound="ReportRow")


@_attrs_define
class ReportRow:
    """
    Attributes:
        key (str): Stable key of the row (an id, a status, `3:14` for Thursday 14:00).
        label (str):
        values (ReportRowValues):
        tickets_url (None | str | Unset): The agent workspace's queue filtered to the tickets counted.
    """

    key: str
    label: str
    values: ReportRowValues
    tickets_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        values = self.values.to_dict()

        tickets_url: None | str | Unset
        if isinstance(self.tickets_url, Unset):
            tickets_url = UNSET
        else:
            tickets_url = self.tickets_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "values": values,
            }
        )
        if tickets_url is not UNSET:
            field_dict["tickets_url"] = tickets_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_row_values import ReportRowValues  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        values = ReportRowValues.from_dict(d.pop("values"))

        def _parse_tickets_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tickets_url = _parse_tickets_url(d.pop("tickets_url", UNSET))

        report_row = cls(
            key=key,
            label=label,
            values=values,
            tickets_url=tickets_url,
        )

        report_row.additional_properties = d
        return report_row

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
