from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_summary import ArticleSummary


T = TypeVar("T", bound="SolutionOut")


@_attrs_define
class SolutionOut:
    """
    Attributes:
        article (ArticleSummary):
        created_at (datetime.datetime):
        linked_by_id (int):
    """

    article: ArticleSummary
    created_at: datetime.datetime
    linked_by_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article.to_dict()

        created_at = self.created_at.isoformat()

        linked_by_id = self.linked_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "created_at": created_at,
                "linked_by_id": linked_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415

        d = dict(src_dict)
        article = ArticleSummary.from_dict(d.pop("article"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        linked_by_id = d.pop("linked_by_id")

        solution_out = cls(
            article=article,
            created_at=created_at,
            linked_by_id=linked_by_id,
        )

        solution_out.additional_properties = d
        return solution_out

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
