from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleDeflections")


@_attrs_define
class ArticleDeflections:
    """
    Attributes:
        article_id (int):
        not_solved (int):
        solved (int):
        title (str):
    """

    article_id: int
    not_solved: int
    solved: int
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        not_solved = self.not_solved

        solved = self.solved

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "not_solved": not_solved,
                "solved": solved,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("article_id")

        not_solved = d.pop("not_solved")

        solved = d.pop("solved")

        title = d.pop("title")

        article_deflections = cls(
            article_id=article_id,
            not_solved=not_solved,
            solved=solved,
            title=title,
        )

        article_deflections.additional_properties = d
        return article_deflections

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
