from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

T = TypeVar("T", bound="SatisfactionLinkOut")


@_attrs_define
class SatisfactionLinkOut:
    """What an email link's landing page shows: the ticket it rates and the current answer.

    Attributes:
        can_rate (bool): False once the ticket is closed.
        comment (None | str):
        rating (int | None): 1 (very unhappy) to 5 (very happy); 1 and 2 count as a bad rating.
        status (Status):
        subject (str):
        ticket_number (int):
    """

    can_rate: bool
    comment: None | str
    rating: int | None
    status: Status
    subject: str
    ticket_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_rate = self.can_rate

        comment: None | str
        comment = self.comment

        rating: int | None
        rating = self.rating

        status = self.status.value

        subject = self.subject

        ticket_number = self.ticket_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_rate": can_rate,
                "comment": comment,
                "rating": rating,
                "status": status,
                "subject": subject,
                "ticket_number": ticket_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_rate = d.pop("can_rate")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        status = Status(d.pop("status"))

        subject = d.pop("subject")

        ticket_number = d.pop("ticket_number")

        satisfaction_link_out = cls(
            can_rate=can_rate,
            comment=comment,
            rating=rating,
            status=status,
            subject=subject,
            ticket_number=ticket_number,
        )

        satisfaction_link_out.additional_properties = d
        return satisfaction_link_out

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
