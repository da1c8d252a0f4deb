from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationIn")


@_attrs_define
class EscalationIn:
    """
    Attributes:
        reason (str):
        team_id (int):
        agent_id (int | None | Unset):
    """

    reason: str
    team_id: int
    agent_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        team_id = self.team_id

        agent_id: int | None | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "team_id": team_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        team_id = d.pop("team_id")

        def _parse_agent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        escalation_in = cls(
            reason=reason,
            team_id=team_id,
            agent_id=agent_id,
        )

        return escalation_in
