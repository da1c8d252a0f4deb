from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentProfilePatch")


@_attrs_define
class AgentProfilePatch:
    """
    Attributes:
        available (bool | Unset):
        skills (list[str] | Unset):
    """

    available: bool | Unset = UNSET
    skills: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        agent_profile_patch = cls(
            available=available,
            skills=skills,
        )

        return agent_profile_patch
