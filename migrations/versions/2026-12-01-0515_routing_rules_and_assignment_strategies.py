"""routing rules and automatic assignment strategies

`routing_rule` (ordered conditions and actions), `category_routing` (a category's default
team and required skills), `team.assignment_strategy`, `assignment_cursor` (the per-team row
locked while an agent is picked) and `agent_profile` (available or away, skills).

Revision ID: 9a4d2e6b1c70
Revises: 3f8a1c6e2b57
Create Date: 2026-12-01 05:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9a4d2e6b1c70"
down_revision: str | None = "3f8a1c6e2b57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.add_column(
            sa.Column(
                "assignment_strategy",
                sa.String(length=20),
                server_default="manual",
                nullable=False,
            )
        )
    op.create_table(
        "routing_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.SmallInteger(), nullable=True),
        sa.Column("add_tags", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["user_account.id"],
            name=op.f("fk_routing_rule_assignee_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_routing_rule_team_id_team"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rule")),
        sa.UniqueConstraint("name", name=op.f("uq_routing_rule_name")),
    )
    op.create_index(op.f("ix_routing_rule_position"), "routing_rule", ["position"])
    op.create_table(
        "category_routing",
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("default_team_id", sa.Integer(), nullable=True),
        sa.Column("required_skills", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_category_routing_category_id_category"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["default_team_id"],
            ["team.id"],
            name=op.f("fk_category_routing_default_team_id_team"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("category_id", name=op.f("pk_category_routing")),
    )
    op.create_table(
        "assignment_cursor",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("last_agent_id", sa.Integer(), nullable=True),
        sa.Column("turns", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["last_agent_id"],
            ["user_account.id"],
            name=op.f("fk_assignment_cursor_last_agent_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
            name=op.f("fk_assignment_cursor_team_id_team"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_assignment_cursor")),
    )
    op.create_table(
        "agent_profile",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_agent_profile_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_agent_profile")),
    )


def downgrade() -> None:
    op.drop_table("agent_profile")
    op.drop_table("assignment_cursor")
    op.drop_table("category_routing")
    op.drop_index(op.f("ix_routing_rule_position"), table_name="routing_rule")
    op.drop_table("routing_rule")
    with op.batch_alter_table("team") as batch:
        batch.drop_column("assignment_strategy")
