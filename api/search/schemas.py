from enum import StrEnum

from pydantic import BaseModel, Field

from api.knowledge.schemas import ArticleHit, ArticleSummary
from api.ticket.schemas import TicketBrief


class SearchKind(StrEnum):
    article = "article"
    ticket = "ticket"


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
