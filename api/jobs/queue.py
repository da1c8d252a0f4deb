"""Deferring a job in the caller's transaction, on either database."""

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api.core.clock import utcnow
from api.jobs import postgres, registry
from api.jobs.models import BackgroundJob


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def defer(session: Session, task_name: str, /, **kwargs: Any) -> None:
    """Queue `task_name(session, now, **kwargs)` to run once this transaction commits.

    The job is written in the session's transaction: if it rolls back, there is no job.
    Arguments must be JSON (numbers, strings, lists, dicts): pass ids, not objects.
    """
    registry.get(task_name)  # a misspelt name fails here, not later in a worker
    json.dumps(kwargs)  # TypeError now rather than a job no worker can read
    if is_postgres(session):
        postgres.defer(session, task_name, kwargs)
    else:
        add_local_job(session, task_name, kwargs, run_after=utcnow())


def defer_at(session: Session, run_after: datetime, task_name: str, /, **kwargs: Any) -> None:
    """As `defer`, for a job not to run before `run_after` (a task's own retry schedule)."""
    registry.get(task_name)
    json.dumps(kwargs)
    if is_postgres(session):
        postgres.defer(session, task_name, kwargs, run_after=run_after)
    else:
        add_local_job(session, task_name, kwargs, run_after=run_after)


def add_local_job(
    session: Session, task_name: str, kwargs: dict[str, Any], *, run_after: datetime
) -> BackgroundJob:
    job = BackgroundJob(task_name=task_name, args=kwargs, run_after=run_after)
    session.add(job)
    session.flush()
    return job
