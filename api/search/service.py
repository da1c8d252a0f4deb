"""Suggestions: what the knowledge base and past tickets offer for a problem."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.knowledge.kinds import ArticleStatus, Language
from api.knowledge.repository import ArticleFilter
from api.search.query import parse
from api.search.repository import Hit, Scope, search
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.models import Ticket
from api.ticket.repository import TicketFilter

SUGGESTED_ARTICLES = 5
SIMILAR_TICKETS = 5


def suggestions_for_ticket(
    session: Session, actor: Actor, ticket: Ticket
) -> tuple[list[Hit], list[Hit]]:
    """Published articles and solved tickets sharing the most words with this one.

    Any word may match (the more the better): a new ticket's words are rarely all in the
    article that solves it. The subject's words come first, so they survive the term limit.
    """
    query = parse(f"{ticket.subject}\n{ticket.description}", any_term=True)
    articles, _ = search(
        session,
        actor,
        query,
        Scope(kinds={"article"}, articles=ArticleFilter(status=ArticleStatus.published)),
        limit=SUGGESTED_ARTICLES,
    )
    tickets, _ = search(
        session,
        actor,
        query,
        Scope(
            kinds={"ticket"},
            # Solved ones only: a withdrawn, rejected or duplicate ticket solved nothing.
            tickets=TicketFilter(
                statuses=(Status.resolved, Status.closed), closure_codes=(ClosureCode.resolved,)
            ),
            exclude_ticket_id=ticket.id,
            with_resolution=True,
        ),
        limit=SIMILAR_TICKETS,
    )
    return articles, tickets


def suggest_articles(
    session: Session,
    actor: Actor,
    text: str,
    *,
    language: Language | None,
    category_id: int | None,
    limit: int,
) -> list[Hit]:
    """As a customer types a new request: published articles, the last word still a prefix."""
    query = parse(text, any_term=True, prefix_last=True)
    hits, _ = search(
        session,
        actor,
        query,
        Scope(
            kinds={"article"},
            articles=ArticleFilter(
                status=ArticleStatus.published, language=language, category_id=category_id
            ),
        ),
        limit=limit,
    )
    return hits
