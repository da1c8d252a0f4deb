from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_type import NodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuideStepNode")


@_attrs_define
class GuideStepNode:
    """
    Attributes:
        id (str):
        text (str):
        text_html (str): The text rendered from markdown and sanitised.
        type_ (NodeType):
        category_id (int | None | Unset):
        team_id (int | None | Unset): Support team only (else null).
    """

    id: str
    text: str
    text_html: str
    type_: NodeType
    category_id: int | None | Unset = UNSET
    team_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        text_html = self.text_html

        type_ = self.type_.value

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "text_html": text_html,
                "type": type_,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        text_html = d.pop("text_html")

        type_ = NodeType(d.pop("type"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        guide_step_node = cls(
            id=id,
            text=text,
            text_html=text_html,
            type_=type_,
            category_id=category_id,
            team_id=team_id,
        )

        guide_step_node.additional_properties = d
        return guide_step_node

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
