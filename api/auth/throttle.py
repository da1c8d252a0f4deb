"""Fixed-window counters kept in the database, so every worker shares them."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, case, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from api.auth.models import ThrottleBucket

# Expired counters removed per purge: enough to keep up with any attack, cheap per request.
PURGE_BATCH = 100


@dataclass(frozen=True)
class Verdict:
    key: str
    allowed: bool
    limit: int
    remaining: int
    retry_after_seconds: int
    window_started_at: datetime


def hit(session: Session, key: str, *, limit: int, window: timedelta, now: datetime) -> Verdict:
    """Count one attempt atomically (one upsert) and say whether it is within the limit."""
    cutoff = now - window
    table = ThrottleBucket.__table__
    assert isinstance(table, Table)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    expired = ThrottleBucket.window_started_at <= cutoff
    statement = (
        insert(table)
        .values(key=key, window_started_at=now, attempts=1)
        .on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "attempts": case((expired, 1), else_=ThrottleBucket.attempts + 1),
                "window_started_at": case((expired, now), else_=ThrottleBucket.window_started_at),
            },
        )
        .returning(table.c.attempts, table.c.window_started_at)
    )
    attempts, started = session.execute(statement).one()
    # Another worker may have opened the window with a clock reading a little later than ours.
    remaining_seconds = min(window, started + window - now).total_seconds()
    reset_in = max(1, int(remaining_seconds + 0.999))
    return Verdict(
        key=key,
        allowed=attempts <= limit,
        limit=limit,
        remaining=max(0, limit - attempts),
        retry_after_seconds=reset_in,
        window_started_at=started,
    )


def give_back(session: Session, verdict: Verdict) -> None:
    """Take back one counted attempt, unless its window has been restarted since."""
    session.execute(
        update(ThrottleBucket)
        .where(
            ThrottleBucket.key == verdict.key,
            ThrottleBucket.window_started_at == verdict.window_started_at,
            ThrottleBucket.attempts > 0,
        )
        .values(attempts=ThrottleBucket.attempts - 1)
    )


def clear(session: Session, key: str) -> None:
    session.execute(delete(ThrottleBucket).where(ThrottleBucket.key == key))


def purge_expired(
    session: Session, prefixes: Iterable[str], *, window: timedelta, now: datetime
) -> None:
    """Delete a bounded batch of counters whose window is over.

    Rows another worker holds are skipped (PostgreSQL's SKIP LOCKED), so purging never waits
    and never deadlocks; the expiry is checked again on the row deleted, in case it was
    restarted meanwhile.
    """
    expired = (ThrottleBucket.window_started_at <= now - window) & or_(
        *(ThrottleBucket.key.startswith(prefix, autoescape=True) for prefix in prefixes)
    )
    batch = (
        select(ThrottleBucket.key)
        .where(expired)
        .limit(PURGE_BATCH)
        .with_for_update(skip_locked=True)
    )
    session.execute(delete(ThrottleBucket).where(ThrottleBucket.key.in_(batch), expired))
