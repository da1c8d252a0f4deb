from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column
from api.jobs.kinds import JobStatus


class BackgroundJob(CreatedAtMixin, Base):
    """A job of the embedded (SQLite) engine; PostgreSQL keeps its jobs in procrastinate's.

    Written in the transaction of the change that causes it, so a rollback leaves no job.
    """

    __tablename__ = "background_job"
    __table_args__ = (
        # One job per period of a periodic task, should two runners ever tick together.
        UniqueConstraint("task_name", "period_at"),
        Index("ix_background_job_status_run_after", "status", "run_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_name: Mapped[str] = mapped_column(String(128))
    args: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[JobStatus] = mapped_column(enum_column(JobStatus), default=JobStatus.todo)
    attempts: Mapped[int] = mapped_column(default=0)
    run_after: Mapped[datetime]
    period_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
