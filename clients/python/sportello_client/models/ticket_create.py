from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.level import Level
from ..models.priority import Priority
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_create_details import TicketCreateDetails


T = TypeVar("T", bound="TicketCreate")


@_attrs_define
class TicketCreate:
    """Customers may send subject, description, type, category_id, details, impact, urgency.

    Attributes:
        subject (str):
        category_id (int | None | Unset):
        channel (Channel | None | Unset): Staff only; defaults by token.
        department_id (int | None | Unset):
        description (str | Unset): Markdown. Default: ''.
        details (TicketCreateDetails | Unset):
        impact (Level | Unset):
        location_id (int | None | Unset):
        priority (None | Priority | Unset): Staff only: override the matrix (needs priority_reason).
        priority_reason (None | str | Unset):
        requester_id (int | None | Unset): Staff only: open on behalf of this customer.
        tags (list[str] | None | Unset):
        type_ (TicketType | Unset):
        urgency (Level | Unset):
    """

    subject: str
    category_id: int | None | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    department_id: int | None | Unset = UNSET
    description: str | Unset = ""
    details: TicketCreateDetails | Unset = UNSET
    impact: Level | Unset = UNSET
    location_id: int | None | Unset = UNSET
    priority: None | Priority | Unset = UNSET
    priority_reason: None | str | Unset = UNSET
    requester_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    type_: TicketType | Unset = UNSET
    urgency: Level | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        description = self.description

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

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

        requester_id: int | None | Unset
        if isinstance(self.requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = self.requester_id

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

        field_dict.update(
            {
                "subject": subject,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if channel is not UNSET:
            field_dict["channel"] = channel
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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_create_details import TicketCreateDetails  # noqa: PLC0415

        d = dict(src_dict)
        subject = d.pop("subject")

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        description = d.pop("description", UNSET)

        _details = d.pop("details", UNSET)
        details: TicketCreateDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = TicketCreateDetails.from_dict(_details)

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

        def _parse_requester_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requester_id = _parse_requester_id(d.pop("requester_id", UNSET))

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

        ticket_create = cls(
            subject=subject,
            category_id=category_id,
            channel=channel,
            department_id=department_id,
            description=description,
            details=details,
            impact=impact,
            location_id=location_id,
            priority=priority,
            priority_reason=priority_reason,
            requester_id=requester_id,
            tags=tags,
            type_=type_,
            urgency=urgency,
        )

        return ticket_create
