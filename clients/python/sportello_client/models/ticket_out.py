from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.closure_code import ClosureCode
from ..models.level import Level
from ..models.priority import Priority
from ..models.status import Status
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_out_details import TicketOutDetails
    from ..models.ticket_sla_state import TicketSlaState
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="TicketOut")


@_attrs_define
class TicketOut:
    """A ticket as the support team reads it: every field.

    Attributes:
        assignee_id (int | None):
        category_id (int | None):
        channel (Channel):
        closed_at (datetime.datetime | None):
        closure_code (ClosureCode | None): How the ticket ended: only `resolved` is a resolution.
        closure_reason (None | str): Why it was rejected or withdrawn.
        created_at (datetime.datetime):
        department_id (int | None):
        description (str):
        details (TicketOutDetails):
        first_response_at (datetime.datetime | None):
        impact (Level):
        location_id (int | None):
        number (int):
        organization_id (int | None):
        priority (Priority):
        priority_overridden (bool):
        priority_reason (None | str):
        reference (str): What customers quote.
        requester (UserSummary):
        resolution (None | str):
        resolved_at (datetime.datetime | None):
        sla (None | TicketSlaState): The SLA as of the last change (null: no policy applies).
        status (Status):
        subject (str):
        tags (list[str]):
        team_id (int | None):
        type_ (TicketType):
        updated_at (datetime.datetime):
        urgency (Level):
        version (int):
        view (Literal['staff']): Which view of the ticket this is.
        merged_into (int | None | Unset): A merged duplicate: the number of the ticket it continues in (null if you may
            not read that ticket).
    """

    assignee_id: int | None
    category_id: int | None
    channel: Channel
    closed_at: datetime.datetime | None
    closure_code: ClosureCode | None
    closure_reason: None | str
    created_at: datetime.datetime
    department_id: int | None
    description: str
    details: TicketOutDetails
    first_response_at: datetime.datetime | None
    impact: Level
    location_id: int | None
    number: int
    organization_id: int | None
    priority: Priority
    priority_overridden: bool
    priority_reason: None | str
    reference: str
    requester: UserSummary
    resolution: None | str
    resolved_at: datetime.datetime | None
    sla: None | TicketSlaState
    status: Status
    subject: str
    tags: list[str]
    team_id: int | None
    type_: TicketType
    updated_at: datetime.datetime
    urgency: Level
    version: int
    view: Literal["staff"]
    merged_into: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_sla_state import TicketSlaState  # noqa: PLC0415

        assignee_id: int | None
        assignee_id = self.assignee_id

        category_id: int | None
        category_id = self.category_id

        channel = self.channel.value

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closure_code: None | str
        if isinstance(self.closure_code, ClosureCode):
            closure_code = self.closure_code.value
        else:
            closure_code = self.closure_code

        closure_reason: None | str
        closure_reason = self.closure_reason

        created_at = self.created_at.isoformat()

        department_id: int | None
        department_id = self.department_id

        description = self.description

        details = self.details.to_dict()

        first_response_at: None | str
        if isinstance(self.first_response_at, datetime.datetime):
            first_response_at = self.first_response_at.isoformat()
        else:
            first_response_at = self.first_response_at

        impact = self.impact.value

        location_id: int | None
        location_id = self.location_id

        number = self.number

        organization_id: int | None
        organization_id = self.organization_id

        priority = self.priority.value

        priority_overridden = self.priority_overridden

        priority_reason: None | str
        priority_reason = self.priority_reason

        reference = self.reference

        requester = self.requester.to_dict()

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        sla: dict[str, Any] | None
        if isinstance(self.sla, TicketSlaState):
            sla = self.sla.to_dict()
        else:
            sla = self.sla

        status = self.status.value

        subject = self.subject

        tags = self.tags

        team_id: int | None
        team_id = self.team_id

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        urgency = self.urgency.value

        version = self.version

        view = self.view

        merged_into: int | None | Unset
        if isinstance(self.merged_into, Unset):
            merged_into = UNSET
        else:
            merged_into = self.merged_into

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignee_id": assignee_id,
                "category_id": category_id,
                "channel": channel,
                "closed_at": closed_at,
                "closure_code": closure_code,
                "closure_reason": closure_reason,
                "created_at": created_at,
                "department_id": department_id,
                "description": description,
                "details": details,
                "first_response_at": first_response_at,
                "impact": impact,
                "location_id": location_id,
                "number": number,
                "organization_id": organization_id,
                "priority": priority,
                "priority_overridden": priority_overridden,
                "priority_reason": priority_reason,
                "reference": reference,
                "requester": requester,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "sla": sla,
                "status": status,
                "subject": subject,
                "tags": tags,
                "team_id": team_id,
                "type": type_,
                "updated_at": updated_at,
                "urgency": urgency,
                "version": version,
                "view": view,
            }
        )
        if merged_into is not UNSET:
            field_dict["merged_into"] = merged_into

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_out_details import TicketOutDetails  # noqa: PLC0415
        from ..models.ticket_sla_state import TicketSlaState  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assignee_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id"))

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        channel = Channel(d.pop("channel"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_closure_code(data: object) -> ClosureCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closure_code_type_0 = ClosureCode(data)

                return closure_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosureCode | None, data)

        closure_code = _parse_closure_code(d.pop("closure_code"))

        def _parse_closure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closure_reason = _parse_closure_reason(d.pop("closure_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_department_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        department_id = _parse_department_id(d.pop("department_id"))

        description = d.pop("description")

        details = TicketOutDetails.from_dict(d.pop("details"))

        def _parse_first_response_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_response_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_response_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_response_at = _parse_first_response_at(d.pop("first_response_at"))

        impact = Level(d.pop("impact"))

        def _parse_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        location_id = _parse_location_id(d.pop("location_id"))

        number = d.pop("number")

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        priority = Priority(d.pop("priority"))

        priority_overridden = d.pop("priority_overridden")

        def _parse_priority_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        priority_reason = _parse_priority_reason(d.pop("priority_reason"))

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

        def _parse_sla(data: object) -> None | TicketSlaState:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = TicketSlaState.from_dict(data)

                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketSlaState, data)

        sla = _parse_sla(d.pop("sla"))

        status = Status(d.pop("status"))

        subject = d.pop("subject")

        tags = cast(list[str], d.pop("tags"))

        def _parse_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_id = _parse_team_id(d.pop("team_id"))

        type_ = TicketType(d.pop("type"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        urgency = Level(d.pop("urgency"))

        version = d.pop("version")

        view = cast(Literal["staff"], d.pop("view"))
        if view != "staff":
            raise ValueError(f"view must match const 'staff', got '{view}'")

        def _parse_merged_into(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        merged_into = _parse_merged_into(d.pop("merged_into", UNSET))

        ticket_out = cls(
            assignee_id=assignee_id,
            category_id=category_id,
            channel=channel,
            closed_at=closed_at,
            closure_code=closure_code,
            closure_reason=closure_reason,
            created_at=created_at,
            department_id=department_id,
            description=description,
            details=details,
            first_response_at=first_response_at,
            impact=impact,
            location_id=location_id,
            number=number,
            organization_id=organization_id,
            priority=priority,
            priority_overridden=priority_overridden,
            priority_reason=priority_reason,
            reference=reference,
            requester=requester,
            resolution=resolution,
            resolved_at=resolved_at,
            sla=sla,
            status=status,
            subject=subject,
            tags=tags,
            team_id=team_id,
            type_=type_,
            updated_at=updated_at,
            urgency=urgency,
            version=version,
            view=view,
            merged_into=merged_into,
        )

        ticket_out.additional_properties = d
        return ticket_out

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
