from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoryRoutingOut")


@_attrs_define
class CategoryRoutingOut:
    """
    Attributes:
        category_id (int):
        default_team_id (int | None):
        required_skills (list[str]):
    """

    category_id: int
    default_team_id: int | None
    required_skills: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        default_team_id: int | None
        default_team_id = self.default_team_id

        required_skills = self.required_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "default_team_id": default_team_id,
                "required_skills": required_skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = d.pop("category_id")

        def _parse_default_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        default_team_id = _parse_default_team_id(d.pop("default_team_id"))

        required_skills = cast(list[str], d.pop("required_skills"))

        category_routing_out = cls(
            category_id=category_id,
            default_team_id=default_team_id,
            required_skills=required_skills,
        )

        category_routing_out.additional_properties = d
        return category_routing_out

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
