from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_summary import ArticleSummary


T = TypeVar("T", bound="ArticleHit")


@_attrs_define
class ArticleHit:
    """
    Attributes:
        article (ArticleSummary):
        score (float):
        snippet_html (str): Where the words occur, matches in <mark>; safe HTML.
        title_html (str): The title with matches in <mark>; safe HTML.
    """

    article: ArticleSummary
    score: float
    snippet_html: str
    title_html: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article.to_dict()

        score = self.score

        snippet_html = self.snippet_html

        title_html = self.title_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "score": score,
                "snippet_html": snippet_html,
                "title_html": title_html,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415

        d = dict(src_dict)
        article = ArticleSummary.from_dict(d.pop("article"))

        score = d.pop("score")

        snippet_html = d.pop("snippet_html")

        title_html = d.pop("title_html")

        article_hit = cls(
            article=article,
            score=score,
            snippet_html=snippet_html,
            title_html=title_html,
        )

        article_hit.additional_properties = d
        return article_hit

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
