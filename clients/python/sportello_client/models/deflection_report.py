from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_deflections import ArticleDeflections


T = TypeVar("T", bound="DeflectionReport")


@_attrs_define
class DeflectionReport:
    """
    Attributes:
        answered (int): How many people answered “did this solve it?”
        articles (list[ArticleDeflections]): The 20 articles answered most.
        deflection_rate (float | None): solved / answered: the share who needed no ticket; null with no answers.
        not_solved (int):
        since (datetime.datetime | None):
        solved (int):
        until (datetime.datetime | None):
    """

    answered: int
    articles: list[ArticleDeflections]
    deflection_rate: float | None
    not_solved: int
    since: datetime.datetime | None
    solved: int
    until: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        deflection_rate: float | None
        deflection_rate = self.deflection_rate

        not_solved = self.not_solved

        since: None | str
        if isinstance(self.since, datetime.datetime):
            since = self.since.isoformat()
        else:
            since = self.since

        solved = self.solved

        until: None | str
        if isinstance(self.until, datetime.datetime):
            until = self.until.isoformat()
        else:
            until = self.until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered": answered,
                "articles": articles,
                "deflection_rate": deflection_rate,
                "not_solved": not_solved,
                "since": since,
                "solved": solved,
                "until": until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_deflections import ArticleDeflections  # noqa: PLC0415

        d = dict(src_dict)
        answered = d.pop("answered")

        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = ArticleDeflections.from_dict(articles_item_data)

            articles.append(articles_item)

        def _parse_deflection_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        deflection_rate = _parse_deflection_rate(d.pop("deflection_rate"))

        not_solved = d.pop("not_solved")

        def _parse_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.datetime.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        since = _parse_since(d.pop("since"))

        solved = d.pop("solved")

        def _parse_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.datetime.fromisoformat(data)

                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        until = _parse_until(d.pop("until"))

        deflection_report = cls(
            answered=answered,
            articles=articles,
            deflection_rate=deflection_rate,
            not_solved=not_solved,
            since=since,
            solved=solved,
            until=until,
        )

        deflection_report.additional_properties = d
        return deflection_report

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
