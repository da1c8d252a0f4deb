"""Tasks for the background-work tests, loaded by the processes under test through
SPORTELLO_TASK_MODULES. Each run leaves a file in SPORTELLO_TEST_JOBS_DIR, so a test sees
which jobs ran, how often and when, whichever process ran them."""

import os
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from api.jobs import periodic, task

RECORD_DIR_VARIABLE = "SPORTELLO_TEST_JOBS_DIR"
HEAL_FILE = "heal"  # while absent, the flaky task fails
FLAKY_BACKOFF = timedelta(seconds=0.5)


def _record_dir() -> Path:
    directory = Path(os.environ[RECORD_DIR_VARIABLE])
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _record(kind: str, label: str) -> None:
    name = f"{kind}--{label}--{os.getpid()}--{time.time():.3f}--{uuid.uuid4().hex[:6]}"
    (_record_dir() / name).touch()


@task(name="test.record", max_attempts=1)
def record(session: Session, now: datetime, *, label: str) -> None:
    _record("record", label)


@task(name="test.flaky", max_attempts=3, backoff=FLAKY_BACKOFF)
def flaky(session: Session, now: datetime, *, label: str) -> None:
    _record("flaky", label)
    if not (_record_dir() / HEAL_FILE).exists():
        raise RuntimeError("the flaky task fails until healed")


@task(name="test.slow-first-time", max_attempts=1)
def slow_first_time(session: Session, now: datetime, *, label: str) -> None:
    """Stays busy on its first run (long enough to be killed in), then finishes."""
    first = not runs(_record_dir(), "slow", label)
    _record("slow", label)
    if first:
        time.sleep(120)


@periodic(name="test.tick", every=timedelta(seconds=1))
def tick(session: Session, now: datetime) -> None:
    _record("tick", "tick")


def runs(directory: Path, kind: str, label: str | None = None) -> list[tuple[int, float]]:
    """(pid, unix time) of each run of that kind (and label), in order."""
    found = []
    for path in directory.glob(f"{kind}--*"):
        _, run_label, pid, at, _ = path.name.split("--")
        if label is None or run_label == label:
            found.append((int(pid), float(at)))
    return sorted(found, key=lambda run: run[1])
