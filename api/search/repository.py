"""Ranked search over tickets and articles, authorized exactly as their lists are.

A document counts only if its ticket passes `filtered_tickets` (readable_tickets plus the
list filters) or its article passes `readable_articles` plus the article filters: the same
functions the lists use, so search can never show what a list would not.
"""

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Float, and_, literal, or_, select, true
from sqlalchemy.orm import Session, selectinload

from api.auth.actor import Actor
from api.core.pagination import decode_cursor, encode_cursor
from api.knowledge.models import Article
from api.knowledge.repository import ArticleFilter, article_conditions, readable_articles
from api.search.index import Highlight, engine_for
from api.search.models import SearchDocument
from api.search.query import TextQuery
from api.ticket.models import Ticket
from api.ticket.repository import TicketFilter, filtered_tickets

KINDS = frozenset({"article", "ticket"})


@dataclass(frozen=True)
class Hit:
    score: float
    highlight: Highlight
    article: Article | None = None
    ticket: Ticket | None = None


@dataclass
class Scope:
    """What to search in, beyond the text: the list filters of each kind."""

    kinds: Collection[str] = KINDS
    tickets: TicketFilter = field(default_factory=TicketFilter)
    articles: ArticleFilter = field(default_factory=ArticleFilter)
    exclude_ticket_id: int | None = None
    with_resolution: bool = False  # tickets that carry a resolution note only


def _cursor_kind(query: TextQuery, scope: Scope) -> str:
    """A cursor is good for the search that made it only."""
    fingerprint = json.dumps(
        [repr(query), sorted(scope.kinds), repr(scope.tickets), repr(scope.articles)],
        sort_keys=True,
    )
    return "search:" + hashlib.sha256(fingerprint.encode()).hexdigest()[:16]


def search(
    session: Session,
    actor: Actor,
    query: TextQuery,
    scope: Scope,
    *,
    limit: int,
    cursor: str | None = None,
) -> tuple[list[Hit], str | None]:
    """One page of hits, best first; the cursor is the last hit's (score, document id)."""
    if not query or not scope.kinds:
        return [], None
    engine = engine_for(session)
    internal = actor.is_staff
    matches = engine.ranked(query, internal=internal)
    document = SearchDocument
    statement = select(document.id, document.ticket_id, document.article_id, matches.c.score).join(
        matches, matches.c.doc_id == document.id
    )

    branches: list[ColumnElement[bool]] = []
    if "ticket" in scope.kinds:
        readable = filtered_tickets(session, actor, scope.tickets).whereclause
        statement = statement.outerjoin(Ticket, Ticket.id == document.ticket_id)
        conditions = [document.ticket_id.is_not(None), readable if readable is not None else true()]
        if scope.exclude_ticket_id is not None:
            conditions.append(document.ticket_id != scope.exclude_ticket_id)
        if scope.with_resolution:
            conditions.append(Ticket.resolution.is_not(None))
        branches.append(and_(*conditions))
    if "article" in scope.kinds:
        readable = (
            readable_articles(actor).where(*article_conditions(session, scope.articles))
        ).whereclause
        statement = statement.outerjoin(Article, Article.id == document.article_id)
        branches.append(
            and_(document.article_id.is_not(None), readable if readable is not None else true())
        )
    statement = statement.where(or_(*branches))

    kind = _cursor_kind(query, scope)
    if cursor:
        score, last_id = decode_cursor(cursor, kind, (float, int))
        bound = literal(score, Float)
        statement = statement.where(
            or_(matches.c.score < bound, and_(matches.c.score == bound, document.id > last_id))
        )
    statement = statement.order_by(matches.c.score.desc(), document.id).limit(limit + 1)
    rows = session.execute(statement).all()
    page = rows[:limit]
    next_cursor = (
        encode_cursor(kind, [float(page[-1].score), int(page[-1].id)])
        if len(rows) > limit
        else None
    )

    tickets = _by_id(
        session,
        select(Ticket).options(selectinload(Ticket.requester)),
        Ticket,
        [r.ticket_id for r in page if r.ticket_id is not None],
    )
    articles = _by_id(
        session, select(Article), Article, [r.article_id for r in page if r.article_id is not None]
    )
    highlights = engine.highlights(session, query, [r.id for r in page], internal=internal)
    hits = [
        Hit(
            score=float(r.score),
            highlight=highlights.get(r.id, Highlight("", "")),
            ticket=tickets.get(r.ticket_id) if r.ticket_id is not None else None,
            article=articles.get(r.article_id) if r.article_id is not None else None,
        )
        for r in page
    ]
    return hits, next_cursor


def _by_id(session: Session, statement: Any, model: Any, ids: Sequence[int]) -> dict[int, Any]:
    if not ids:
        return {}
    return {row.id: row for row in session.scalars(statement.where(model.id.in_(ids)))}
