"""A team's unfinished tickets in queue order (a partial index)

Revision ID: 7c2e4a9d1f38
Revises: 3b8d5f2a9c61
Create Date: 2026-12-02 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c2e4a9d1f38"
down_revision: str | None = "3b8d5f2a9c61"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNFINISHED = sa.text("status IN ('in_progress', 'new', 'open', 'pending')")


def upgrade() -> None:
    op.create_index(
        "ix_ticket_team_unfinished",
        "ticket",
        ["team_id", "priority", "created_at", "id"],
        postgresql_where=UNFINISHED,
        sqlite_where=UNFINISHED,
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_team_unfinished", table_name="ticket")
