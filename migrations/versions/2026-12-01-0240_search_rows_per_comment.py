"""full-text search: one search_document row per comment, every indexed text bounded

Until now a ticket had one search_document row and each comment was appended to it, so the
thousandth comment rewrote (and re-tokenized) the whole thread, and a long thread could
outgrow PostgreSQL's 1 MB tsvector. Now each comment has a row of its own (`comment_id`;
its text in `extra` if public, in `internal` if an internal note), the ticket's row keeps
subject, description and resolution, and search gathers a ticket's rows into one hit.

Existing rows are split here; every indexed text is cut to api/search/documents.py's
bound (150,000 characters per row, well under the 1 MB tsvector limit).

SQLite cannot drop the unique constraint on ticket_id in place: batch mode copies the table,
which drops the FTS5 triggers, so they are made again and the FTS5 index rebuilt.

Revision ID: 5e0c2b7d9a41
Revises: 68938818f4ef
Create Date: 2026-12-01 02:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e0c2b7d9a41"
down_revision: str | None = "68938818f4ef"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same bound as api/search/documents.py's ROW_CHARACTERS (a revision never imports the app).
ROW_CHARACTERS = 150_000

SQLITE_DELETE_OLD = (
    "INSERT INTO search_document_fts(search_document_fts, rowid, title, body, extra, internal) "
    "VALUES ('delete', old.id, old.title, old.body, old.extra, old.internal);"
)
SQLITE_INSERT_NEW = (
    "INSERT INTO search_document_fts(rowid, title, body, extra, internal) "
    "VALUES (new.id, new.title, new.body, new.extra, new.internal);"
)
SQLITE_TRIGGERS = {
    "insert": SQLITE_INSERT_NEW,
    "delete": SQLITE_DELETE_OLD,
    "update": SQLITE_DELETE_OLD + " " + SQLITE_INSERT_NEW,
}

SPLIT_COMMENTS = """
    INSERT INTO search_document (ticket_id, comment_id, language, title, body, extra, internal)
    SELECT c.ticket_id, c.id, d.language, '', '',
           CASE WHEN c.internal THEN '' ELSE substr(c.body, 1, :characters) END,
           CASE WHEN c.internal THEN substr(c.body, 1, :characters) ELSE '' END
    FROM comment c JOIN search_document d ON d.ticket_id = c.ticket_id AND d.comment_id IS NULL
    ORDER BY c.id
"""
EMPTY_TICKET_ROWS = """
    UPDATE search_document SET extra = '', internal = '', body = substr(body, 1, :characters)
    WHERE ticket_id IS NOT NULL AND comment_id IS NULL
"""
JOIN_COMMENTS = {
    "sqlite": """
        UPDATE search_document AS d SET
          extra = coalesce((SELECT group_concat(c.body, char(10)) FROM comment c
                            WHERE c.ticket_id = d.ticket_id AND c.internal = 0), ''),
          internal = coalesce((SELECT group_concat(c.body, char(10)) FROM comment c
                               WHERE c.ticket_id = d.ticket_id AND c.internal = 1), '')
        WHERE d.ticket_id IS NOT NULL AND d.comment_id IS NULL
    """,
    "postgresql": """
        UPDATE search_document AS d SET
          extra = coalesce((SELECT string_agg(c.body, E'\\n' ORDER BY c.id) FROM comment c
                            WHERE c.ticket_id = d.ticket_id AND NOT c.internal), ''),
          internal = coalesce((SELECT string_agg(c.body, E'\\n' ORDER BY c.id) FROM comment c
                               WHERE c.ticket_id = d.ticket_id AND c.internal), '')
        WHERE d.ticket_id IS NOT NULL AND d.comment_id IS NULL
    """,
}


def _sqlite_triggers_and_rebuild() -> None:
    for action, body in SQLITE_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS search_document_fts_{action}")
        op.execute(
            f"CREATE TRIGGER search_document_fts_{action} AFTER {action.upper()} "
            f"ON search_document BEGIN {body} END"
        )
    op.execute("INSERT INTO search_document_fts(search_document_fts) VALUES ('rebuild')")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("comment_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("uq_search_document_ticket_id"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_search_document_comment_id"), ["comment_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_search_document_comment_id_comment"),
            "comment",
            ["comment_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_search_document_ticket_id", ["ticket_id"], unique=False)
    if sqlite:
        _sqlite_triggers_and_rebuild()
    op.execute(sa.text(SPLIT_COMMENTS).bindparams(characters=ROW_CHARACTERS))
    op.execute(sa.text(EMPTY_TICKET_ROWS).bindparams(characters=ROW_CHARACTERS))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute(JOIN_COMMENTS["sqlite" if sqlite else "postgresql"])
    op.execute("DELETE FROM search_document WHERE comment_id IS NOT NULL")
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.drop_index("ix_search_document_ticket_id")
        batch_op.drop_constraint(
            batch_op.f("fk_search_document_comment_id_comment"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_search_document_comment_id"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_search_document_ticket_id"), ["ticket_id"])
        batch_op.drop_column("comment_id")
    if sqlite:
        _sqlite_triggers_and_rebuild()
