"""Background work: tasks that run after the request, on a schedule, or by hand.

How a domain adds work (e.g. `api/sla/tasks.py`, then one import line in
`api/jobs/catalog.py` so every engine knows it):

    from datetime import datetime, timedelta
    from sqlalchemy.orm import Session
    from api.jobs import defer, periodic, task

    @task(name="email.send-reply", max_attempts=5, backoff=timedelta(seconds=30))
    def send_reply(session: Session, now: datetime, *, comment_id: int) -> None:
        ...  # the engine opened the transaction and reads the clock; just do the work

    @periodic(name="sla.scan-breaches", every=timedelta(minutes=1))  # or cron="*/1 * * * *"
    def scan_breaches(session: Session, now: datetime) -> None:
        ...

    # In a service, inside the request's transaction (a rollback leaves no job):
    defer(session, "email.send-reply", comment_id=comment.id)

Tasks are plain functions (no procrastinate import), testable by calling them with a session,
or with `sportello jobs run NAME`. A task may run more than once (a retry after a crash):
make it idempotent. Failed attempts are retried with exponential backoff; a job out of
attempts shows in `GET /api/v1/jobs?status=failed` and an administrator may retry it.

Engines: on PostgreSQL, procrastinate (api/jobs/postgres.py) run by `sportello worker`; on
SQLite, api/jobs/embedded.py, run by one process of `sportello serve`.
"""

from api.jobs.queue import defer, defer_at
from api.jobs.registry import periodic, task

__all__ = ["defer", "defer_at", "periodic", "task"]
