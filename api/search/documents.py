"""The full-text index, write side: search_document rows, in the caller's transaction.

Services call these right where the indexed text changes (a ticket opened or edited, a
comment added, an article saved), so a search sees exactly what the transaction committed
and a rollback takes the index entry with it. The database then derives its index entries
from the row (SQLite triggers into FTS5; a generated tsvector on PostgreSQL).

Why in the services rather than in database triggers on ticket, comment and article: what
is indexed is application logic (which comments are public, the ticket's guessed language,
an article's markdown reduced to text, a guide's questions) that would otherwise be written
twice, in two SQL dialects, inside migrations. `sportello reindex` rebuilds every row from
scratch with the same functions, should anything ever write around them.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.guide.rules import NodeType
from api.knowledge.kinds import ArticleKind
from api.knowledge.markdown import plain_text
from api.knowledge.models import Article
from api.search.language import guess_language
from api.search.models import SearchDocument
from api.ticket.models import Ticket

BATCH = 500


@dataclass(frozen=True)
class Counts:
    tickets: int
    articles: int


def _ticket_body(ticket: Ticket) -> str:
    return ticket.description + (f"\n{ticket.resolution}" if ticket.resolution else "")


def _ticket_language(ticket: Ticket) -> str:
    return guess_language(f"{ticket.subject}\n{ticket.description}") or "simple"


def index_new_ticket(session: Session, ticket: Ticket) -> None:
    session.execute(
        insert(SearchDocument).values(
            ticket_id=ticket.id,
            language=_ticket_language(ticket),
            title=ticket.subject,
            body=_ticket_body(ticket),
            extra="",
            internal="",
        )
    )


def ticket_text_changed(session: Session, ticket: Ticket) -> None:
    """Subject, description or resolution changed (the comments did not)."""
    # Never autoflush a change the caller is half-way through (it would bump the version).
    with session.no_autoflush:
        _update_ticket_text(session, ticket)


def _update_ticket_text(session: Session, ticket: Ticket) -> None:
    result = session.execute(
        update(SearchDocument)
        .where(SearchDocument.ticket_id == ticket.id)
        .values(language=_ticket_language(ticket), title=ticket.subject, body=_ticket_body(ticket))
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 1) == 0:  # indexed before this code existed: build it
        reindex_ticket(session, ticket)


def comment_added(session: Session, ticket: Ticket, body: str, *, internal: bool) -> None:
    column = SearchDocument.internal if internal else SearchDocument.extra
    with session.no_autoflush:
        result = session.execute(
            update(SearchDocument)
            .where(SearchDocument.ticket_id == ticket.id)
            .values({column: column + "\n" + body})
            .execution_options(synchronize_session=False)
        )
        if getattr(result, "rowcount", 1) == 0:
            reindex_ticket(session, ticket)


def _ticket_row(ticket: Ticket, comments: list[tuple[str, bool]]) -> dict[str, Any]:
    return {
        "ticket_id": ticket.id,
        "language": _ticket_language(ticket),
        "title": ticket.subject,
        "body": _ticket_body(ticket),
        "extra": "\n".join(body for body, internal in comments if not internal),
        "internal": "\n".join(body for body, internal in comments if internal),
    }


def reindex_ticket(session: Session, ticket: Ticket) -> None:
    comments = session.execute(
        select(Comment.body, Comment.internal)
        .where(Comment.ticket_id == ticket.id)
        .order_by(Comment.id)
    ).all()
    session.execute(delete(SearchDocument).where(SearchDocument.ticket_id == ticket.id))
    session.execute(
        insert(SearchDocument).values(_ticket_row(ticket, [(b, i) for b, i in comments]))
    )


def article_text(article: Article) -> tuple[str, str]:
    """(body, extra) of an article as indexed: its text, then its tags."""
    parts = [plain_text(article.body)]
    if article.kind is ArticleKind.guide and article.tree:
        # A guide is found by the symptoms its questions name and the fixes it gives.
        parts.extend(
            plain_text(str(node.get("text", "")))
            for node in article.tree.get("nodes", [])
            if node.get("type") in (NodeType.question, NodeType.solution, NodeType.ticket)
        )
    return "\n".join(p for p in parts if p), " ".join(article.tags)


def _article_row(article: Article) -> dict[str, Any]:
    body, extra = article_text(article)
    return {
        "article_id": article.id,
        "language": article.language.value,
        "title": article.title,
        "body": body,
        "extra": extra,
        "internal": "",
    }


def index_article(session: Session, article: Article) -> None:
    row = _article_row(article)
    result = session.execute(
        update(SearchDocument)
        .where(SearchDocument.article_id == article.id)
        .values({k: v for k, v in row.items() if k != "article_id"})
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 1) == 0:
        session.execute(insert(SearchDocument).values(row))


def remove_article(session: Session, article_id: int) -> None:
    session.execute(delete(SearchDocument).where(SearchDocument.article_id == article_id))


def rebuild(session: Session) -> Counts:
    """Every document again, from the tickets, comments and articles themselves."""
    session.execute(delete(SearchDocument))
    tickets = 0
    last_id = 0
    while True:
        batch = list(
            session.scalars(
                select(Ticket).where(Ticket.id > last_id).order_by(Ticket.id).limit(BATCH)
            )
        )
        if not batch:
            break
        ids = [t.id for t in batch]
        comments: dict[int, list[tuple[str, bool]]] = {i: [] for i in ids}
        for ticket_id, body, internal in session.execute(
            select(Comment.ticket_id, Comment.body, Comment.internal)
            .where(Comment.ticket_id.in_(ids))
            .order_by(Comment.ticket_id, Comment.id)
        ):
            comments[ticket_id].append((body, internal))
        session.execute(insert(SearchDocument), [_ticket_row(t, comments[t.id]) for t in batch])
        tickets += len(batch)
        last_id = ids[-1]
        session.expunge_all()
    articles = list(session.scalars(select(Article).order_by(Article.id)))
    if articles:
        session.execute(insert(SearchDocument), [_article_row(a) for a in articles])
    return Counts(tickets=tickets, articles=len(articles))
