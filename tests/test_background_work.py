"""Background work through real processes: `sportello serve` runs the jobs on SQLite,
`sportello worker` on PostgreSQL. Jobs are deferred by this process in its own transactions,
as a request would; the tasks (tests/job_tasks.py) leave a file per run."""

import itertools
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api.core.config import Settings
from api.db import migrate
from api.db.session import Database, transaction
from api.jobs import defer
from api.jobs.embedded import LOCK_FILE
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from tests import job_tasks
from tests.conftest import BACKENDS, fresh_database
from tests.job_tasks import FLAKY_BACKOFF, HEAL_FILE, runs
from tests.server import Server, children, job_worker, serving

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "background-work-1"


@dataclass
class Desk:
    backend: str
    env: dict[str, str]
    db: Database
    records: Path
    logs: Path


@pytest.fixture(params=BACKENDS)
def desk(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desk]:
    for url in fresh_database(request.param, tmp_path):
        migrate.upgrade(url)
        data_dir, records = tmp_path / "data", tmp_path / "records"
        env = {
            "SPORTELLO_DATABASE_URL": url,
            "SPORTELLO_DATA_DIR": str(data_dir),
            "SPORTELLO_TASK_MODULES": job_tasks.__name__,
            job_tasks.RECORD_DIR_VARIABLE: str(records),
            "SPORTELLO_JOBS_POLL_SECONDS": "0.2",
            "SPORTELLO_PASSWORD_HASH_FAST": "true",
            "PYTHONPATH": str(ROOT),
        }
        monkeypatch.setenv(job_tasks.RECORD_DIR_VARIABLE, str(records))
        settings = Settings(database_url=url, data_dir=data_dir, password_hash_fast=True)
        db = Database.connect(settings)
        with transaction(db) as session:
            user_service.create_user(
                session,
                settings,
                UserCreate(
                    email="admin@jobs.example", name="Admin", role=Role.admin, password=PASSWORD
                ),
                actor=None,
            )
        try:
            yield Desk(request.param, env, db, records, tmp_path / "logs")
        finally:
            db.engine.dispose()


@contextmanager
def worker(desk: Desk, name: str = "worker") -> Iterator[subprocess.Popen[bytes]]:
    log_path = desk.logs / f"{name}.log"
    with job_worker(desk.env, log_path) as process:
        yield process
    assert process.returncode in (0, -signal.SIGTERM), log_path.read_text()


@dataclass
class Running:
    server: Server
    job_runner_pid: int  # the process that runs the jobs


@contextmanager
def running_jobs(desk: Desk) -> Iterator[Running]:
    """The API, and whatever runs jobs on this database: the server itself on SQLite,
    a separate `sportello worker` on PostgreSQL (where the server runs none)."""
    with ExitStack() as stack:
        if desk.backend == "postgresql":  # started first: it boots while the server does
            job_worker = stack.enter_context(worker(desk))
        server = stack.enter_context(serving(desk.env, desk.logs))
        yield Running(server, job_worker.pid if desk.backend == "postgresql" else server.pid)


