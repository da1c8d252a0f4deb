"""one view and one deflection answer per person, article and day

`article_view` keeps who read a published article on which UTC day, so a person's views count
once a day. `deflection` gets the day of the answer and `article_key` (the article id, 0 for
none) under a unique constraint: the latest answer of the day replaces earlier ones. Existing
answers are given their day, and of several by one person about one article on one day only the
latest is kept. Existing view counts stay as they are.

Revision ID: 68938818f4ef
Revises: 5b7e2c1d9a40
Create Date: 2026-12-01 02:45:25.125115
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "68938818f4ef"
down_revision: str | None = "5b7e2c1d9a40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_view",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("viewed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_view_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_article_view_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "user_id", "viewed_on", name=op.f("pk_article_view")),
    )
    with op.batch_alter_table("deflection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("article_key", sa.Integer(), nullable=True))

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE deflection SET answered_on = (created_at AT TIME ZONE 'UTC')::date, "
            "article_key = COALESCE(article_id, 0)"
        )
    else:  # SQLite keeps UTC instants as text
        op.execute(
            "UPDATE deflection SET answered_on = date(created_at), "
            "article_key = COALESCE(article_id, 0)"
        )
    op.execute(
        "DELETE FROM deflection WHERE id NOT IN "
        "(SELECT max(id) FROM deflection GROUP BY user_id, article_key, answered_on)"
    )

    with op.batch_alter_table("deflection", schema=None) as batch_op:
        batch_op.alter_column("answered_on", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("article_key", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_deflection_user_id_article_key_answered_on"),
            ["user_id", "article_key", "answered_on"],
        )


def downgrade() -> None:
    with op.batch_alter_table("deflection", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_deflection_user_id_article_key_answered_on"), type_="unique"
        )
        batch_op.drop_column("article_key")
        batch_op.drop_column("answered_on")
    op.drop_table("article_view")
