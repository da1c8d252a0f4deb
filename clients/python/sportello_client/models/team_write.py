from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.strategy import Strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamWrite")


@_attrs_define
class TeamWrite:
    """
    Attributes:
        name (str):
        assignment_strategy (Strategy | Unset):
        description (None | str | Unset):
        supervisor_id (int | None | Unset):
        tier (int | Unset):  Default: 1.
    """

    name: str
    assignment_strategy: Strategy | Unset = UNSET
    description: None | str | Unset = UNSET
    supervisor_id: int | None | Unset = UNSET
    tier: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assignment_strategy: str | Unset = UNSET
        if not isinstance(self.assignment_strategy, Unset):
            assignment_strategy = self.assignment_strategy.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        supervisor_id: int | None | Unset
        if isinstance(self.supervisor_id, Unset):
            supervisor_id = UNSET
        else:
            supervisor_id = self.supervisor_id

        tier = self.tier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if assignment_strategy is not UNSET:
            field_dict["assignment_strategy"] = assignment_strategy
        if description is not UNSET:
            field_dict["description"] = description
        if supervisor_id is not UNSET:
            field_dict["supervisor_id"] = supervisor_id
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _assignment_strategy = d.pop("assignment_strategy", UNSET)
        assignment_strategy: Strategy | Unset
        if isinstance(_assignment_strategy, Unset):
            assignment_strategy = UNSET
        else:
            assignment_strategy = Strategy(_assignment_strategy)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_supervisor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supervisor_id = _parse_supervisor_id(d.pop("supervisor_id", UNSET))

        tier = d.pop("tier", UNSET)

        team_write = cls(
            name=name,
            assignment_strategy=assignment_strategy,
            description=description,
            supervisor_id=supervisor_id,
            tier=tier,
        )

        return team_write
