"""An index for a team's queue by SLA deadline

`ix_ticket_team_sla_due (team_id, sla_due_at, id)`: `sort=sla_due_at` with `team_id=` walks
the team's tickets in deadline order (nulls last, PostgreSQL's default for an ascending
index), so a page reads about a page of rows whatever the size of the help desk, instead of
walking every team's deadlines in `ix_ticket_sla_due` and filtering out the other teams'.

Revision ID: 4c8e2a6d9f13
Revises: 9a3d5f7b1c20
Create Date: 2026-12-01 06:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "4c8e2a6d9f13"
down_revision: str | None = "9a3d5f7b1c20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ticket_team_sla_due", "ticket", ["team_id", "sla_due_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_team_sla_due", table_name="ticket")
