from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.level import Level
from ..models.priority import Priority
from ..models.status import Status
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_update_details_type_0 import TicketUpdateDetailsType0


T = TypeVar("T", bound="TicketUpdate")


@_attrs_define
class TicketUpdate:
    """Customers may send only `status` (closed to confirm, open to reopen a resolved ticket).

    Attributes:
        category_id (int | None | Unset):
        department_id (int | None | Unset): Staff only: a department of the requester's organization.
        description (str | Unset):
        details (None | TicketUpdateDetailsType0 | Unset):
        impact (Level | Unset):
        location_id (int | None | Unset): Staff only: a location of the requester's organization.
        priority (None | Priority | Unset):
        priority_reason (None | str | Unset):
        requester_id (int | Unset): Staff only: the ticket was opened for the wrong person. Its organization follows the
            new requester; so do department and location unless sent with it.
        resolution (None | str | Unset):
        status (Status | Unset):
        subject (str | Unset):
        tags (list[str] | None | Unset):
        type_ (TicketType | Unset):
        urgency (Level | Unset):
    """

    category_id: int | None | Unset = UNSET
    department_id: int | None | Unset = UNSET
    description: str | Unset = UNSET
    details: None | TicketUpdateDetailsType0 | Unset = UNSET
    impact: Level | Unset = UNSET
    location_id: int | None | Unset = UNSET
    priority: None | Priority | Unset = UNSET
    priority_reason: None | str | Unset = UNSET
    requester_id: int | Unset = UNSET
    resolution: None | str | Unset = UNSET
    status: Status | Unset = UNSET
    subject: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    type_: TicketType | Unset = UNSET
    urgency: Level | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_update_details_type_0 import TicketUpdateDetailsType0  # noqa: PLC0415

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        description = self.description

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, TicketUpdateDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        impact: str | Unset = UNSET
        if not isinstance(self.impact, Unset):
            impact = self.impact.value

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        priority_reason: None | str | Unset
        if isinstance(self.priority_reason, Unset):
            priority_reason = UNSET
        else:
            priority_reason = self.priority_reason

        requester_id = self.requester_id

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject = self.subject

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if description is not UNSET:
            field_dict["description"] = description
        if details is not UNSET:
            field_dict["details"] = details
        if impact is not UNSET:
            field_dict["impact"] = impact
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if priority_reason is not UNSET:
            field_dict["priority_reason"] = priority_reason
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_update_details_type_0 import TicketUpdateDetailsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        description = d.pop("description", UNSET)

        def _parse_details(data: object) -> None | TicketUpdateDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = TicketUpdateDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketUpdateDetailsType0 | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        _impact = d.pop("impact", UNSET)
        impact: Level | Unset
        if isinstance(_impact, Unset):
            impact = UNSET
        else:
            impact = Level(_impact)

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_priority(data: object) -> None | Priority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = Priority(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Priority | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_priority_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority_reason = _parse_priority_reason(d.pop("priority_reason", UNSET))

        requester_id = d.pop("requester_id", UNSET)

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        subject = d.pop("subject", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TicketType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TicketType(_type_)

        _urgency = d.pop("urgency", UNSET)
        urgency: Level | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Level(_urgency)

        ticket_update = cls(
            category_id=category_id,
            department_id=department_id,
            description=description,
            details=details,
            impact=impact,
            location_id=location_id,
            priority=priority,
            priority_reason=priority_reason,
            requester_id=requester_id,
            resolution=resolution,
            status=status,
            subject=subject,
            tags=tags,
            type_=type_,
            urgency=urgency,
        )

        return ticket_update
