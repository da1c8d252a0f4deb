"""Mail messages by Message-ID, in and out, for threading replies into their tickets

Revision ID: 7e1a4c9d2b30
Revises: 4c8e2a6d9f13
Create Date: 2026-12-01 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7e1a4c9d2b30"
down_revision: str | None = "4c8e2a6d9f13"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.String(length=998), nullable=False),
        sa.Column("in_reply_to", sa.String(length=998), nullable=True),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comment.id"],
            name=op.f("fk_mail_message_comment_id_comment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_mail_message_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_message_message_id")),
    )
    op.create_index("ix_mail_message_ticket", "mail_message", ["ticket_id", "id"])
    op.create_index(
        op.f("ix_mail_message_comment_id"), "mail_message", ["comment_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_mail_message_comment_id"), table_name="mail_message")
    op.drop_index("ix_mail_message_ticket", table_name="mail_message")
    op.drop_table("mail_message")
