"""credentials that can be taken back

- access_token.password_confirmed_at: when the holder last proved the account's password with
  this token (a self-service password change); a token counts as issued then, so the one that
  changed the password survives the change while every older one is dead.
- an index on throttle_bucket.window_started_at, so expired counters are purged without a scan.

Revision ID: 5c1e7a2d9b40
Revises: 1608f9068635
Create Date: 2026-12-01 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c1e7a2d9b40"
down_revision: str | None = "1608f9068635"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("password_confirmed_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("throttle_bucket", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_throttle_bucket_window_started_at"), ["window_started_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("throttle_bucket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_throttle_bucket_window_started_at"))
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.drop_column("password_confirmed_at")
