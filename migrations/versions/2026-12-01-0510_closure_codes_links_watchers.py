"""closure codes, linked tickets and watchers

`ticket.closure_code` says how a ticket ended (resolved, duplicate, withdrawn, rejected) with
`closure_reason`; `ticket.merged_into_id` names a merged duplicate's surviving ticket.
`ticket_link` holds parent/child, related, duplicate and incident/problem links;
`ticket_watcher` the people following a ticket. Tickets resolved or closed before closure
codes existed were all resolutions: they get `resolved`.

Revision ID: 3d8f1c6a2b57
Revises: 5e0c2b7d9a41
Create Date: 2026-12-01 05:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3d8f1c6a2b57"
down_revision: str | None = "5e0c2b7d9a41"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closure_code", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("closure_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ticket_closure_code"), ["closure_code"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_ticket_merged_into_id_ticket"),
            "ticket",
            ["merged_into_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute("UPDATE ticket SET closure_code = 'resolved' WHERE status IN ('resolved', 'closed')")
    op.create_table(
        "ticket_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_link_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["ticket.id"],
            name=op.f("fk_ticket_link_other_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_ticket_link_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_link")),
        sa.UniqueConstraint(
            "ticket_id", "other_id", "kind", name=op.f("uq_ticket_link_ticket_id_other_id_kind")
        ),
    )
    op.create_index("ix_ticket_link_other", "ticket_link", ["other_id", "kind"], unique=False)
    op.create_table(
        "ticket_watcher",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_watcher_added_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_ticket_watcher_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_watcher_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", "user_id", name=op.f("pk_ticket_watcher")),
    )
    op.create_index(op.f("ix_ticket_watcher_user_id"), "ticket_watcher", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_ticket_watcher_user_id"), table_name="ticket_watcher")
    op.drop_table("ticket_watcher")
    op.drop_index("ix_ticket_link_other", table_name="ticket_link")
    op.drop_table("ticket_link")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ticket_merged_into_id_ticket"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_ticket_closure_code"))
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("closure_reason")
        batch_op.drop_column("closure_code")
