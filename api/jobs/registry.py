"""The tasks Sportello knows: names, functions, retry policies and schedules.

Filled at import time by the `@task` and `@periodic` decorators of each domain's `tasks.py`
(api/jobs/catalog.py imports them all); read by both engines and by `sportello jobs run`.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from api.jobs.backoff import RetryPolicy

TaskFunction = Callable[..., object]
F = TypeVar("F", bound=TaskFunction)

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,127}$")


@dataclass(frozen=True)
class TaskSpec:
    name: str
    function: TaskFunction
    retry: RetryPolicy
    cron: str | None = None  # periodic tasks only

    def run(self, session: Session, now: datetime, kwargs: dict[str, Any]) -> object:
        return self.function(session, now, **kwargs)


TASKS: dict[str, TaskSpec] = {}


def _register(spec: TaskSpec) -> None:
    if not NAME_PATTERN.match(spec.name):
        raise ValueError(f"Task name {spec.name!r}: lower-case letters, digits, '.', '-', '_'")
    known = TASKS.get(spec.name)
    if known is not None and known.function is not spec.function:
        raise ValueError(f"Two tasks are named {spec.name!r}")
    TASKS[spec.name] = spec


def task(
    name: str, *, max_attempts: int = 5, backoff: timedelta = timedelta(seconds=10)
) -> Callable[[F], F]:
    """Register `fn(session, now, **kwargs)` as a task that `defer(session, name, ...)` queues.

    A failed attempt is retried after `backoff`, doubled each time, up to `max_attempts`
    attempts in all; then the job shows as failed to administrators, who may retry it.
    """

    def register(function: F) -> F:
        _register(TaskSpec(name, function, RetryPolicy(max_attempts, backoff)))
        return function

    return register


def periodic(
    name: str,
    *,
    cron: str | None = None,
    every: timedelta | None = None,
    max_attempts: int = 1,
    backoff: timedelta = timedelta(seconds=10),
) -> Callable[[F], F]:
    """Register `fn(session, now)` to run once per period, however many workers there are.

    `cron` is a crontab line (five fields, or six with seconds last); `every` a period that
    divides a minute, an hour or a day evenly (e.g. 30 seconds, 5 minutes, 6 hours). A missed
    period is not caught up: the next one does the work (periodic chores are idempotent).
    """
    if (cron is None) == (every is None):
        raise ValueError("Give exactly one of cron= and every=")
    schedule = cron if cron is not None else cron_for(every or timedelta())

    def register(function: F) -> F:
        _register(TaskSpec(name, function, RetryPolicy(max_attempts, backoff), schedule))
        return function

    return register


def cron_for(every: timedelta) -> str:
    """The crontab line (seconds in a sixth field) of a period that divides its unit evenly."""
    seconds = int(every.total_seconds())
    if seconds != every.total_seconds() or seconds <= 0:
        raise ValueError("every= must be a whole number of seconds")
    for unit, size, line in (
        ("second", 1, "* * * * * */{n}"),
        ("minute", 60, "*/{n} * * * *"),
        ("hour", 3600, "0 */{n} * * *"),
    ):
        n, rest = divmod(seconds, size)
        span = 24 if unit == "hour" else 60
        if rest == 0 and n < span and span % n == 0:
            return line.format(n=n)
    if seconds == 86400:
        return "0 0 * * *"
    raise ValueError(f"every={every} does not divide a minute, an hour or a day evenly")


def get(name: str) -> TaskSpec:
    spec = TASKS.get(name)
    if spec is None:
        raise LookupError(f"No task is registered as {name!r}")
    return spec


def periodic_tasks() -> list[TaskSpec]:
    return [spec for spec in TASKS.values() if spec.cron is not None]