def eventually(check: Callable[[], Any], seconds: float = 30) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def admin_headers(server: Server) -> dict[str, str]:
    response = httpx.post(
        f"{server.base_url}/api/v1/auth/token",
        data={"username": "admin@jobs.example", "password": PASSWORD},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def jobs_of(server: Server, headers: dict[str, str], task_name: str, **params: str) -> list[Any]:
    response = httpx.get(f"{server.base_url}/api/v1/jobs", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return [job for job in response.json()["items"] if job["task_name"] == task_name]


def lock_holders(lock_path: Path) -> set[int]:
    """The processes holding a flock on that file, from /proc/locks."""
    if not lock_path.exists():
        return set()
    inode = os.stat(lock_path).st_ino
    holders = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "FLOCK" in fields and fields[-3].endswith(f":{inode}"):
            holders.add(int(fields[-4]))
    return holders


def test_a_committed_job_runs_once_and_a_rolled_back_one_never(desk: Desk) -> None:
    def change_that_fails() -> None:
        with transaction(desk.db) as session:
            defer(session, "test.record", label="rolled-back")
            raise RuntimeError("the change fails, and takes its job with it")

    with pytest.raises(RuntimeError):
        change_that_fails()
    with transaction(desk.db) as session:
        defer(session, "test.record", label="committed")

    with running_jobs(desk) as running:
        headers = admin_headers(running.server)
        [(pid, _)] = eventually(lambda: runs(desk.records, "record", "committed"))
        assert pid == running.job_runner_pid
        listed = eventually(
            lambda: jobs_of(running.server, headers, "test.record", status="succeeded")
        )
        eventually(lambda: runs(desk.records, "tick"))  # periodic tasks are scheduled too
        time.sleep(1)  # time enough for a wrongly queued job to run too

    assert len(runs(desk.records, "record", "committed")) == 1
    assert runs(desk.records, "record", "rolled-back") == []
    assert [job["args"] for job in listed] == [{"label": "committed"}]


@pytest.mark.parametrize("desk", ["sqlite"], indirect=True)
def test_on_sqlite_one_process_runs_the_jobs_whatever_else_starts(desk: Desk) -> None:
    """`serve --workers 2` and a `sportello worker` on one data directory: whichever process
    takes the lock on <data dir>/jobs.lock runs every job; the others wait."""
    lock = Path(desk.env["SPORTELLO_DATA_DIR"]) / LOCK_FILE
    with worker(desk, "contender") as contender, serving(desk.env, desk.logs, workers=2) as server:
        candidates = {contender.pid, *map(int, children(server.pid))}
        [holder] = eventually(lambda: lock_holders(lock))
        assert holder in candidates
        with transaction(desk.db) as session:
            for n in range(5):
                defer(session, "test.record", label=f"job-{n}")
        ran = eventually(
            lambda: len(runs(desk.records, "record")) == 5 and runs(desk.records, "record")
        )
        assert lock_holders(lock) == {holder}
        assert contender.poll() is None
    assert {pid for pid, _ in ran} == {holder}
    assert {pid for pid, _ in runs(desk.records, "tick")} <= {holder}


def test_a_failing_job_backs_off_fails_and_runs_again_when_an_admin_retries(desk: Desk) -> None:
    with transaction(desk.db) as session:
        defer(session, "test.flaky", label="flaky")

    with running_jobs(desk) as running:
        server = running.server
        headers = admin_headers(server)
        [failed] = eventually(lambda: jobs_of(server, headers, "test.flaky", status="failed"))
        attempts = runs(desk.records, "flaky")
        assert failed["attempts"] == len(attempts) == 3
        gaps = [b[1] - a[1] for a, b in itertools.pairwise(attempts)]
        backoff = FLAKY_BACKOFF.total_seconds()
        assert gaps[0] >= backoff * 0.9  # then doubled
        assert gaps[1] >= 2 * backoff * 0.9
        if desk.backend == "sqlite":
            assert "fails until healed" in failed["last_error"]

        (desk.records / HEAL_FILE).touch()
        url = f"{server.base_url}/api/v1/jobs/{failed['id']}"
        response = httpx.post(f"{url}/retry", headers=headers)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "todo"

        def succeeded() -> bool:
            return bool(httpx.get(url, headers=headers).json()["status"] == "succeeded")

        eventually(succeeded)
        assert len(runs(desk.records, "flaky")) == 4
        again = httpx.post(f"{url}/retry", headers=headers)
        assert again.status_code == 409, again.text
        assert again.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("desk", ["postgresql"], indirect=True)
def test_two_workers_run_a_periodic_task_once_per_period(desk: Desk) -> None:
    with worker(desk, "first"), worker(desk, "second"):
        eventually(lambda: len(runs(desk.records, "tick")) >= 4, seconds=60)
        time.sleep(2)
    with desk.db.engine.connect() as conn:
        periods = (
            conn.execute(
                text(
                    "SELECT args->>'timestamp' FROM procrastinate_jobs "
                    "WHERE task_name = 'test.tick' AND status = 'succeeded'"
                )
            )
            .scalars()
            .all()
        )
    ticks = runs(desk.records, "tick")
    # Both workers deferred every period; each period became one job, and each job ran once.
    assert len(periods) == len(set(periods)) == len(ticks) >= 4


@pytest.mark.parametrize("desk", ["sqlite"], indirect=True)
def test_a_job_cut_off_by_a_killed_server_runs_again_after_a_restart(desk: Desk) -> None:
    with transaction(desk.db) as session:
        defer(session, "test.slow-first-time", label="cut-off")
    with serving(desk.env, desk.logs) as server:
        eventually(lambda: runs(desk.records, "slow"))  # busy with it now
        os.killpg(server.pid, signal.SIGKILL)
    with running_jobs(desk) as running:
        headers = admin_headers(running.server)
        [job] = eventually(
            lambda: jobs_of(running.server, headers, "test.slow-first-time", status="succeeded")
        )
    assert len(runs(desk.records, "slow")) == 2
    assert job["attempts"] == 2
