from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryRoutingWrite")


@_attrs_define
class CategoryRoutingWrite:
    """
    Attributes:
        default_team_id (int | None | Unset): Used when no routing rule names a team.
        required_skills (list[str] | Unset): A team assigning by skills picks only agents having all of them.
    """

    default_team_id: int | None | Unset = UNSET
    required_skills: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_team_id: int | None | Unset
        if isinstance(self.default_team_id, Unset):
            default_team_id = UNSET
        else:
            default_team_id = self.default_team_id

        required_skills: list[str] | Unset = UNSET
        if not isinstance(self.required_skills, Unset):
            required_skills = self.required_skills

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_team_id is not UNSET:
            field_dict["default_team_id"] = default_team_id
        if required_skills is not UNSET:
            field_dict["required_skills"] = required_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_team_id = _parse_default_team_id(d.pop("default_team_id", UNSET))

        required_skills = cast(list[str], d.pop("required_skills", UNSET))

        category_routing_write = cls(
            default_team_id=default_team_id,
            required_skills=required_skills,
        )

        return category_routing_write
