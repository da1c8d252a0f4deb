"""Engines and sessions. The request commits or rolls back; services only flush."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from api.configuration import cache as configuration_cache  # noqa: F401  (watches sessions)
from api.core.config import Settings
from api.core.errors import ProblemError

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself, so writes can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        # A deferred transaction that later writes can fail at once with "database is locked"
        # (the busy timeout does not apply to lock upgrades); writers take the lock at BEGIN.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def build_engine(settings: Settings) -> Engine:
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        in_memory = settings.database_url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            settings.database_url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            **({} if in_memory else {"pool_size": 10, "max_overflow": 20}),
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(settings.database_url, pool_size=10, max_overflow=20, pool_pre_ping=True)


@dataclass(frozen=True)
class Database:
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]

    @classmethod
    def connect(cls, settings: Settings) -> "Database":
        engine = build_engine(settings)
        write_engine = (
            engine.execution_options(sqlite_immediate=True) if settings.is_sqlite else engine
        )
        return cls(
            engine=engine,
            reader=sessionmaker(engine, expire_on_commit=False),
            writer=sessionmaker(write_engine, expire_on_commit=False),
        )

    def session(self, *, write: bool) -> Session:
        return (self.writer if write else self.reader)()


def keeps_writes(error: BaseException) -> bool:
    """A refusal that must keep what it wrote (a failed password guess stays counted)."""
    return isinstance(error, ProblemError) and error.keeps_writes


_ENDED = "transaction_ended"


def end_transaction(session: Session, *, commit: bool) -> None:
    """Commit (or roll back) and give the connection back to the pool."""
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        session.info[_ENDED] = True


def transaction_ended(session: Session) -> bool:
    """Whether `end_transaction` already ended the session's work (see core.deps)."""
    return bool(session.info.get(_ENDED))


@contextmanager
def transaction(db: Database, *, write: bool = True) -> Iterator[Session]:
    """Yield a session that commits when the block ends and rolls back on error."""
    session = db.session(write=write)
    try:
        yield session
    except BaseException as error:
        end_transaction(session, commit=keeps_writes(error))
        raise
    end_transaction(session, commit=True)
