"""Reading and retrying jobs for administrators, from whichever queue the database has."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    cast,
    delete,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from api.jobs.kinds import JobStatus
from api.jobs.models import BackgroundJob
from api.jobs.queue import is_postgres

# procrastinate's own table, read with Core; kept out of our metadata and migrations' checks.
procrastinate_jobs = Table(
    "procrastinate_jobs",
    MetaData(),
    Column("id", BigInteger, primary_key=True),
    Column("task_name", String),
    Column("args", JSONB),
    Column("status", String),
    Column("attempts", Integer),
    Column("scheduled_at", DateTime(timezone=True)),
)

_FROM_PROCRASTINATE = {
    "todo": JobStatus.todo,
    "doing": JobStatus.doing,
    "aborting": JobStatus.doing,
    "succeeded": JobStatus.succeeded,
    "failed": JobStatus.failed,
    "cancelled": JobStatus.cancelled,
    "aborted": JobStatus.cancelled,
}
# procrastinate counts an attempt when it ends (and an administrator's retry as one more).


@dataclass(frozen=True)
class JobView:
    id: int
    task_name: str
    args: dict[str, Any]
    status: JobStatus
    attempts: int
    run_after: datetime | None
    last_error: str | None


def _local(job: BackgroundJob) -> JobView:
    return JobView(
        job.id, job.task_name, job.args, job.status, job.attempts, job.run_after, job.last_error
    )


def procrastinate_status(column: Any) -> Any:
    """procrastinate's status column (an enum of its own) as text, to compare with names."""
    return cast(column, String)


def _from_procrastinate(row: Any) -> JobView:
    status = _FROM_PROCRASTINATE[row.status]
    args = {k: v for k, v in row.args.items() if k != "timestamp"}
    attempts = row.attempts + (1 if status is JobStatus.doing else 0)
    return JobView(row.id, row.task_name, args, status, attempts, row.scheduled_at, None)


def _procrastinate_query() -> Select[Any]:
    jobs = procrastinate_jobs.c
    return select(
        jobs.id,
        jobs.task_name,
        jobs.args,
        procrastinate_status(jobs.status).label("status"),
        jobs.attempts,
        jobs.scheduled_at,
    )


def page_of_jobs(
    session: Session, *, status: JobStatus | None, before_id: int | None, limit: int
) -> list[JobView]:
    """Newest first, ids below `before_id` (the keyset of the page before)."""
    if is_postgres(session):
        jobs = procrastinate_jobs.c
        statement = _procrastinate_query().order_by(jobs.id.desc()).limit(limit)
        if status is not None:
            names = [name for name, ours in _FROM_PROCRASTINATE.items() if ours is status]
            statement = statement.where(procrastinate_status(jobs.status).in_(names))
        if before_id is not None:
            statement = statement.where(jobs.id < before_id)
        return [_from_procrastinate(row) for row in session.execute(statement)]
    local = select(BackgroundJob).order_by(BackgroundJob.id.desc()).limit(limit)
    if status is not None:
        local = local.where(BackgroundJob.status == status)
    if before_id is not None:
        local = local.where(BackgroundJob.id < before_id)
    return [_local(job) for job in session.scalars(local)]


def get_job(session: Session, job_id: int, *, for_update: bool = False) -> JobView | None:
    if is_postgres(session):
        query = _procrastinate_query().where(procrastinate_jobs.c.id == job_id)
        if for_update:
            query = query.with_for_update(of=procrastinate_jobs)
        row = session.execute(query).one_or_none()
        return None if row is None else _from_procrastinate(row)
    job = session.get(BackgroundJob, job_id)
    return None if job is None else _local(job)


def retry_failed(session: Session, job_id: int, now: datetime) -> None:
    """Queue a failed job again, to run at once."""
    if is_postgres(session):
        session.execute(
            text("SELECT procrastinate_retry_job_v2(:id, :at, NULL, NULL, NULL)"),
            {"id": job_id, "at": now},
        )
        return
    job = session.get(BackgroundJob, job_id)
    assert job is not None
    job.status = JobStatus.todo
    job.run_after = now
    job.finished_at = None


def purge_finished(session: Session, before: datetime) -> int:
    """Delete succeeded and cancelled jobs that ended before `before`; how many.

    Failed jobs stay until an administrator retries them (or they are purged by hand).
    """
    if is_postgres(session):
        # A job's last event is when it ended; procrastinate unlinks periodic jobs on delete.
        result = session.execute(
            text(
                "DELETE FROM procrastinate_jobs WHERE status IN ('succeeded', 'cancelled') "
                "AND id IN (SELECT job_id FROM procrastinate_events "
                "GROUP BY job_id HAVING max(at) < :before)"
            ),
            {"before": before},
        )
    else:
        result = session.execute(
            delete(BackgroundJob).where(
                BackgroundJob.status.in_([JobStatus.succeeded, JobStatus.cancelled]),
                BackgroundJob.finished_at < before,
            )
        )
    return int(getattr(result, "rowcount", 0) or 0)
