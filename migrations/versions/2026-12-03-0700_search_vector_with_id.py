"""PostgreSQL: the full-text GIN index also holds each row's id (btree_gin), so a search's
first pass, the matching rows among the newest ones, is one index scan instead of a walk
over every newest row's tsvector (api/search/repository.py)

Revision ID: 9a3c5e7b1d20
Revises: 4d8b2f6a0c17
Create Date: 2026-12-03 07:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9a3c5e7b1d20"
down_revision: str | None = "4d8b2f6a0c17"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # btree_gin ships with PostgreSQL (contrib) and is a trusted extension: the database's
    # owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    # The same name: one GIN index serves a search on the vector alone as before.
    op.execute("DROP INDEX IF EXISTS ix_search_document_search_vector")
    op.execute(
        "CREATE INDEX ix_search_document_search_vector "
        "ON search_document USING gin (search_vector, id)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_document_search_vector")
    op.execute(
        "CREATE INDEX ix_search_document_search_vector ON search_document USING gin (search_vector)"
    )
