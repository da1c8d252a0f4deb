"""Database legs: every API test runs on SQLite and on PostgreSQL, schemas built by Alembic."""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import settings
from sqlalchemy import Column, Engine, MetaData, NullPool, Table, create_engine, text
from sqlalchemy.engine import make_url

from api.db.registry import metadata

# Fixtures of real servers, started only by the tests that ask for them.
pytest_plugins = ["tests.dovecot"]

# No per-example deadline: the rules are what the property tests check, and on a busy 2-core
# machine (the browser suite beside them) one example of a fast rule took 557 ms once.
settings.register_profile("sportello", deadline=None)
settings.load_profile("sportello")

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", "postgresql"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that start servers (marked slow) first, the longest (`slow(seconds=...)`)
    before the others: left last, they would run on one worker while the other waits."""

    def order(item: pytest.Item) -> tuple[bool, int]:
        slow = item.get_closest_marker("slow")
        return slow is None, -int(slow.kwargs.get("seconds", 0)) if slow else 0

    items.sort(key=order)


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
        forget_wiper(url)
        _drop_postgres_database(url)


_WIPERS: dict[str, "_Wiper"] = {}


class _Wiper:
    """Empties one database's tables, on an engine kept for the session (a new connection per
    test would cost more than the wipe). On PostgreSQL DELETE, not TRUNCATE: TRUNCATE makes new
    files for every table and syncs them, 0.2-0.4 s a test for some 60 tables, where DELETE of a
    test's few rows takes milliseconds; the sequences the tables own restart as TRUNCATE ...
    RESTART IDENTITY would restart them."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url, poolclass=NullPool if url.startswith("sqlite") else None)
        self.tables = [
            t.name for t in reversed(metadata.sorted_tables) if t.name != "ticket_counter"
        ]
        self.restart = ""
        if self.engine.dialect.name == "postgresql":
            # procrastinate's jobs too (not in our metadata; its events go with them).
            self.tables.insert(0, "procrastinate_jobs")
            with self.engine.connect() as conn:
                owned = conn.execute(text(_OWNED_SEQUENCES)).all()
            self.restart = "SELECT " + ", ".join(
                f"setval('{sequence}', {start}, false)"
                for sequence, table, start in owned
                if table in self.tables
            )

    def wipe(self) -> None:
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("; ".join(f"DELETE FROM {table}" for table in self.tables)))
                conn.execute(text(self.restart))
            else:
                for table in self.tables:
                    conn.execute(text(f"DELETE FROM {table}"))
            conn.execute(text("UPDATE ticket_counter SET last_number = 1000"))


# Each sequence owned by a table's column (serial, identity, OWNED BY), its table, its start.
_OWNED_SEQUENCES = """
SELECT s.relname, t.relname, q.seqstart FROM pg_class s
JOIN pg_sequence q ON q.seqrelid = s.oid
JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
JOIN pg_class t ON t.oid = d.refobjid
WHERE s.relkind = 'S'
"""


def wipe(url: str) -> None:
    """Empty every table but keep the schema: fast isolation between tests."""
    _wiper(url).wipe()


def forget_wiper(url: str) -> None:
    """Close the wiper's connections (before its database is dropped)."""
    wiper = _WIPERS.pop(url, None)
    if wiper is not None:
        wiper.engine.dispose()


class Snapshot:
    """Every row of a database, taken once and put back before each test that wants it: a
    world built through the HTTP API once per session instead of once per test."""

    def __init__(self, url: str) -> None:
        engine = _wiper(url).engine
        self.url = url
        self.tables = [_table(engine, name) for name in reversed(_wiper(url).tables)]
        with engine.connect() as conn:
            self.rows = {
                t.name: [dict(r) for r in conn.execute(t.select()).mappings()] for t in self.tables
            }
            self.sequences = ""
            if engine.dialect.name == "postgresql":
                values = conn.execute(text(_SEQUENCE_VALUES)).all()
                self.sequences = "SELECT " + ", ".join(
                    f"setval('{name}', {value}, {'true' if called else 'false'})"
                    for name, value, called in values
                )

    def restore(self) -> None:
        """Into the emptied database (the rows of every table, and where the sequences were)."""
        with _wiper(self.url).engine.begin() as conn:
            for table in self.tables:
                if self.rows[table.name]:
                    conn.execute(table.insert(), self.rows[table.name])
            if self.sequences:
                conn.execute(text(self.sequences))


_SEQUENCE_VALUES = """
SELECT sequencename, coalesce(last_value, start_value), last_value IS NOT NULL
FROM pg_sequences WHERE schemaname = current_schema()
"""


def _wiper(url: str) -> "_Wiper":
    wiper = _WIPERS.get(url)
    if wiper is None:
        wiper = _WIPERS[url] = _Wiper(url)
    return wiper


def _table(engine: Engine, name: str) -> Table:
    """Our table (its generated columns left out: the database computes them), or one of
    procrastinate's as the database describes it."""
    if name in metadata.tables:
        table = metadata.tables[name]
    else:
        table = Table(name, MetaData(), autoload_with=engine)
    columns = [c for c in table.columns if c.computed is None]
    return Table(
        name, MetaData(), *(Column(c.name, c.type, primary_key=c.primary_key) for c in columns)
    )
