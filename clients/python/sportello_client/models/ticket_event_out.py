from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ticket_event_out_data_type_0 import TicketEventOutDataType0


T = TypeVar("T", bound="TicketEventOut")


@_attrs_define
class TicketEventOut:
    """
    Attributes:
        actor_id (int | None):
        actor_role (None | str):
        channel (None | str):
        created_at (datetime.datetime):
        data (None | TicketEventOutDataType0):
        field (None | str):
        from_value (None | str):
        id (int):
        kind (str):
        note (None | str):
        public (bool): Whether the requester sees this event now: a change that is theirs to know, naming no article or
            bulletin that customers may not read (decided when read).
        to_value (None | str):
    """

    actor_id: int | None
    actor_role: None | str
    channel: None | str
    created_at: datetime.datetime
    data: None | TicketEventOutDataType0
    field: None | str
    from_value: None | str
    id: int
    kind: str
    note: None | str
    public: bool
    to_value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_event_out_data_type_0 import TicketEventOutDataType0  # noqa: PLC0415

        actor_id: int | None
        actor_id = self.actor_id

        actor_role: None | str
        actor_role = self.actor_role

        channel: None | str
        channel = self.channel

        created_at = self.created_at.isoformat()

        data: dict[str, Any] | None
        if isinstance(self.data, TicketEventOutDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field: None | str
        field = self.field

        from_value: None | str
        from_value = self.from_value

        id = self.id

        kind = self.kind

        note: None | str
        note = self.note

        public = self.public

        to_value: None | str
        to_value = self.to_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_id": actor_id,
                "actor_role": actor_role,
                "channel": channel,
                "created_at": created_at,
                "data": data,
                "field": field,
                "from_value": from_value,
                "id": id,
                "kind": kind,
                "note": note,
                "public": public,
                "to_value": to_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_event_out_data_type_0 import TicketEventOutDataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_actor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_actor_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_role = _parse_actor_role(d.pop("actor_role"))

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_data(data: object) -> None | TicketEventOutDataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TicketEventOutDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketEventOutDataType0, data)

        data = _parse_data(d.pop("data"))

        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))

        def _parse_from_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_value = _parse_from_value(d.pop("from_value"))

        id = d.pop("id")

        kind = d.pop("kind")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        public = d.pop("public")

        def _parse_to_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_value = _parse_to_value(d.pop("to_value"))

        ticket_event_out = cls(
            actor_id=actor_id,
            actor_role=actor_role,
            channel=channel,
            created_at=created_at,
            data=data,
            field=field,
            from_value=from_value,
            id=id,
            kind=kind,
            note=note,
            public=public,
            to_value=to_value,
        )

        ticket_event_out.additional_properties = d
        return ticket_event_out

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
