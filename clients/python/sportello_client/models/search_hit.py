from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_kind import SearchKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_summary import ArticleSummary
    from ..models.ticket_brief import TicketBrief


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        kind (SearchKind):
        score (float): Relevance, higher is better; comparable within one search.
        snippet_html (str): Where the words occur, matches in <mark>; safe HTML.
        title_html (str): Title or subject, matches in <mark>; safe HTML.
        article (ArticleSummary | None | Unset):
        ticket (None | TicketBrief | Unset):
    """

    kind: SearchKind
    score: float
    snippet_html: str
    title_html: str
    article: ArticleSummary | None | Unset = UNSET
    ticket: None | TicketBrief | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.ticket_brief import TicketBrief  # noqa: PLC0415

        kind = self.kind.value

        score = self.score

        snippet_html = self.snippet_html

        title_html = self.title_html

        article: dict[str, Any] | None | Unset
        if isinstance(self.article, Unset):
            article = UNSET
        elif isinstance(self.article, ArticleSummary):
            article = self.article.to_dict()
        else:
            article = self.article

        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketBrief):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "score": score,
                "snippet_html": snippet_html,
                "title_html": title_html,
            }
        )
        if article is not UNSET:
            field_dict["article"] = article
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.ticket_brief import TicketBrief  # noqa: PLC0415

        d = dict(src_dict)
        kind = SearchKind(d.pop("kind"))

        score = d.pop("score")

        snippet_html = d.pop("snippet_html")

        title_html = d.pop("title_html")

        def _parse_article(data: object) -> ArticleSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                article_type_0 = ArticleSummary.from_dict(data)

                return article_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleSummary | None | Unset, data)

        article = _parse_article(d.pop("article", UNSET))

        def _parse_ticket(data: object) -> None | TicketBrief | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticket_type_0 = TicketBrief.from_dict(data)

                return ticket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketBrief | Unset, data)

        ticket = _parse_ticket(d.pop("ticket", UNSET))

        search_hit = cls(
            kind=kind,
            score=score,
            snippet_html=snippet_html,
            title_html=title_html,
            article=article,
            ticket=ticket,
        )

        search_hit.additional_properties = d
        return search_hit

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
