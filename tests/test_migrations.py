"""Alembic builds exactly the models' schema on both databases, and unbuilds it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from api.db import migrate
from api.db.registry import metadata
from tests.conftest import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database(request.param, tmp_path)


def schema_differences(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": migrate.include_name,
                    "include_object": migrate.include_object,
                },
            )
            return list(compare_metadata(context, metadata))
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        # The full-text index's own tables (SQLite FTS5) are not models.
        names = inspect(engine).get_table_names()
        return {n for n in names if migrate.include_name(n, "table", {})}
    finally:
        engine.dispose()


def ticket_counter_rows(url: str) -> list[tuple[int, int]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, last_number FROM ticket_counter")).all()
            return [(row[0], row[1]) for row in rows]
    finally:
        engine.dispose()


def test_upgrade_matches_the_models_and_downgrade_undoes_it(empty_database: str) -> None:
    url = empty_database
    assert table_names(url) == set()

    migrate.upgrade(url)
    assert schema_differences(url) == []
    assert table_names(url) == set(metadata.tables) | {"alembic_version"}
    assert ticket_counter_rows(url) == [(1, 1000)]

    migrate.downgrade(url, "base")
    assert table_names(url) == {"alembic_version"}

    migrate.upgrade(url)
    assert schema_differences(url) == []
    assert ticket_counter_rows(url) == [(1, 1000)]


def test_a_drifted_model_would_be_noticed(empty_database: str) -> None:
    """The comparison above is not vacuous: a table the migrations lack shows up."""
    migrate.upgrade(empty_database)
    engine = create_engine(empty_database)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE escalation"))
    finally:
        engine.dispose()
    differences = schema_differences(empty_database)
    assert differences
    assert any(d[0] == "add_table" and d[1].name == "escalation" for d in differences)
