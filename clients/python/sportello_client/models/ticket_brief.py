from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..models.status import Status

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="TicketBrief")


@_attrs_define
class TicketBrief:
    """A ticket in a result list (search, a bulletin's incident): customer-view fields only.

    Attributes:
        category_id (int | None):
        created_at (datetime.datetime):
        number (int):
        priority (Priority):
        reference (str):
        requester (UserSummary):
        resolution (None | str):
        resolved_at (datetime.datetime | None):
        status (Status):
        subject (str):
        updated_at (datetime.datetime):
    """

    category_id: int | None
    created_at: datetime.datetime
    number: int
    priority: Priority
    reference: str
    requester: UserSummary
    resolution: None | str
    resolved_at: datetime.datetime | None
    status: Status
    subject: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id: int | None
        category_id = self.category_id

        created_at = self.created_at.isoformat()

        number = self.number

        priority = self.priority.value

        reference = self.reference

        requester = self.requester.to_dict()

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status = self.status.value

        subject = self.subject

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "created_at": created_at,
                "number": number,
                "priority": priority,
                "reference": reference,
                "requester": requester,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "status": status,
                "subject": subject,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        number = d.pop("number")

        priority = Priority(d.pop("priority"))

        reference = d.pop("reference")

        requester = UserSummary.from_dict(d.pop("requester"))

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        status = Status(d.pop("status"))

        subject = d.pop("subject")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        ticket_brief = cls(
            category_id=category_id,
            created_at=created_at,
            number=number,
            priority=priority,
            reference=reference,
            requester=requester,
            resolution=resolution,
            resolved_at=resolved_at,
            status=status,
            subject=subject,
            updated_at=updated_at,
        )

        ticket_brief.additional_properties = d
        return ticket_brief

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
