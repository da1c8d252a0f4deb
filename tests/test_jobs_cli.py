"""`sportello jobs run NAME` runs a registered task once: here the real chore that purges
sign-in throttle counters whose window is over."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update
from typer.testing import CliRunner

from api.auth import attempts
from api.auth.models import ThrottleBucket
from api.cli import app as cli
from api.core.clock import utcnow
from api.core.config import Settings, get_settings
from api.db import migrate
from api.db.session import Database, transaction
from api.jobs import defer, repository
from api.jobs.kinds import JobStatus
from api.jobs.models import BackgroundJob
from tests import job_tasks
from tests.conftest import BACKENDS, fresh_database

assert job_tasks  # registers test.record in this process


@pytest.fixture(params=BACKENDS)
def db(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    for url in fresh_database(request.param, tmp_path):
        migrate.upgrade(url)
        monkeypatch.setenv("SPORTELLO_DATABASE_URL", url)
        monkeypatch.setenv("SPORTELLO_DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        database = Database.connect(Settings(database_url=url, data_dir=tmp_path))
        yield database
        database.engine.dispose()
        get_settings.cache_clear()


def test_jobs_run_purges_expired_throttle_counters(db: Database) -> None:
    now = utcnow()
    window = timedelta(seconds=get_settings().login_window_seconds)
    with transaction(db) as session:
        session.add(
            ThrottleBucket(
                key=f"{attempts.SIGN_IN}old", window_started_at=now - 2 * window, attempts=3
            )
        )
        session.add(ThrottleBucket(key=f"{attempts.SIGN_IN}new", window_started_at=now, attempts=1))

    result = CliRunner().invoke(cli, ["jobs", "run", "auth.purge-expired-throttle-counters"])
    assert result.exit_code == 0, result.output

    with transaction(db, write=False) as session:
        keys = {bucket.key for bucket in session.query(ThrottleBucket)}
    assert keys == {f"{attempts.SIGN_IN}new"}


def test_jobs_list_and_bad_names_or_arguments(db: Database) -> None:
    listed = CliRunner().invoke(cli, ["jobs", "list"])
    assert listed.exit_code == 0, listed.output
    assert "auth.purge-expired-throttle-counters" in listed.output
    assert "attachments.remove-unrecorded-files" in listed.output

    unknown = CliRunner().invoke(cli, ["jobs", "run", "no.such-task"])
    assert unknown.exit_code == 2
    assert "auth.purge-expired-throttle-counters" in unknown.output  # the names it knows
    not_json = CliRunner().invoke(
        cli, ["jobs", "run", "auth.purge-expired-throttle-counters", "--args", "{oops"]
    )
    assert not_json.exit_code == 2
    assert "not JSON" in not_json.output


def _age_every_job(db: Database, days: int, status: str) -> None:
    """Pretend the queued jobs ended that long ago in that status (no worker runs here)."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.execute(text(f"UPDATE procrastinate_jobs SET status = '{status}'"))
            conn.execute(
                text(f"UPDATE procrastinate_events SET at = now() - interval '{days} days'")
            )
        else:
            ended = utcnow() - timedelta(days=days)
            conn.execute(update(BackgroundJob).values(status=JobStatus(status), finished_at=ended))


def _queued(db: Database) -> int:
    with transaction(db, write=False) as session:
        return len(repository.page_of_jobs(session, status=None, before_id=None, limit=100))


def test_old_succeeded_jobs_are_purged_failed_ones_kept(db: Database) -> None:
    purge = ["jobs", "run", "jobs.purge-finished"]
    with transaction(db) as session:
        defer(session, "test.record", label="long ago")
    _age_every_job(db, 30, "failed")
    assert CliRunner().invoke(cli, purge).exit_code == 0
    assert _queued(db) == 1  # a failed job waits for an administrator

    _age_every_job(db, 3, "succeeded")
    assert CliRunner().invoke(cli, purge).exit_code == 0
    assert _queued(db) == 1  # younger than SPORTELLO_JOBS_KEEP_DAYS

    _age_every_job(db, 30, "succeeded")
    result = CliRunner().invoke(cli, purge)
    assert result.exit_code == 0, result.output
    assert "Ran jobs.purge-finished: 1" in result.output
    assert _queued(db) == 0
