"""The full-text index, read side: one interface, a SQLite FTS5 and a PostgreSQL engine.

Rows are matched one by one (a ticket's own row, each of its comments, an article); the
search repository gathers a ticket's rows into one hit. Each engine answers: which rows
match a parsed query, the score of a bounded set of candidate rows (higher is better), which
tickets or articles match (for list filters: every term somewhere in the ticket's rows), and
the highlighted title and snippet of a handful of rows. `internal=False` (customers) never
matches nor quotes an internal note.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnClause

from api.search.models import SearchDocument
from api.search.query import TextQuery, any_of, each_term, fts5_expression, tsquery_text
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
# ts_rank_cd normalization 1: divide by 1 + log(length), so long texts do not win by bulk.
RANK_NORMALIZATION = 1
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=32, MinWords=12, ShortWord=2, "
    f'MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
)
TITLE_OPTIONS = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"
# A row's own configuration, as the generated search_vector column picks it (see the migration):
# one expression instead of a CASE per language around every text search function.
_ROW_CONFIG: ColumnClause[Any] = literal_column(
    "CASE search_document.language "
    + " ".join(f"WHEN '{k}' THEN '{v}'::regconfig" for k, v in CONFIGS.items() if k != "simple")
    + f" ELSE '{CONFIGS['simple']}'::regconfig END"
)

TicketIds = Select[tuple[int]]


@dataclass(frozen=True)
class Highlight:
    title_html: str
    snippet_html: str


class SearchEngine(Protocol):
    def prepare(self, session: Session, *, newest_first: bool) -> int:
        """Set up the session's transaction for the statements of one search, which looks at
        the newest rows first if `newest_first`; return the newest row's id (0 if none)."""
        ...

    def matches(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        """The search_document rows that match the whole query on their own."""
        ...

    def ranked(
        self, query: TextQuery, candidates: Select[Any] | CompoundSelect[Any], *, internal: bool
    ) -> Select[Any]:
        """(doc_id, ticket_id, article_id, score) of the candidate rows (ids) that match."""
        ...

    def ticket_has(self, term: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        """Some row of the outer search_document row's ticket has the term."""
        ...

    def matching_ticket_ids(self, query: TextQuery, *, internal: bool) -> TicketIds: ...

    def matching_article_ids(self, query: TextQuery) -> Select[tuple[int]]: ...

    def highlights(
        self, session: Session, query: TextQuery, doc_ids: Sequence[int], *, internal: bool
    ) -> dict[int, Highlight]: ...


def engine_for(session: Session) -> SearchEngine:
    return engine_named(session.get_bind().dialect.name)


def engine_named(dialect: str) -> SearchEngine:
    return PostgresEngine() if dialect == "postgresql" else SqliteEngine()


# The newest search row's id: a search looks among the rows just below it first.
_NEWEST_ID = select(func.coalesce(func.max(SearchDocument.id), 0))


class _Matching:
    """What both engines derive from `matches`: the tickets and articles that match."""

    def prepare(self, session: Session, *, newest_first: bool) -> int:
        return (session.scalar(_NEWEST_ID) or 0) if newest_first else 0

    def matches(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        raise NotImplementedError

    def ticket_has(self, term: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        raise NotImplementedError

    def matching_ticket_ids(self, query: TextQuery, *, internal: bool) -> TicketIds:
        """Tickets having every term in some row they show the actor (any term if any_term)."""
        parts = each_term(query)
        tickets: Select[Any] = (
            select(SearchDocument.ticket_id)
            .where(
                self.matches(any_of(query), internal=internal),
                SearchDocument.ticket_id.is_not(None),
                *(self.ticket_has(part, internal=internal) for part in parts if len(parts) > 1),
            )
            .distinct()
        )
        return tickets

    def matching_article_ids(self, query: TextQuery) -> Select[tuple[int]]:
        return select(SearchDocument.article_id).where(  # type: ignore[return-value]
            self.matches(query, internal=False), SearchDocument.article_id.is_not(None)
        )


class SqliteEngine(_Matching):
    """FTS5 with bm25 ranking, snippet() and highlight()."""

    _fts = table(FTS_TABLE, column("rowid", Integer))
    _table: ColumnClause[Any] = literal_column(FTS_TABLE)

    def _match(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        expression = fts5_expression(query, columns=None if internal else PUBLIC_COLUMNS)
        return self._table.match(literal(expression))

    def matches(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        documents = (
            select(self._fts.c.rowid)
            .select_from(self._fts)
            .where(self._match(query, internal=internal))
        )
        # `id + 0`: a membership test, not an index probe per listed id; probing would cost
        # (rows of the reader's tickets) x (matches), seconds for a customer with many tickets.
        return (SearchDocument.id + 0).in_(documents)

    def ticket_has(self, term: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        row = aliased(SearchDocument)
        documents = (
            select(self._fts.c.rowid)
            .select_from(self._fts)
            .where(self._match(term, internal=internal))
        )
        # Not a correlated EXISTS: SQLite would run the FTS match again for every outer row.
        return SearchDocument.ticket_id.in_(select(row.ticket_id).where(row.id.in_(documents)))

    def ranked(
        self, query: TextQuery, candidates: Select[Any] | CompoundSelect[Any], *, internal: bool
    ) -> Select[Any]:
        bm25 = func.bm25(self._table, *(literal(w) for w in BM25_WEIGHTS), type_=Float)
        return (
            select(
                SearchDocument.id.label("doc_id"),
                SearchDocument.ticket_id,
                SearchDocument.article_id,
                (-bm25).label("score"),
            )
            .select_from(self._fts)
            .join(SearchDocument, SearchDocument.id == self._fts.c.rowid)
            .where(self._match(query, internal=internal), (self._fts.c.rowid + 0).in_(candidates))
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


class PostgresEngine(_Matching):
    """tsvector with a GIN index; ts_rank_cd and ts_headline, per document language."""

    _vector: ColumnClause[Any] = literal_column("search_document.search_vector")

    @staticmethod
    def _config(language: str) -> ColumnElement[str]:
        return literal_column(f"'{CONFIGS[language]}'::regconfig")

    def _tsquery(self, language: str, text: str | ColumnElement[str]) -> ColumnElement[str]:
        return func.to_tsquery(
            self._config(language), text if isinstance(text, ColumnElement) else literal(text)
        )

    def matches(self, query: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        # One tsquery, the query as every language's configuration reads it: one exact GIN
        # scan, no per-row recheck of the tsvector (a per-language `language = x AND ...`
        # would re-read each matching row's tsvector). A row may thus match another language's
        # stem of a word, which only ever is a form of the word typed. Internal notes have rows
        # of their own: a customer's search leaves those rows out rather than restricting
        # weights in the tsquery, which would also force a recheck.
        text = literal(tsquery_text(query))  # one parameter, read by every configuration
        every_language = functools.reduce(
            lambda a, b: a.op("||")(b), (self._tsquery(language, text) for language in CONFIGS)
        )
        condition = self._vector.op("@@")(every_language)
        return condition if internal else and_(SearchDocument.internal == "", condition)

    def prepare(self, session: Session, *, newest_first: bool) -> int:
        return int(session.execute(_PREPARE[newest_first]).one()[0])

    def _has(
        self,
        language: InstrumentedAttribute[str],
        vector: ColumnElement[Any],
        term: ColumnElement[str],
    ) -> ColumnElement[bool]:
        """The row (its language, its tsvector) has the term, read in the row's own language,
        where a stop word (`after` in English) is no lexeme at all: such a term asks nothing of
        that row, as in a one-row document."""
        return or_(
            *(
                and_(
                    language == name,
                    or_(
                        func.numnode(self._tsquery(name, term)) == 0,
                        vector.op("@@")(self._tsquery(name, term)),
                    ),
                )
                for name in CONFIGS
            )
        )

    def ticket_has(self, term: TextQuery, *, internal: bool) -> ColumnElement[bool]:
        text = literal(tsquery_text(term))
        # The outer row itself first: most often it has every term (a subject naming both
        # words), and a row is one of its ticket's rows. Only when it lacks the term are the
        # ticket's other rows read, row by row; the OR also keeps the planner from joining
        # every ticket that has the term anywhere (all its rows read for a common word).
        own = self._has(SearchDocument.language, self._vector, text)
        row = aliased(SearchDocument, name="ticket_row")
        vector: ColumnClause[Any] = literal_column("ticket_row.search_vector")
        has_it = self._has(row.language, vector, text)
        if not internal:
            own = and_(SearchDocument.internal == "", own)
            has_it = and_(row.internal == "", has_it)
        others = select(row.id).where(row.ticket_id == SearchDocument.ticket_id, has_it).exists()
        return or_(own, others)

    def ranked(
        self, query: TextQuery, candidates: Select[Any] | CompoundSelect[Any], *, internal: bool
    ) -> Select[Any]:
        # Each row read in its own language: the configuration its tsvector was built with.
        row_query = func.to_tsquery(_ROW_CONFIG, literal(tsquery_text(query)))
        score = func.ts_rank_cd(self._vector, row_query, RANK_NORMALIZATION, type_=Float)
        return select(
            SearchDocument.id.label("doc_id"),
            SearchDocument.ticket_id,
            SearchDocument.article_id,
            score.label("score"),
        ).where(SearchDocument.id.in_(candidates))

    def highlights(
        self, session: Session, query: TextQuery, doc_ids: Sequence[int], *, internal: bool
    ) -> dict[int, Highlight]:
        if not doc_ids or not query:
            return {}
        rows = session.execute(
            _HIGHLIGHTS[internal], {"query": tsquery_text(query), "doc_ids": list(doc_ids)}
        )
        return {
            int(doc_id): Highlight(marked_to_html(title or ""), marked_to_html(snippet or ""))
            for doc_id, title, snippet in rows
        }


def _prepare_statement(*, newest_first: bool) -> Select[Any]:
    # For this transaction only. A search's statements are short and bounded: a parallel
    # plan forks workers for each (several ms apiece) and, under concurrent requests on few
    # cores, only adds CPU; JIT compiling, which the per-row subqueries' estimates can
    # trigger, takes longer than running them (half a second against tens of ms). Custom
    # plans only: psycopg prepares a statement run five times on a connection, and the
    # generic plan PostgreSQL then prefers knows nothing of the words or the reader (a
    # customer's search: 60 ms against 9).
    settings = {
        "max_parallel_workers_per_gather": "0",
        "jit": "off",
        "plan_cache_mode": "force_custom_plan",
    }
    if newest_first:
        # The planner prices matching a tsvector like comparing two integers: for the
        # newest rows it would walk the primary key and match each row's tsvector (11 ms
        # for 20,000 rows at 100,000 tickets) rather than read the GIN index, which holds
        # each row's id beside its words (2 ms). The other statements look rows up by id,
        # as fast with a bitmap scan. (A customer's search starts from their tickets.)
        settings["enable_indexscan"] = "off"
    else:
        # A customer's search starts from the tickets they may read: their own, or their
        # organization's watched or shared ones, an OR the indexes answer together. When
        # the words add conditions (two terms each looked for in the whole ticket), the
        # planner guessed the OR would keep a sixtieth of all tickets and read the whole
        # table for it: 43 ms, against 9 ms through the two indexes, at 100,000 tickets.
        settings["enable_seqscan"] = "off"
    # The newest id, when wanted, is read before the settings apply.
    newest = _NEWEST_ID.scalar_subquery() if newest_first else literal(0)
    return select(newest, *(func.set_config(k, v, True) for k, v in settings.items()))


def _highlights_statement(*, internal: bool) -> Select[Any]:
    # ts_headline reads only the text given: a customer's never includes internal notes.
    visible = SearchDocument.body + "\n" + SearchDocument.extra
    if internal:
        visible = visible + "\n" + SearchDocument.internal
    row_query = func.to_tsquery(_ROW_CONFIG, bindparam("query", type_=String))
    title = func.ts_headline(_ROW_CONFIG, SearchDocument.title, row_query, literal(TITLE_OPTIONS))
    snippet = func.ts_headline(_ROW_CONFIG, visible, row_query, literal(HEADLINE_OPTIONS))
    return select(SearchDocument.id, title, snippet).where(
        SearchDocument.id.in_(bindparam("doc_ids", expanding=True))
    )


# Built once (by newest_first, by internal): the statement and its cache key are made at
# import, not on every search.
_PREPARE = {flag: _prepare_statement(newest_first=flag) for flag in (False, True)}
_HIGHLIGHTS = {flag: _highlights_statement(internal=flag) for flag in (False, True)}
