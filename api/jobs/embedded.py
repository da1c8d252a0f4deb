"""The embedded (SQLite) engine: one runner thread in one process of `sportello serve`.

Jobs are rows of `background_job`. Whichever process holds an exclusive lock on
`<data_dir>/jobs.lock` runs them; the others keep trying the lock, so when its holder stops
another takes over. A job is marked `doing` in one transaction, run in a transaction of its
own (so a slow task does not hold SQLite's write lock for longer than it writes), and marked
done in a third; a job left `doing` by a runner that died is queued again when the lock is
next taken (tasks are idempotent: see api/jobs/__init__.py).
"""

import fcntl
import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import IO

from croniter import croniter
from sqlalchemy import select, update

from api.core.clock import utcnow
from api.db import upsert
from api.db.session import Database, transaction
from api.jobs import registry
from api.jobs.execution import run_now
from api.jobs.kinds import JobStatus
from api.jobs.models import BackgroundJob

logger = logging.getLogger(__name__)

LOCK_FILE = "jobs.lock"
ERROR_CHARS = 2000


def last_tick(cron: str, now: datetime) -> datetime:
    """The latest instant before `now` that the crontab line names."""
    tick: datetime = croniter(cron, now).get_prev(datetime)
    return tick


class JobsLock:
    """An exclusive lock between processes on one file (released when its holder dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def try_acquire(self) -> bool:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            file = self.path.open("ab")
            try:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                file.close()
                return False
            self._file = file
        return True

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


class EmbeddedRunner:
    def __init__(self, db: Database, data_dir: Path, *, poll_seconds: float = 0.5) -> None:
        self.db = db
        self.lock = JobsLock(data_dir / LOCK_FILE)
        self.poll_seconds = poll_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._scheduled: dict[str, datetime] = {}
        self._orphans_requeued = False

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="sportello-jobs", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        self._stopping.set()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def run(self) -> None:
        """Run jobs until stopped; wait for the lock while another process holds it."""
        try:
            while not self._stopping.is_set():
                if not self.lock.held:
                    if not self.lock.try_acquire():
                        self._stopping.wait(max(self.poll_seconds, 1.0))
                        continue
                    self._orphans_requeued = False
                try:
                    if not self._orphans_requeued:
                        self.requeue_orphans()
                        self._orphans_requeued = True
                    self.schedule_periodic(utcnow())
                    while not self._stopping.is_set() and self.run_one_due(utcnow()):
                        pass
                except Exception:
                    logger.exception("The job runner failed; trying again")
                self._stopping.wait(self.poll_seconds)
        finally:
            self.lock.release()

    def schedule_periodic(self, now: datetime) -> None:
        """Queue each periodic task once for its latest period (not for periods missed)."""
        due: list[tuple[str, datetime]] = []
        for spec in registry.periodic_tasks():
            assert spec.cron is not None
            tick = last_tick(spec.cron, now)
            known = self._scheduled.setdefault(spec.name, tick)  # first sight: wait a period
            if tick > known:
                due.append((spec.name, tick))
        if not due:
            return
        with transaction(self.db) as session:
            for name, tick in due:
                statement = upsert.insert(session, BackgroundJob).values(
                    task_name=name,
                    args={},
                    status=JobStatus.todo,
                    attempts=0,
                    run_after=tick,
                    period_at=tick,
                    created_at=now,
                )
                session.execute(
                    statement.on_conflict_do_nothing(index_elements=["task_name", "period_at"])
                )
                self._scheduled[name] = tick

    def requeue_orphans(self) -> None:
        """Jobs left `doing` by a runner that stopped mid-job: only the lock holder runs jobs."""
        with transaction(self.db) as session:
            session.execute(
                update(BackgroundJob)
                .where(BackgroundJob.status == JobStatus.doing)
                .values(status=JobStatus.todo)
            )

    def run_one_due(self, now: datetime) -> bool:
        """Run the oldest job that is due, if any; whether there was one."""
        due = (
            select(BackgroundJob.id)
            .where(BackgroundJob.status == JobStatus.todo, BackgroundJob.run_after <= now)
            .order_by(BackgroundJob.run_after, BackgroundJob.id)
            .limit(1)
        )
        with transaction(self.db, write=False) as session:  # idle polls take no write lock
            job_id = session.scalar(due)
        if job_id is None:
            return False
        with transaction(self.db) as session:
            job = session.get(BackgroundJob, job_id)
            if job is None or job.status is not JobStatus.todo:
                return True
            job.status = JobStatus.doing
            job.attempts += 1
        error: Exception | None = None
        try:
            spec = registry.TASKS.get(job.task_name)
            if spec is None:
                raise LookupError(f"No task is registered as {job.task_name!r}")
            run_now(self.db, spec, dict(job.args))
        except Exception as exc:
            error = exc
            logger.warning("Job %s (%s) failed: %r", job.id, job.task_name, exc)
        with transaction(self.db) as session:
            done = session.get(BackgroundJob, job.id)
            if done is not None:
                self._finish(done, error, utcnow())  # a backoff counts from the failure
        return True

    @staticmethod
    def _finish(job: BackgroundJob, error: Exception | None, now: datetime) -> None:
        job.finished_at = now
        if error is None:
            job.status = JobStatus.succeeded
            job.last_error = None
            return
        job.last_error = f"{type(error).__name__}: {error}"[:ERROR_CHARS]
        spec = registry.TASKS.get(job.task_name)
        delay = spec.retry.delay_after(job.attempts) if spec is not None else None
        if delay is None:
            job.status = JobStatus.failed
        else:
            job.status = JobStatus.todo
            job.run_after = now + delay
            job.finished_at = None
