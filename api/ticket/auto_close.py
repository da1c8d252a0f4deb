"""Resolved tickets nobody answered close themselves after SPORTELLO_AUTO_CLOSE_DAYS.

A requester's reply reopens a resolved ticket (comment service), which clears `resolved_at`,
so a ticket still resolved past the deadline has had no answer since it was resolved.
"""

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.core.config import Settings
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.ticket.service import change_status
from api.user.system import system_actor

BATCH_SIZE = 200
MAX_BATCHES = 10


def _stale_batch(session: Session, resolved_before: datetime, size: int) -> list[Ticket]:
    # ix_ticket_resolved (status, resolved_at, id) serves this; SKIP LOCKED lets a second
    # worker take other rows instead of waiting (ignored by SQLite, which has one writer).
    statement = (
        select(Ticket)
        .where(Ticket.status == Status.resolved, Ticket.resolved_at <= resolved_before)
        .order_by(Ticket.resolved_at, Ticket.id)
        .limit(size)
        .with_for_update(skip_locked=True)
    )
    return list(session.scalars(statement))


def close_stale_resolved(
    session: Session,
    now: datetime,
    settings: Settings,
    *,
    batch_size: int = BATCH_SIZE,
    max_batches: int = MAX_BATCHES,
) -> int:
    """Close every ticket resolved at least `auto_close_days` ago, oldest first, in batches of
    `batch_size`, at most `max_batches` per call (the next run takes the rest). Each close is a
    public status event the requester sees. Returns how many were closed; flushes, the caller
    commits."""
    days = settings.auto_close_days
    if days <= 0:
        return 0
    actor = system_actor(session, now)
    note = f"Closed automatically after {days} days without an answer."
    cause = {"auto_close_days": days}
    closed = 0
    for _ in range(max_batches):
        batch = _stale_batch(session, now - timedelta(days=days), batch_size)
        for ticket in batch:
            change_status(
                session, ticket, actor, Status.closed, automatic=True, note=note, cause=cause
            )
        session.flush()
        closed += len(batch)
        if len(batch) < batch_size:
            break
    return closed
