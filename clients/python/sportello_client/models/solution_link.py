from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SolutionLink")


@_attrs_define
class SolutionLink:
    """
    Attributes:
        article_id (int):
    """

    article_id: int

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "article_id": article_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("article_id")

        solution_link = cls(
            article_id=article_id,
        )

        return solution_link
