"""ticket numbers from a sequence on PostgreSQL

PostgreSQL hands out ticket numbers from `ticket_number_seq` instead of the `ticket_counter`
row, whose lock was held by each creating transaction until its commit, so creators queued
behind each other. A sequence is not transactional: a creation that rolls back leaves a gap.
The sequence is owned by ticket.number (TRUNCATE ... RESTART IDENTITY resets it) and starts
after the counter's last number. SQLite keeps the counter row (its writers hold the database
lock anyway); the table stays on both databases so that the schema is the same.

Revision ID: 5b7e2c1d9a40
Revises: 7c1e5a2b9d40
Create Date: 2026-12-01 02:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b7e2c1d9a40"
down_revision: str | None = "7c1e5a2b9d40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    last = bind.scalar(sa.text("SELECT last_number FROM ticket_counter WHERE id = 1"))
    highest = bind.scalar(sa.text("SELECT max(number) FROM ticket"))
    start = max(int(last or 1000), int(highest or 0)) + 1
    op.execute(
        sa.text(f"CREATE SEQUENCE ticket_number_seq START WITH {start} OWNED BY ticket.number")
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # The counter carries on after the highest number handed out.
    op.execute(
        sa.text(
            "UPDATE ticket_counter SET last_number = GREATEST(last_number, "
            "COALESCE((SELECT max(number) FROM ticket), 0))"
        )
    )
    op.execute(sa.text("DROP SEQUENCE ticket_number_seq"))
