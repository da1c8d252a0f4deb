"""notifications, escalation rules, team supervisors, the auto-close index

`notification`: in-app messages per recipient. `escalation_rule`: what SLA alerts set off.
`team.supervisor_id`: whom escalation rules notify. `ix_ticket_resolved`: finds resolved
tickets past the auto-close deadline.

Revision ID: 3e5a7c9b1d20
Revises: 9a4d2e6b1c70
Create Date: 2026-12-01 05:05:36.239318
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3e5a7c9b1d20"
down_revision: str | None = "9a4d2e6b1c70"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "escalation_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "trigger",
            sa.String(length=20),
            nullable=False,
        ),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("priorities", sa.JSON(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_escalation_rule_category_id_category"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
            name=op.f("fk_escalation_rule_team_id_team"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_rule")),
        sa.UniqueConstraint("name", name=op.f("uq_escalation_rule_name")),
    )
    with op.batch_alter_table("escalation_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_rule_position"), ["position"], unique=False)

    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["user_account.id"],
            name=op.f("fk_notification_recipient_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_notification_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index("ix_notification_recipient", ["recipient_id", "id"], unique=False)
        batch_op.create_index(
            "ix_notification_recipient_unread", ["recipient_id", "read_at", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_notification_ticket_id"), ["ticket_id"], unique=False)

    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supervisor_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_team_supervisor_id_user_account"),
            "user_account",
            ["supervisor_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_resolved", ["status", "resolved_at", "id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_resolved")

    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_team_supervisor_id_user_account"), type_="foreignkey"
        )
        batch_op.drop_column("supervisor_id")

    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_ticket_id"))
        batch_op.drop_index("ix_notification_recipient_unread")
        batch_op.drop_index("ix_notification_recipient")

    op.drop_table("notification")
    with op.batch_alter_table("escalation_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_rule_position"))

    op.drop_table("escalation_rule")
