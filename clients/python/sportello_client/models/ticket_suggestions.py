from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_hit import ArticleHit
    from ..models.similar_ticket import SimilarTicket


T = TypeVar("T", bound="TicketSuggestions")


@_attrs_define
class TicketSuggestions:
    """What may solve the ticket: knowledge base articles and similar solved tickets.

    Attributes:
        articles (list[ArticleHit]):
        similar_tickets (list[SimilarTicket]):
        ticket_number (int):
    """

    articles: list[ArticleHit]
    similar_tickets: list[SimilarTicket]
    ticket_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        similar_tickets = []
        for similar_tickets_item_data in self.similar_tickets:
            similar_tickets_item = similar_tickets_item_data.to_dict()
            similar_tickets.append(similar_tickets_item)

        ticket_number = self.ticket_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "articles": articles,
                "similar_tickets": similar_tickets,
                "ticket_number": ticket_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_hit import ArticleHit  # noqa: PLC0415
        from ..models.similar_ticket import SimilarTicket  # noqa: PLC0415

        d = dict(src_dict)
        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = ArticleHit.from_dict(articles_item_data)

            articles.append(articles_item)

        similar_tickets = []
        _similar_tickets = d.pop("similar_tickets")
        for similar_tickets_item_data in _similar_tickets:
            similar_tickets_item = SimilarTicket.from_dict(similar_tickets_item_data)

            similar_tickets.append(similar_tickets_item)

        ticket_number = d.pop("ticket_number")

        ticket_suggestions = cls(
            articles=articles,
            similar_tickets=similar_tickets,
            ticket_number=ticket_number,
        )

        ticket_suggestions.additional_properties = d
        return ticket_suggestions

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
