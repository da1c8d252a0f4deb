from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

T = TypeVar("T", bound="ResolutionLinkOut")


@_attrs_define
class ResolutionLinkOut:
    """
    Attributes:
        actionable (bool): Whether the resolution the link answers still stands (else it was already confirmed, reopened
            or resolved again).
        number (int):
        reference (str):
        status (Status):
        subject (str):
    """

    actionable: bool
    number: int
    reference: str
    status: Status
    subject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actionable = self.actionable

        number = self.number

        reference = self.reference

        status = self.status.value

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actionable": actionable,
                "number": number,
                "reference": reference,
                "status": status,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actionable = d.pop("actionable")

        number = d.pop("number")

        reference = d.pop("reference")

        status = Status(d.pop("status"))

        subject = d.pop("subject")

        resolution_link_out = cls(
            actionable=actionable,
            number=number,
            reference=reference,
            status=status,
            subject=subject,
        )

        resolution_link_out.additional_properties = d
        return resolution_link_out

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
