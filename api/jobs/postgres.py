"""The PostgreSQL engine: procrastinate keeps the queue, runs workers and periodic tasks.

Only this module (and the migration that creates procrastinate's schema) knows procrastinate;
tasks are plain functions registered in api/jobs/registry.py.
"""

import logging
import threading
from datetime import datetime
from typing import Any

import procrastinate
from procrastinate.jobs import Job
from procrastinate.retry import BaseRetryStrategy, RetryDecision
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from api.core.clock import utcnow
from api.core.config import Settings
from api.db.session import Database
from api.jobs import registry
from api.jobs.backoff import RetryPolicy
from api.jobs.execution import run_now
from api.jobs.registry import TaskSpec

logger = logging.getLogger(__name__)

# Defers on the caller's own connection (never opened: it needs no pool of its own), so the
# job row is part of the caller's transaction. A separate app from the worker's, whose
# asynchronous connector could not use a synchronous connection.
_deferrer = procrastinate.App(connector=procrastinate.SyncPsycopgConnector())


def defer(
    session: Session, task_name: str, kwargs: dict[str, Any], *, run_after: datetime | None = None
) -> None:
    connection = session.connection().connection.driver_connection
    task = _deferrer.configure_task(task_name, connection=connection, schedule_at=run_after)
    task.defer(**kwargs)


class _Backoff(BaseRetryStrategy):
    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        # procrastinate counts the attempts before this one.
        delay = self.policy.delay_after(job.attempts + 1)
        if delay is None:
            return None
        return RetryDecision(retry_at=utcnow() + delay)


def _job_function(db: Database, spec: TaskSpec) -> Any:
    def run_job(**kwargs: Any) -> None:
        kwargs.pop("timestamp", None)  # the period procrastinate hands to periodic tasks
        run_now(db, spec, kwargs)

    return run_job


def libpq_url(database_url: str) -> str:
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


def worker_app(settings: Settings, db: Database) -> procrastinate.App:
    """An app that runs every registered task, on a pool of its own."""
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=libpq_url(settings.database_url))
    )
    for spec in registry.TASKS.values():
        job_task = app.task(name=spec.name, retry=_Backoff(spec.retry))(_job_function(db, spec))
        if spec.cron is not None:
            app.periodic(cron=spec.cron)(job_task)
    return app


def run_worker(settings: Settings, *, install_signal_handlers: bool = True) -> None:
    """Run jobs until stopped (SIGINT, SIGTERM)."""
    db = Database.connect(settings)
    try:
        worker_app(settings, db).run_worker(
            fetch_job_polling_interval=settings.jobs_poll_seconds,
            install_signal_handlers=install_signal_handlers,
        )
    finally:
        db.engine.dispose()


def start_worker_thread(settings: Settings) -> threading.Thread:
    """A worker inside an API process (`sportello serve --jobs` on PostgreSQL)."""

    def work() -> None:
        try:
            run_worker(settings, install_signal_handlers=False)
        except Exception:
            logger.exception("The background worker stopped")

    thread = threading.Thread(target=work, name="sportello-jobs", daemon=True)
    thread.start()
    return thread
