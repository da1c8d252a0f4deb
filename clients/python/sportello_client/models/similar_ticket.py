from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ticket_brief import TicketBrief


T = TypeVar("T", bound="SimilarTicket")


@_attrs_define
class SimilarTicket:
    """
    Attributes:
        score (float):
        snippet_html (str):
        solution_article_ids (list[int]): Articles linked as its solution.
        ticket (TicketBrief): A ticket in a result list (search, a bulletin's incident): customer-view fields only.
    """

    score: float
    snippet_html: str
    solution_article_ids: list[int]
    ticket: TicketBrief
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        snippet_html = self.snippet_html

        solution_article_ids = self.solution_article_ids

        ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "snippet_html": snippet_html,
                "solution_article_ids": solution_article_ids,
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_brief import TicketBrief  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score")

        snippet_html = d.pop("snippet_html")

        solution_article_ids = cast(list[int], d.pop("solution_article_ids"))

        ticket = TicketBrief.from_dict(d.pop("ticket"))

        similar_ticket = cls(
            score=score,
            snippet_html=snippet_html,
            solution_article_ids=solution_article_ids,
            ticket=ticket,
        )

        similar_ticket.additional_properties = d
        return similar_ticket

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
