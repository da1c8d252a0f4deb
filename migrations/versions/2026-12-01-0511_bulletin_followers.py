"""customers follow a known outage instead of filing a duplicate request

Revision ID: 3f8a1c6e2b57
Revises: 3d8f1c6a2b57
Create Date: 2026-12-01 05:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3f8a1c6e2b57"
down_revision: str | None = "3d8f1c6a2b57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bulletin_follower",
        sa.Column("bulletin_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["bulletin_id"],
            ["bulletin.id"],
            name=op.f("fk_bulletin_follower_bulletin_id_bulletin"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_bulletin_follower_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bulletin_id", "user_id", name=op.f("pk_bulletin_follower")),
    )
    op.create_index(
        op.f("ix_bulletin_follower_user_id"), "bulletin_follower", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_bulletin_follower_user_id"), table_name="bulletin_follower")
    op.drop_table("bulletin_follower")
