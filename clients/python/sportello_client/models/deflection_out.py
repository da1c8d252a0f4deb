from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeflectionOut")


@_attrs_define
class DeflectionOut:
    """
    Attributes:
        article_id (int | None):
        created_at (datetime.datetime):
        id (int):
        solved (bool):
    """

    article_id: int | None
    created_at: datetime.datetime
    id: int
    solved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id: int | None
        article_id = self.article_id

        created_at = self.created_at.isoformat()

        id = self.id

        solved = self.solved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "created_at": created_at,
                "id": id,
                "solved": solved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_article_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        article_id = _parse_article_id(d.pop("article_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        solved = d.pop("solved")

        deflection_out = cls(
            article_id=article_id,
            created_at=created_at,
            id=id,
            solved=solved,
        )

        deflection_out.additional_properties = d
        return deflection_out

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
