"""Satisfaction surveys: one per ticket, offered on resolution, answered 1 to 5

Revision ID: 5b9e3f7a1c24
Revises: 7e1a4c9d2b30
Create Date: 2026-12-01 08:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b9e3f7a1c24"
down_revision: str | None = "7e1a4c9d2b30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "satisfaction_survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("rated_by_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 1 AND rating <= 5)",
            name=op.f("ck_satisfaction_survey_rating_range"),
        ),
        sa.ForeignKeyConstraint(
            ["rated_by_id"],
            ["user_account.id"],
            name=op.f("fk_satisfaction_survey_rated_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_satisfaction_survey_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_survey")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_satisfaction_survey_ticket_id")),
    )
    op.create_index("ix_satisfaction_survey_offered", "satisfaction_survey", ["offered_at", "id"])
    op.create_index("ix_satisfaction_survey_answered", "satisfaction_survey", ["answered_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_satisfaction_survey_answered", table_name="satisfaction_survey")
    op.drop_index("ix_satisfaction_survey_offered", table_name="satisfaction_survey")
    op.drop_table("satisfaction_survey")
