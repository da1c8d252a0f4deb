"""`sportello demo` shows its progress (counts and time left) and ends with a summary whose
counts are what the database holds."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import get_settings
from tests.conftest import BACKENDS, fresh_database

TICKETS = 6
STEPS = TICKETS + 3  # the directory, the knowledge base and the past bulletin


@pytest.fixture(params=BACKENDS)
def empty_database(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    for url in fresh_database(request.param, tmp_path):
        monkeypatch.setenv("SPORTELLO_DATABASE_URL", url)
        monkeypatch.setenv("SPORTELLO_DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        yield url
        get_settings.cache_clear()


def _stored(url: str, sql: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        count = int(conn.execute(text(sql)).scalar_one())
    engine.dispose()
    return count


def test_demo_shows_progress_and_a_summary_of_what_it_loaded(empty_database: str) -> None:
    result = CliRunner().invoke(cli, ["demo", "--tickets", str(TICKETS)])
    assert result.exit_code == 0, result.output

    # The bar (on stderr, so scripts reading stdout get the summary alone) ends full.
    assert f"{STEPS}/{STEPS}" in result.stderr
    assert "left" in result.stderr
    assert "Demo loaded in" not in result.stderr

    summary = dict(re.findall(r"^  (\w+) +(\d+)", result.stdout, flags=re.MULTILINE))
    expected = {
        "people": "SELECT count(*) FROM user_account",
        "organizations": "SELECT count(*) FROM organization",
        "teams": "SELECT count(*) FROM team",
        "articles": "SELECT count(*) FROM article",
        "tickets": "SELECT count(*) FROM ticket",
        "comments": "SELECT count(*) FROM comment",
        "bulletins": "SELECT count(*) FROM bulletin",
        "routing": "SELECT count(*) FROM routing_rule",
        "escalation": "SELECT count(*) FROM escalation_rule",
        "finished": "SELECT count(*) FROM ticket WHERE closure_code IS NOT NULL",
    }
    assert {k: int(v) for k, v in summary.items()} == {
        label: _stored(empty_database, sql) for label, sql in expected.items()
    }
    assert int(summary["tickets"]) >= TICKETS
    assert int(summary["routing"]) > 0
    assert int(summary["escalation"]) > 0
    statuses = re.search(r"^  tickets +\d+  \((.*)\)$", result.stdout, flags=re.MULTILINE)
    assert statuses is not None
    by_status = {s: int(n) for n, s in re.findall(r"(\d+) (\w+)", statuses.group(1))}
    for status, number in by_status.items():
        sql = f"SELECT count(*) FROM ticket WHERE status = '{status}'"
        assert _stored(empty_database, sql) == number, status
    assert sum(by_status.values()) == int(summary["tickets"])
    # How the finished ones ended: every resolved or closed demo ticket was a resolution.
    closures = re.search(r"^  finished +\d+  \((.*)\)$", result.stdout, flags=re.MULTILINE)
    assert closures is not None
    by_closure = {c: int(n) for n, c in re.findall(r"(\d+) (\w+)", closures.group(1))}
    assert by_closure == {"resolved": by_status.get("resolved", 0) + by_status.get("closed", 0)}
    assert "admin@sportello.demo" in result.stdout
