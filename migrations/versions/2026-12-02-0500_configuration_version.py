"""The configuration's version token: API workers keep the configuration they read until it
changes (api/configuration/cache.py)

Revision ID: 4d8b2f6a0c17
Revises: 7c2e4a9d1f38
Create Date: 2026-12-02 05:00:00.000000
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4d8b2f6a0c17"
down_revision: str | None = "7c2e4a9d1f38"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "configuration_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_configuration_version")),
    )
    # A token from the start, so that workers keep their copies before the first change.
    op.execute(
        sa.text("INSERT INTO configuration_version (id, token) VALUES (1, :token)").bindparams(
            token=uuid.uuid4().hex
        )
    )


def downgrade() -> None:
    op.drop_table("configuration_version")
