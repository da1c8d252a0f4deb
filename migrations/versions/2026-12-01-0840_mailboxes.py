"""Mailboxes read by IMAP, and where each one's poll has got to

Revision ID: 3f9a1c7e5d24
Revises: 5b2d8e4f1a67
Create Date: 2026-12-01 08:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3f9a1c7e5d24"
down_revision: str | None = "5b2d8e4f1a67"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mailbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=320), nullable=False),
        sa.Column("password_sealed", sa.Text(), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("after_ingest", sa.String(length=20), nullable=False),
        sa.Column("move_to", sa.String(length=200), nullable=True),
        sa.Column("desk_address", sa.String(length=320), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_mailbox_team_id_team"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox")),
        sa.UniqueConstraint("name", name=op.f("uq_mailbox_name")),
    )
    op.create_index(op.f("ix_mailbox_team_id"), "mailbox", ["team_id"], unique=False)
    op.create_table(
        "mailbox_poll",
        sa.Column("mailbox_id", sa.Integer(), nullable=False),
        sa.Column("uid_validity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("catching_up", sa.Boolean(), nullable=False),
        sa.Column("stuck_uid", sa.BigInteger(), nullable=True),
        sa.Column("stuck_attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("error", sa.String(length=1000), nullable=True),
        sa.Column("ingested", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mailbox.id"],
            name=op.f("fk_mailbox_poll_mailbox_id_mailbox"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mailbox_id", name=op.f("pk_mailbox_poll")),
    )


def downgrade() -> None:
    op.drop_table("mailbox_poll")
    op.drop_index(op.f("ix_mailbox_team_id"), table_name="mailbox")
    op.drop_table("mailbox")
