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

from sqlalchemy import CompoundSelect, Select, bindparam, select, union_all
from sqlalchemy.orm import Session, load_only

from api.auth.actor import Actor
from api.core.pagination import decode_cursor, encode_cursor
from api.knowledge.models import Article
from api.knowledge.repository import ArticleFilter, article_conditions, readable_articles
from api.search.index import Highlight, SearchEngine, engine_for
from api.search.models import SearchDocument
from api.search.query import TextQuery, any_of, each_term
from api.search.ranking import after, gather
from api.search.snippets import marked_to_html
from api.ticket.briefs import TicketRow, ticket_rows
from api.ticket.models import Ticket
from api.ticket.repository import TicketFilter, filtered_tickets

KINDS = frozenset({"article", "ticket"})
# Matching rows of each kind ranked per search, and the newest rows looked at first (see
# `search`).
CANDIDATES = 200
RECENT_ROWS = 20_000

# An article hit shows its summary: not its body nor its guide tree, the long columns.
_ARTICLE_SUMMARIES = select(Article).options(
    load_only(
        Article.kind,
        Article.title,
        Article.language,
        Article.category_id,
        Article.status,
        Article.visibility,
        Article.revision,
        Article.updated_at,
        Article.view_count,
        Article.helpful_count,
        Article.not_helpful_count,
        Article.version,
    )
)

# Built once, as the statements below whose only inputs are values: constructing a statement
# and computing its cache key on each search cost more than running it.
_ROWS_OF_TICKETS = select(
    SearchDocument.ticket_id, SearchDocument.id, SearchDocument.comment_id
).where(SearchDocument.ticket_id.in_(bindparam("ticket_ids", expanding=True)))
_ARTICLE_SUMMARIES_BY_ID = _ARTICLE_SUMMARIES.where(
    Article.id.in_(bindparam("article_ids", expanding=True))
)


@dataclass(frozen=True)
class Hit:
    score: float
    highlight: Highlight
    article: Article | None = None
    ticket: TicketRow | None = None


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
    """One page of hits, best first; the cursor is the last hit's (score, key).

    Only the CANDIDATES newest matching rows of each kind the actor may read are ranked.
    For staff they are looked for among the RECENT_ROWS newest rows first, so a common word
    reads a few thousand rows at 100,000 tickets as at 1,000,000; only when too few match there
    is the whole index searched (a rarer word: few matches to read anyway). Either way the
    candidates are the same rows: when the newest rows hold enough, they hold the newest
    matches. The trade-off: when more rows match, an older ticket that would score better is
    not offered; narrower words, or the list filters, reach it.
    """
    if not query or not scope.kinds:
        return [], None
    engine = engine_for(session)
    internal = actor.is_staff
    # Staff read every ticket: the newest rows are theirs, and a common word fills the
    # candidates there. A customer's few tickets hold few of the newest rows: the bounded pass
    # would come up short and the whole index be searched after it anyway.
    recent_first = actor.is_staff
    any_term = any_of(query)
    per_kind: list[tuple[str, Select[Any]]] = []
    if "ticket" in scope.kinds:
        per_kind.append(("ticket", _ticket_rows(session, actor, engine, query, scope)))
    if "article" in scope.kinds:
        per_kind.append(("article", _article_rows(session, actor, engine, query, scope)))
    newest = engine.prepare(session, newest_first=recent_first)
    rows: Sequence[Any] | None = None
    if "ticket" not in scope.kinds or recent_first:
        rows = session.execute(
            engine.ranked(
                any_term, _candidates(per_kind, above=newest - RECENT_ROWS), internal=internal
            )
        ).all()
        if "ticket" in scope.kinds and sum(r.ticket_id is not None for r in rows) < CANDIDATES:
            rows = None
    if rows is None:
        rows = session.execute(
            engine.ranked(any_term, _candidates(per_kind, above=None), internal=internal)
        ).all()
    ranked = gather(rows)
    kind = _cursor_kind(query, scope)
    if cursor:
        score, key = decode_cursor(cursor, kind, (float, int))
        ranked = after(ranked, score, key)
    page = ranked[:limit]
    next_cursor = (
        encode_cursor(kind, [page[-1].score, page[-1].key]) if len(ranked) > limit else None
    )

    ticket_ids = [h.ticket_id for h in page if h.ticket_id is not None]
    tickets = ticket_rows(session, ticket_ids)
    article_ids = [h.article_id for h in page if h.article_id is not None]
    articles = (
        {a.id: a for a in session.scalars(_ARTICLE_SUMMARIES_BY_ID, {"article_ids": article_ids})}
        if article_ids
        else {}
    )
    own_rows = _own_rows(session, ticket_ids)
    shown = {h.best_doc_id for h in page} | set(own_rows.values())
    highlights = engine.highlights(session, any_term, sorted(shown), internal=internal)
    hits = []
    for h in page:
        ticket = tickets.get(h.ticket_id) if h.ticket_id is not None else None
        article = articles.get(h.article_id) if h.article_id is not None else None
        title_doc = own_rows.get(ticket.id, h.best_doc_id) if ticket else h.best_doc_id
        hits.append(
            Hit(
                score=h.score,
                highlight=_highlight(
                    highlights.get(title_doc),
                    highlights.get(h.best_doc_id),
                    ticket.subject if ticket is not None else "",
                ),
                ticket=ticket,
                article=article,
            )
        )
    return hits, next_cursor


