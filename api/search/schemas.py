from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from api.knowledge.schemas import ArticleHit, ArticleSummary
from api.ticket.lifecycle import Status
from api.ticket.priority import Priority
from api.user.schemas import UserSummary

if TYPE_CHECKING:
    from api.ticket.models import Ticket


class SearchKind(StrEnum):
    article = "article"
    ticket = "ticket"


class TicketBrief(BaseModel):
    number: int
    reference: str = Field(examples=["HD-1042"])
    subject: str
    status: Status
    priority: Priority
    category_id: int | None
    requester: UserSummary
    resolution: str | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None

    @classmethod
    def of(cls, ticket: "Ticket", prefix: str) -> "TicketBrief":
        return cls(
            number=ticket.number,
            reference=f"{prefix}{ticket.number}",
            subject=ticket.subject,
            status=ticket.status,
            priority=ticket.priority,
            category_id=ticket.category_id,
            requester=UserSummary.model_validate(ticket.requester),
            resolution=ticket.resolution,
            created_at=ticket.created_at,
            updated_at=ticket.updated_at,
            resolved_at=ticket.resolved_at,
        )


class SearchHit(BaseModel):
    kind: SearchKind
    score: float = Field(description="Relevance, higher is better; comparable within one search.")
    title_html: str = Field(description="Title or subject, matches in <mark>; safe HTML.")
    snippet_html: str = Field(description="Where the words occur, matches in <mark>; safe HTML.")
    article: ArticleSummary | None = None
    ticket: TicketBrief | None = None


class SimilarTicket(BaseModel):
    ticket: TicketBrief
    score: float
    snippet_html: str
    solution_article_ids: list[int] = Field(description="Articles linked as its solution.")


class TicketSuggestions(BaseModel):
    """What may solve the ticket: knowledge base articles and similar solved tickets."""

    ticket_number: int
    articles: list[ArticleHit]
    similar_tickets: list[SimilarTicket]
