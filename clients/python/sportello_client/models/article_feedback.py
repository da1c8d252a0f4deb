from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleFeedback")


@_attrs_define
class ArticleFeedback:
    """
    Attributes:
        article_id (int):
        helpful_count (int):
        not_helpful_count (int):
        your_vote (bool | None):
    """

    article_id: int
    helpful_count: int
    not_helpful_count: int
    your_vote: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        helpful_count = self.helpful_count

        not_helpful_count = self.not_helpful_count

        your_vote: bool | None
        your_vote = self.your_vote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "helpful_count": helpful_count,
                "not_helpful_count": not_helpful_count,
                "your_vote": your_vote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("article_id")

        helpful_count = d.pop("helpful_count")

        not_helpful_count = d.pop("not_helpful_count")

        def _parse_your_vote(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        your_vote = _parse_your_vote(d.pop("your_vote"))

        article_feedback = cls(
            article_id=article_id,
            helpful_count=helpful_count,
            not_helpful_count=not_helpful_count,
            your_vote=your_vote,
        )

        article_feedback.additional_properties = d
        return article_feedback

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
