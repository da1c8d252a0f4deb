"""The full-text revision: it indexes the tickets that exist, and its downgrade removes the
index objects the models do not know about (FTS5 table and triggers, tsvector, configs)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import get_settings
from api.db import migrate
from api.search.index import engine_named
from api.search.query import parse
from tests.conftest import BACKENDS, fresh_database

INITIAL = "ca22bc7759a7"


@pytest.fixture(params=BACKENDS)
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database(request.param, tmp_path)


def _one_ticket_with_comments(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO user_account (id, email, name, role, active, created_at) "
                "VALUES (1, 'c@example.com', 'C', 'customer', true, CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO ticket (id, number, subject, description, status, priority, impact, "
                "urgency, priority_overridden, type, channel, details, requester_id, "
                "created_by_id, resolution, updated_at, version, created_at) VALUES (1, 1001, "
                "'Stampante guasta', 'Non stampa', 'resolved', 3, 'medium', 'medium', false, "
                "'incident', 'web', '{}', 1, 1, 'Sostituito il toner', CURRENT_TIMESTAMP, 1, "
                "CURRENT_TIMESTAMP)"
            )
        )
        for body, internal in (("Grazie", False), ("Codice armadio 4711", True)):
            conn.execute(
                text(
                    "INSERT INTO comment (ticket_id, author_id, author_role, body, internal, "
                    "channel, created_at) VALUES (1, 1, 'customer', :body, :internal, 'web', "
                    "CURRENT_TIMESTAMP)"
                ),
                {"body": body, "internal": internal},
            )
    engine.dispose()


def _matching_tickets(url: str, words: str, *, internal: bool) -> list[int]:
    engine = create_engine(url)
    try:
        statement = engine_named(engine.dialect.name).matching_ticket_ids(
            parse(words), internal=internal
        )
        with engine.connect() as conn:
            return [row[0] for row in conn.execute(statement)]
    finally:
        engine.dispose()


def _index_objects(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                rows = conn.execute(
                    text("SELECT name FROM sqlite_master WHERE name LIKE 'search_document_fts%'")
                )
            else:
                rows = conn.execute(
                    text(
                        "SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'sportello_%' "
                        "UNION ALL SELECT column_name FROM information_schema.columns "
                        "WHERE column_name = 'search_vector'"
                    )
                )
            return {row[0] for row in rows}
    finally:
        engine.dispose()


def test_existing_tickets_are_indexed_and_downgrade_removes_the_index(
    empty_database: str,
) -> None:
    url = empty_database
    migrate.upgrade(url, INITIAL)
    _one_ticket_with_comments(url)
    migrate.upgrade(url)
    assert _index_objects(url)
    assert _matching_tickets(url, "stampante toner grazie", internal=False) == [1]
    assert _matching_tickets(url, "armadio", internal=False) == []
    assert _matching_tickets(url, "armadio", internal=True) == [1]

    migrate.downgrade(url, INITIAL)
    assert _index_objects(url) == set()
    migrate.upgrade(url)
    assert _matching_tickets(url, "stampante", internal=False) == [1]


def test_sportello_reindex_rebuilds_the_index(
    empty_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = empty_database
    migrate.upgrade(url, INITIAL)
    _one_ticket_with_comments(url)
    migrate.upgrade(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM search_document"))
    engine.dispose()
    assert _matching_tickets(url, "stampante", internal=False) == []
    monkeypatch.setenv("SPORTELLO_DATABASE_URL", url)
    monkeypatch.setenv("SPORTELLO_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["reindex"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "Indexed 1 tickets (2 comments) and 0 articles in" in result.output
    assert _matching_tickets(url, "stampante", internal=False) == [1]
    assert _matching_tickets(url, "armadio", internal=False) == []
    assert _matching_tickets(url, "armadio", internal=True) == [1]
