"""The full-text index, read side: one interface, a SQLite FTS5 and a PostgreSQL engine.

Both answer the same three questions for a parsed query: which documents match (with a
score, higher is better), which tickets or articles match (for list filters), and the
highlighted title and snippet of a handful of documents. `internal=False` (customers)
restricts matching and quoting to the public columns: an internal note can neither make a
ticket match nor appear in a snippet.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from api.search.models import SearchDocument
from api.search.query import TextQuery, fts5_expression, tsquery_text
from api.search.snippets import ELLIPSIS, START, STOP, has_highlight, marked_to_html

# SQLite
FTS_TABLE = "search_document_fts"
PUBLIC_COLUMNS = ("title", "body", "extra")
BM25_WEIGHTS = (8.0, 3.0, 1.5, 1.0)  # title, body, extra, internal
SNIPPET_TOKENS = 28

# PostgreSQL: one text search configuration per document language (see the migration).
CONFIGS = {
    "en": "sportello_en",
    "es": "sportello_es",
    "it": "sportello_it",
    "fr": "sportello_fr",
    "simple": "sportello_simple",
}
PUBLIC_WEIGHTS = "ABC"  # D is the internal column
# ts_rank_cd normalization 1: divide by 1 + log(length), so long tickets do not win by bulk.
RANK_NORMALIZATION = 1
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=32, MinWords=12, ShortWord=2, "
    f'MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
)
TITLE_OPTIONS = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"


@dataclass(frozen=True)
class Highlight:
    title_html: str
    snippet_html: str


class SearchEngine(Protocol):
    def ranked(self, query: TextQuery, *, internal: bool) -> Subquery:
        """Matching documents as (doc_id, score), score higher for better matches."""
        ...

    def matching_ticket_ids(self, query: TextQuery, *, internal: bool) -> Select[tuple[int]]: ...

    def matching_article_ids(self, query: TextQuery) -> Select[tuple[int]]: ...

    def highlights(
        self, session: Session, query: TextQuery, doc_ids: Sequence[int], *, internal: bool
    ) -> dict[int, Highlight]: ...


def engine_for(session: Session) -> SearchEngine:
    return engine_named(session.get_bind().dialect.name)


def engine_named(dialect: str) -> SearchEngine:
    return PostgresEngine() if dialect == "postgresql" else SqliteEngine()


class SqliteEngine:
    """FTS5 with bm25 ranking, snippet() and highlight()."""

    _fts = table(FTS_TABLE, column("rowid", Integer))
    _table: ColumnClause[Any] = literal_column(FTS_TABLE)

    def _match(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        expression = fts5_expression(query, columns=None if internal else PUBLIC_COLUMNS)
        return self._table.match(literal(expression))

    def ranked(self, query: TextQuery, *, internal: bool) -> Subquery:
        bm25 = func.bm25(self._table, *(literal(w) for w in BM25_WEIGHTS), type_=Float)
        return (
            select(self._fts.c.rowid.label("doc_id"), (-bm25).label("score"))
            .select_from(self._fts)
            .where(self._match(query, internal=internal))
            .subquery("matches")
        )

    def _matching_documents(self, query: TextQuery, *, internal: bool) -> Select[tuple[int]]:
        return (
            select(self._fts.c.rowid)
            .select_from(self._fts)
            .where(self._match(query, internal=internal))
        )

    def matching_ticket_ids(self, query: TextQuery, *, internal: bool) -> Select[tuple[int]]:
        documents = self._matching_documents(query, internal=internal)
        return select(SearchDocument.ticket_id).where(  # type: ignore[return-value]
            SearchDocument.id.in_(documents), SearchDocument.ticket_id.is_not(None)
        )

    def matching_article_ids(self, query: TextQuery) -> Select[tuple[int]]:
        documents = self._matching_documents(query, internal=False)
        return select(SearchDocument.article_id).where(  # type: ignore[return-value]
            SearchDocument.id.in_(documents), SearchDocument.article_id.is_not(None)
        )

    def highlights(
        self, session: Session, query: TextQuery, doc_ids: Sequence[int], *, internal: bool
    ) -> dict[int, Highlight]:
        if not doc_ids or not query:
            return {}

        def snippet(column_index: int) -> ColumnElement[str]:
            return func.snippet(
                self._table,
                literal(column_index),
                literal(START),
                literal(STOP),
                literal(ELLIPSIS),
                literal(SNIPPET_TOKENS),
            )

        # A customer's snippet is cut from the body or the public comments only; staff let
        # FTS5 pick the best column (-1), internal notes included.
        columns = [snippet(-1)] if internal else [snippet(1), snippet(2)]
        statement = (
            select(
                self._fts.c.rowid,
                func.highlight(self._table, literal(0), literal(START), literal(STOP)),
                *columns,
            )
            .select_from(self._fts)
            .where(self._match(query, internal=internal), self._fts.c.rowid.in_(list(doc_ids)))
        )
        out: dict[int, Highlight] = {}
        for row in session.execute(statement):
            doc_id, title, *snippets = row
            best = next((s for s in snippets if s and has_highlight(s)), snippets[0] or "")
            out[int(doc_id)] = Highlight(marked_to_html(title or ""), marked_to_html(best))
        return out


class PostgresEngine:
    """tsvector with a GIN index; ts_rank_cd and ts_headline, per document language."""

    _vector: ColumnClause[Any] = literal_column("search_document.search_vector")

    @staticmethod
    def _config(language: str) -> ColumnElement[str]:
        return literal_column(f"'{CONFIGS[language]}'::regconfig")

    def _tsquery(self, language: str, text: str) -> ColumnElement[str]:
        return func.to_tsquery(self._config(language), literal(text))

    def _condition(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        # Each document is matched with the query as its own language's configuration reads
        # it; the GIN index serves every branch (a BitmapOr).
        text = tsquery_text(query, weights="" if internal else PUBLIC_WEIGHTS)
        return or_(
            *(
                and_(
                    SearchDocument.language == language,
                    self._vector.op("@@")(self._tsquery(language, text)),
                )
                for language in CONFIGS
            )
        )

    def ranked(self, query: TextQuery, *, internal: bool) -> Subquery:
        text = tsquery_text(query, weights="" if internal else PUBLIC_WEIGHTS)
        score = case(
            *(
                (
                    SearchDocument.language == language,
                    func.ts_rank_cd(
                        self._vector, self._tsquery(language, text), RANK_NORMALIZATION
                    ),
                )
                for language in CONFIGS
            ),
            else_=literal(0.0),
        )
        return (
            select(SearchDocument.id.label("doc_id"), score.label("score"))
            .where(self._condition(query, internal=internal))
            .subquery("matches")
        )

    def matching_ticket_ids(self, query: TextQuery, *, internal: bool) -> Select[tuple[int]]:
        return select(SearchDocument.ticket_id).where(  # type: ignore[return-value]
            self._condition(query, internal=internal), SearchDocument.ticket_id.is_not(None)
        )

    def matching_article_ids(self, query: TextQuery) -> Select[tuple[int]]:
        return select(SearchDocument.article_id).where(  # type: ignore[return-value]
            self._condition(query, internal=False), SearchDocument.article_id.is_not(None)
        )

    def highlights(
        self, session: Session, query: TextQuery, doc_ids: Sequence[int], *, internal: bool
    ) -> dict[int, Highlight]:
        if not doc_ids or not query:
            return {}
        # ts_headline reads only the text given: a customer's never includes internal notes.
        text = tsquery_text(query)
        visible = SearchDocument.body + "\n" + SearchDocument.extra
        if internal:
            visible = visible + "\n" + SearchDocument.internal

        def per_language(make_title: bool) -> ColumnElement[str]:
            return case(
                *(
                    (
                        SearchDocument.language == language,
                        func.ts_headline(
                            self._config(language),
                            SearchDocument.title if make_title else visible,
                            self._tsquery(language, text),
                            literal(TITLE_OPTIONS if make_title else HEADLINE_OPTIONS),
                        ),
                    )
                    for language in CONFIGS
                ),
                else_=SearchDocument.title if make_title else SearchDocument.body,
            )

        statement = select(SearchDocument.id, per_language(True), per_language(False)).where(
            SearchDocument.id.in_(list(doc_ids))
        )
        return {
            int(doc_id): Highlight(marked_to_html(title or ""), marked_to_html(snippet or ""))
            for doc_id, title, snippet in session.execute(statement)
        }
