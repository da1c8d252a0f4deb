"""background jobs: our queue for SQLite, procrastinate's schema on PostgreSQL

`background_job` holds the jobs of the embedded engine (SQLite); it is created on both
databases so the schema is the same everywhere, but on PostgreSQL procrastinate keeps the jobs
(README, Background work). Its schema is the installed procrastinate's own `schema.sql`,
applied as procrastinate applies it; a later procrastinate release that changes the schema
needs a revision applying its migration files (procrastinate/sql/migrations).

Revision ID: 9b3d6f1a2c57
Revises: 3e5a7c9b1d20
Create Date: 2026-12-01 05:10:00.000000
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from procrastinate.schema import SchemaManager

revision: str = "9b3d6f1a2c57"
down_revision: str | None = "3e5a7c9b1d20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _procrastinate_sql(statement: str) -> None:
    # On the driver connection: the schema's plpgsql must reach PostgreSQL untouched (no bind
    # parameters, '%' in RAISE messages), several statements in one go.
    op.get_bind().connection.driver_connection.execute(statement)


def upgrade() -> None:
    op.create_table(
        "background_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_name", sa.String(length=128), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("period_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_background_job")),
        sa.UniqueConstraint(
            "task_name", "period_at", name=op.f("uq_background_job_task_name_period_at")
        ),
    )
    op.create_index("ix_background_job_status_run_after", "background_job", ["status", "run_after"])
    if op.get_bind().dialect.name == "postgresql":
        _procrastinate_sql(SchemaManager.get_schema())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        schema = SchemaManager.get_schema()
        tables = re.findall(r"CREATE TABLE (\w+)", schema)
        functions = re.findall(r"CREATE FUNCTION (\w+)", schema)
        types = re.findall(r"CREATE TYPE (\w+)", schema)
        _procrastinate_sql(
            f"DROP TABLE IF EXISTS {', '.join(tables)} CASCADE;"
            + "".join(f"DROP FUNCTION IF EXISTS {name} CASCADE;" for name in functions)
            + f"DROP TYPE IF EXISTS {', '.join(types)} CASCADE;"
        )
    op.drop_index("ix_background_job_status_run_after", table_name="background_job")
    op.drop_table("background_job")
