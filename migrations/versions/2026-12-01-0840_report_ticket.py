"""The reports' row per ticket: times in calendar and business seconds, SLA verdicts, reopens

Kept by the ticket event subscriber in api/report/keeping.py. Tickets that existed before
this revision get theirs from `sportello reports rebuild` (business time needs the calendars,
which SQL cannot walk).

Revision ID: 5b2f8e1a7c44
Revises: 5b9e3f7a1c24
Create Date: 2026-12-01 08:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b2f8e1a7c44"
down_revision: str | None = "5b9e3f7a1c24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_ticket",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_response_seconds", sa.Integer(), nullable=True),
        sa.Column("first_response_business_seconds", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_seconds", sa.Integer(), nullable=True),
        sa.Column("resolution_business_seconds", sa.Integer(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("first_response_sla", sa.String(length=10), nullable=True),
        sa.Column("resolution_sla", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_report_ticket_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_report_ticket")),
    )
    op.create_index("ix_report_ticket_created", "report_ticket", ["created_at", "ticket_id"])
    op.create_index("ix_report_ticket_resolved", "report_ticket", ["resolved_at"])
    op.create_index("ix_report_ticket_status", "report_ticket", ["status", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_report_ticket_status", table_name="report_ticket")
    op.drop_index("ix_report_ticket_resolved", table_name="report_ticket")
    op.drop_index("ix_report_ticket_created", table_name="report_ticket")
    op.drop_table("report_ticket")
