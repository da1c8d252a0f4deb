from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction

T = TypeVar("T", bound="EscalationOut")


@_attrs_define
class EscalationOut:
    """
    Attributes:
        actor_id (int):
        created_at (datetime.datetime):
        direction (Direction):
        from_team_id (int | None):
        id (int):
        reason (str):
        to_team_id (int | None):
    """

    actor_id: int
    created_at: datetime.datetime
    direction: Direction
    from_team_id: int | None
    id: int
    reason: str
    to_team_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id = self.actor_id

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        from_team_id: int | None
        from_team_id = self.from_team_id

        id = self.id

        reason = self.reason

        to_team_id: int | None
        to_team_id = self.to_team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_id": actor_id,
                "created_at": created_at,
                "direction": direction,
                "from_team_id": from_team_id,
                "id": id,
                "reason": reason,
                "to_team_id": to_team_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_id = d.pop("actor_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        direction = Direction(d.pop("direction"))

        def _parse_from_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_team_id = _parse_from_team_id(d.pop("from_team_id"))

        id = d.pop("id")

        reason = d.pop("reason")

        def _parse_to_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_team_id = _parse_to_team_id(d.pop("to_team_id"))

        escalation_out = cls(
            actor_id=actor_id,
            created_at=created_at,
            direction=direction,
            from_team_id=from_team_id,
            id=id,
            reason=reason,
            to_team_id=to_team_id,
        )

        escalation_out.additional_properties = d
        return escalation_out

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
