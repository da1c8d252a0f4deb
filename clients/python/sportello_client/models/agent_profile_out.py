from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentProfileOut")


@_attrs_define
class AgentProfileOut:
    """
    Attributes:
        agent_id (int):
        available (bool): Away agents get no new tickets from automatic routing.
        name (str):
        skills (list[str]):
    """

    agent_id: int
    available: bool
    name: str
    skills: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        available = self.available

        name = self.name

        skills = self.skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "available": available,
                "name": name,
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        available = d.pop("available")

        name = d.pop("name")

        skills = cast(list[str], d.pop("skills"))

        agent_profile_out = cls(
            agent_id=agent_id,
            available=available,
            name=name,
            skills=skills,
        )

        agent_profile_out.additional_properties = d
        return agent_profile_out

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
