"""Database legs: every API test runs on SQLite and on PostgreSQL, schemas built by Alembic."""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from api.db.registry import metadata

# Fixtures of real servers, started only by the tests that ask for them.
pytest_plugins = ["tests.dovecot"]

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", "postgresql"]


def postgres_admin_url() -> str:
    return os.environ.get("SPORTELLO_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def require_postgres() -> None:
    """Skip the PostgreSQL leg visibly, or fail it where CI demands it."""
    try:
        with psycopg.connect(_libpq(postgres_admin_url()), connect_timeout=3):
            return
    except psycopg.Error as exc:
        reason = f"PostgreSQL at {postgres_admin_url()} is not reachable: {exc}".strip()
    if os.environ.get("SPORTELLO_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"SPORTELLO_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(reason)


def _create_postgres_database() -> str:
    name = f"sportello_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(postgres_admin_url()), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)


def _drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(_libpq(postgres_admin_url()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_database(backend: str, directory: Path) -> Iterator[str]:
    """Yield the URL of a new empty database of that backend, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'sportello.db'}"
        return
    require_postgres()
    url = _create_postgres_database()
    try:
        yield url
    finally:
        _drop_postgres_database(url)


def wipe(url: str) -> None:
    """Empty every table but keep the schema: fast isolation between tests."""
    engine = create_engine(url)
    tables = [t.name for t in reversed(metadata.sorted_tables) if t.name != "ticket_counter"]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # procrastinate's jobs too (not in our metadata; CASCADE empties its events).
            tables.append("procrastinate_jobs")
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("UPDATE ticket_counter SET last_number = 1000"))
    engine.dispose()
