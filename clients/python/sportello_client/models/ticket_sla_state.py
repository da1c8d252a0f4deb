from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TicketSlaState")


@_attrs_define
class TicketSlaState:
    """A ticket's SLA in a queue: as of its last change, plus `now` for breached.

    Attributes:
        breached (bool): A clock has breached (as of the last change or scan); a `due_at` in the past means overdue
            since.
        due_at (datetime.datetime | None): The earliest deadline of a running clock (past once overdue).
        paused (bool): Every clock with a target is paused.
        policy_id (int | None):
        policy_version (int | None):
    """

    breached: bool
    due_at: datetime.datetime | None
    paused: bool
    policy_id: int | None
    policy_version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breached = self.breached

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        paused = self.paused

        policy_id: int | None
        policy_id = self.policy_id

        policy_version: int | None
        policy_version = self.policy_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breached": breached,
                "due_at": due_at,
                "paused": paused,
                "policy_id": policy_id,
                "policy_version": policy_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        breached = d.pop("breached")

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        paused = d.pop("paused")

        def _parse_policy_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        policy_id = _parse_policy_id(d.pop("policy_id"))

        def _parse_policy_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        policy_version = _parse_policy_version(d.pop("policy_version"))

        ticket_sla_state = cls(
            breached=breached,
            due_at=due_at,
            paused=paused,
            policy_id=policy_id,
            policy_version=policy_version,
        )

        ticket_sla_state.additional_properties = d
        return ticket_sla_state

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
