from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.strategy import Strategy

T = TypeVar("T", bound="TeamOut")


@_attrs_define
class TeamOut:
    """
    Attributes:
        assignment_strategy (Strategy):
        created_at (datetime.datetime):
        description (None | str):
        id (int):
        member_ids (list[int]):
        name (str):
        supervisor_id (int | None): The supervisor or administrator escalation rules notify for this team.
        tier (int): 1 is the first line; higher tiers are more specialised.
    """

    assignment_strategy: Strategy
    created_at: datetime.datetime
    description: None | str
    id: int
    member_ids: list[int]
    name: str
    supervisor_id: int | None
    tier: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_strategy = self.assignment_strategy.value

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        id = self.id

        member_ids = self.member_ids

        name = self.name

        supervisor_id: int | None
        supervisor_id = self.supervisor_id

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_strategy": assignment_strategy,
                "created_at": created_at,
                "description": description,
                "id": id,
                "member_ids": member_ids,
                "name": name,
                "supervisor_id": supervisor_id,
                "tier": tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_strategy = Strategy(d.pop("assignment_strategy"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        member_ids = cast(list[int], d.pop("member_ids"))

        name = d.pop("name")

        def _parse_supervisor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        supervisor_id = _parse_supervisor_id(d.pop("supervisor_id"))

        tier = d.pop("tier")

        team_out = cls(
            assignment_strategy=assignment_strategy,
            created_at=created_at,
            description=description,
            id=id,
            member_ids=member_ids,
            name=name,
            supervisor_id=supervisor_id,
            tier=tier,
        )

        team_out.additional_properties = d
        return team_out

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