def _ticket_rows(
    session: Session, actor: Actor, engine: SearchEngine, query: TextQuery, scope: Scope
) -> Select[Any]:
    """Matching rows of the tickets in scope, joined to the actor's authorization filter,
    so that a customer's few tickets narrow the search rather than being filtered out of it."""
    internal = actor.is_staff
    document = SearchDocument
    rows = select(document.id).where(engine.matches(any_of(query), internal=internal))
    readable = filtered_tickets(session, actor, scope.tickets).whereclause
    if readable is None and not scope.with_resolution:
        # Staff with no ticket filter: every ticket row counts. Joining the tickets anyway
        # would have PostgreSQL hash all of them (13 ms at 100,000) to keep each row.
        rows = rows.where(document.ticket_id.is_not(None))
    else:
        rows = rows.join(Ticket, Ticket.id == document.ticket_id)
    if readable is not None:
        rows = rows.where(readable)
    parts = each_term(query)
    for part in parts if len(parts) > 1 else ():  # every term somewhere in the ticket
        rows = rows.where(engine.ticket_has(part, internal=internal))
    if scope.exclude_ticket_id is not None:
        rows = rows.where(document.ticket_id != scope.exclude_ticket_id)
    if scope.with_resolution:
        rows = rows.where(Ticket.resolution.is_not(None))
    return rows


def _article_rows(
    session: Session, actor: Actor, engine: SearchEngine, query: TextQuery, scope: Scope
) -> Select[Any]:
    rows = (
        select(SearchDocument.id)
        .where(
            SearchDocument.article_id.is_not(None),  # reads the article rows' index entries only
            engine.matches(any_of(query), internal=False),
        )
        .join(Article, Article.id == SearchDocument.article_id)
    )
    readable = (
        readable_articles(actor).where(*article_conditions(session, scope.articles))
    ).whereclause
    if readable is not None:
        rows = rows.where(readable)
    if len(each_term(query)) > 1:  # an article is one row: every term in it
        rows = rows.where(engine.matches(query, internal=False))
    return rows


def _candidates(
    per_kind: list[tuple[str, Select[Any]]], *, above: int | None
) -> CompoundSelect[Any]:
    """The CANDIDATES newest rows of each kind; tickets' among the rows with an id `above`
    when given (articles are few: all of them)."""
    # `id + 0`: walking the primary key backwards, filtering every row until enough match, is
    # what the planner picks for a LIMIT, and takes seconds when the matches are old ones.
    # The bound is a value, not a subquery, so that the planner knows how few rows it keeps:
    # on PostgreSQL one scan of the GIN index, which holds each row's id beside its words.
    newest_first = (SearchDocument.id + 0).desc()
    bounded = [
        (rows.where(SearchDocument.id > above) if above is not None and kind == "ticket" else rows)
        .order_by(newest_first)
        .limit(CANDIDATES)
        .subquery()
        for kind, rows in per_kind
    ]
    return union_all(*(select(b.c.id) for b in bounded))


def _own_rows(session: Session, ticket_ids: Sequence[int]) -> dict[int, int]:
    """The search row of each ticket itself (not of its comments): its title is there."""
    if not ticket_ids:
        return {}
    # The comment filter is applied here, not in SQL: without statistics SQLite would walk
    # the comment_id index over every ticket's own row instead of using ticket_id's.
    rows = session.execute(_ROWS_OF_TICKETS, {"ticket_ids": list(ticket_ids)})
    return {
        int(ticket_id or 0): int(doc_id)
        for ticket_id, doc_id, comment_id in rows
        if comment_id is None
    }


def _highlight(title: Highlight | None, best: Highlight | None, subject: str) -> Highlight:
    """The title from the ticket's own row, the snippet from its best matching row."""
    title_html = title.title_html if title is not None and title.title_html else ""
    if not title_html and subject:
        title_html = marked_to_html(subject)  # the subject does not match: shown plain
    snippet = best.snippet_html if best is not None and best.snippet_html else ""
    if not snippet and title is not None:
        snippet = title.snippet_html
    return Highlight(title_html, snippet)
