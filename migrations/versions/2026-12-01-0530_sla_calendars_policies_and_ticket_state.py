"""SLA calendars and policies (versioned), alerts, and each ticket's SLA state

`sla_calendar` / `sla_calendar_version` and `sla_policy` / `sla_policy_version`: immutable
versions, the latest current. `sla_alert`: one row per (ticket, metric, instance, kind), the
unique key that makes the periodic scan write each warning and breach once. On `ticket`:
the policy version it follows, its next deadline (indexed: it orders queues), whether it is
paused or breached, and when the scan must next look at it. Existing tickets have no policy.

Revision ID: 9a3d5f7b1c20
Revises: 9b3d6f1a2c57
Create Date: 2026-12-01 05:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9a3d5f7b1c20"
down_revision: str | None = "9b3d6f1a2c57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp() -> sa.Column[object]:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "sla_calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _stamp(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_calendar")),
    )
    op.create_table(
        "sla_calendar_version",
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("week", sa.JSON(), nullable=False),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        _stamp(),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["sla_calendar.id"],
            name=op.f("fk_sla_calendar_version_calendar_id_sla_calendar"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_sla_calendar_version_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("calendar_id", "version", name=op.f("pk_sla_calendar_version")),
    )
    op.create_table(
        "sla_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _stamp(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policy")),
    )
    op.create_index(op.f("ix_sla_policy_position"), "sla_policy", ["position"], unique=False)
    op.create_table(
        "sla_policy_version",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=True),
        sa.Column("calendar_version", sa.Integer(), nullable=True),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("pausing", sa.JSON(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("warning_percent", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        _stamp(),
        sa.ForeignKeyConstraint(
            ["calendar_id", "calendar_version"],
            ["sla_calendar_version.calendar_id", "sla_calendar_version.version"],
            name=op.f("fk_sla_policy_version_calendar_id_sla_calendar_version"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_sla_policy_version_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["sla_policy.id"],
            name=op.f("fk_sla_policy_version_policy_id_sla_policy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("policy_id", "version", name=op.f("pk_sla_policy_version")),
    )
    op.create_table(
        "sla_alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=20), nullable=False),
        sa.Column("instance", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        _stamp(),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_sla_alert_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_alert")),
        sa.UniqueConstraint(
            "ticket_id",
            "metric",
            "instance",
            "kind",
            name=op.f("uq_sla_alert_ticket_id_metric_instance_kind"),
        ),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sla_policy_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sla_policy_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sla_due_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("sla_paused", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("sla_breached", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("sla_check_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_ticket_sla_due", ["sla_due_at", "id"], unique=False)
        batch_op.create_index("ix_ticket_sla_check", ["sla_check_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_sla_check")
        batch_op.drop_index("ix_ticket_sla_due")
        batch_op.drop_column("sla_check_at")
        batch_op.drop_column("sla_breached")
        batch_op.drop_column("sla_paused")
        batch_op.drop_column("sla_due_at")
        batch_op.drop_column("sla_policy_version")
        batch_op.drop_column("sla_policy_id")
    op.drop_table("sla_alert")
    op.drop_table("sla_policy_version")
    op.drop_index(op.f("ix_sla_policy_position"), table_name="sla_policy")
    op.drop_table("sla_policy")
    op.drop_table("sla_calendar_version")
    op.drop_table("sla_calendar")
