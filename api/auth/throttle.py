"""Fixed-window attempt counters kept in the database, so every worker shares them."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, case, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from api.auth.models import ThrottleBucket


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after_seconds: int


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
    reset_in = max(1, int((started + window - now).total_seconds() + 0.999))
    return Verdict(
        allowed=attempts <= limit,
        limit=limit,
        remaining=max(0, limit - attempts),
        retry_after_seconds=reset_in,
    )


def clear(session: Session, key: str) -> None:
    session.execute(delete(ThrottleBucket).where(ThrottleBucket.key == key))
