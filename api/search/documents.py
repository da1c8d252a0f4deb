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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, case, delete, func, insert, literal, or_, select, update
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
# Indexed characters per row, title first: at most ~6 bytes of tsvector per character (one
# 4-byte letter per word), so a row stays well under PostgreSQL's 1 MB tsvector limit. Beyond
# it a text is still stored and shown in full, only not searchable. Today's field limits
# (100,000 per description or comment, 20,000 per resolution) stay within it.
ROW_CHARACTERS = 150_000
TEXT_FIELDS = ("title", "body", "extra", "internal")


@dataclass(frozen=True)
class Counts:
    tickets: int
    comments: int
    articles: int


def bounded(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its text fields cut, in index order, to ROW_CHARACTERS in all."""
    left = ROW_CHARACTERS
    out = dict(row)
    for name in TEXT_FIELDS:
        if name in out:
            out[name] = out[name][:left]
            left -= len(out[name])
    return out


def _ticket_body(ticket: Ticket) -> str:
    return ticket.description + (f"\n{ticket.resolution}" if ticket.resolution else "")


def _ticket_language(ticket: Ticket) -> str:
    return guess_language(f"{ticket.subject}\n{ticket.description}") or "simple"


def _ticket_row(ticket: Ticket, language: str) -> dict[str, Any]:
    return bounded(
        {
            "ticket_id": ticket.id,
            "language": language,
            "title": ticket.subject,
            "body": _ticket_body(ticket),
            "extra": "",
            "internal": "",
        }
    )


def _comment_row(ticket_id: int, comment_id: int, body: str, internal: bool) -> dict[str, Any]:
    """A comment's row; its language is set from its ticket's row."""
    return bounded(
        {
            "ticket_id": ticket_id,
            "comment_id": comment_id,
            "title": "",
            "body": "",
            "extra": "" if internal else body,
            "internal": body if internal else "",
        }
    )


def index_new_ticket(session: Session, ticket: Ticket) -> None:
    session.execute(insert(SearchDocument).values(_ticket_row(ticket, _ticket_language(ticket))))


def ticket_text_changed(session: Session, ticket: Ticket) -> None:
    """Subject, description or resolution changed (the comments did not)."""
    # Never autoflush a change the caller is half-way through (it would bump the version).
    with session.no_autoflush:
        _update_ticket_text(session, ticket)


def _update_ticket_text(session: Session, ticket: Ticket) -> None:
    row = _ticket_row(ticket, _ticket_language(ticket))
    own = SearchDocument.comment_id.is_(None)
    # One statement: the ticket's own row, and its comments' rows only if the guessed
    # language changed (their language picks the stemmer), so an edit stays cheap.
    result = session.execute(
        update(SearchDocument)
        .where(
            SearchDocument.ticket_id == ticket.id,
            or_(own, SearchDocument.language != row["language"]),
        )
        .values(
            language=row["language"],
            title=_when(own, row["title"], SearchDocument.title),
            body=_when(own, row["body"], SearchDocument.body),
        )
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 1) == 0:  # indexed before this code existed: build it
        reindex_ticket(session, ticket)


def _when(condition: Any, then: str, otherwise: Any) -> Any:
    return case((condition, literal(then)), else_=otherwise)


_DOCUMENTS: Table = SearchDocument.__table__  # type: ignore[assignment]
# A comment's row, in the language of its ticket's own row (built once: Core, no ORM).
_ADD_COMMENT = _DOCUMENTS.insert().from_select(
    ["ticket_id", "comment_id", *TEXT_FIELDS, "language"],
    select(
        *(
            bindparam(name, type_=_DOCUMENTS.c[name].type).label(name)
            for name in ("ticket_id", "comment_id", *TEXT_FIELDS)
        ),
        _DOCUMENTS.c.language,
    ).where(_DOCUMENTS.c.ticket_id == bindparam("ticket_id"), _DOCUMENTS.c.comment_id.is_(None)),
)


def comment_added(session: Session, ticket: Ticket, comment: Comment) -> None:
    """One new row, whatever the thread's length: the thousandth comment costs the first's."""
    row = _comment_row(ticket.id, comment.id, comment.body, comment.internal)
    result = session.connection().execute(_ADD_COMMENT, row)
    if result.rowcount == 0:  # the ticket has no row of its own yet
        with session.no_autoflush:
            reindex_ticket(session, ticket)


def _ticket_rows(ticket: Ticket, comments: list[tuple[int, str, bool]]) -> list[dict[str, Any]]:
    language = _ticket_language(ticket)
    return [_ticket_row(ticket, language)] + [
        _comment_row(ticket.id, comment_id, body, internal) | {"language": language}
        for comment_id, body, internal in comments
    ]


def reindex_ticket(session: Session, ticket: Ticket) -> None:
    comments = session.execute(
        select(Comment.id, Comment.body, Comment.internal)
        .where(Comment.ticket_id == ticket.id)
        .order_by(Comment.id)
    ).all()
    session.execute(delete(SearchDocument).where(SearchDocument.ticket_id == ticket.id))
    session.execute(
        insert(SearchDocument), _ticket_rows(ticket, [(i, b, n) for i, b, n in comments])
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
    return bounded(
        {
            "article_id": article.id,
            "language": article.language.value,
            "title": article.title,
            "body": body,
            "extra": extra,
            "internal": "",
        }
    )


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


def ticket_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Ticket)) or 0


def rebuild(session: Session, progress: Callable[[int], None] | None = None) -> Counts:
    """Every document again, from the tickets, comments and articles themselves.

    `progress` is told how many tickets each batch indexed.
    """
    session.execute(delete(SearchDocument))
    tickets = comments_indexed = 0
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
        comments: dict[int, list[tuple[int, str, bool]]] = {i: [] for i in ids}
        for comment_id, ticket_id, body, internal in session.execute(
            select(Comment.id, Comment.ticket_id, Comment.body, Comment.internal)
            .where(Comment.ticket_id.in_(ids))
            .order_by(Comment.ticket_id, Comment.id)
        ):
            comments[ticket_id].append((comment_id, body, internal))
        rows = [row for t in batch for row in _ticket_rows(t, comments[t.id])]
        session.execute(insert(SearchDocument), rows)
        tickets += len(batch)
        comments_indexed += len(rows) - len(batch)
        last_id = ids[-1]
        session.expunge_all()
        if progress is not None:
            progress(len(batch))
    articles = list(session.scalars(select(Article).order_by(Article.id)))
    if articles:
        session.execute(insert(SearchDocument), [_article_row(a) for a in articles])
    return Counts(tickets=tickets, comments=comments_indexed, articles=len(articles))
