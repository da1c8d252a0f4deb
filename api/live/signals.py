"""Telling every API process, once a transaction commits, that something changed.

On PostgreSQL a NOTIFY, sent inside the transaction: the server delivers it on commit only,
to every LISTENing connection (one per API process, see hub.py). On SQLite there is no such
thing: the signal goes to the hubs of this process after the commit, and the other processes
find the change by polling (hub.py)."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy.orm import Session

EVENTS_CHANNEL = "sportello_events"  # payload: event ids (rules.encode_ids)
PRESENCE_CHANNEL = "sportello_presence"  # payload: a ticket number

Listener = Callable[[str, str], None]

_PENDING = "live_signals_pending"
_NOTIFY = "SELECT pg_notify(%(channel)s, %(payload)s)"
_listeners: list[Listener] = []


def send(session: Session, channel: str, payload: str) -> None:
    """Signal `channel` with `payload` if, and when, the session's transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        # Straight to the driver: nothing to compile, and no autoflush (nothing to read).
        session.connection().exec_driver_sql(_NOTIFY, {"channel": channel, "payload": payload})
    else:
        session.info.setdefault(_PENDING, []).append((channel, payload))


def listen_locally(listener: Listener) -> None:
    """Call `listener(channel, payload)` after each commit in this process (SQLite only; it
    may be called from any thread)."""
    _listeners.append(listener)


def stop_listening_locally(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


@orm_event.listens_for(Session, "after_commit")
def _deliver(session: Session) -> None:
    pending: list[tuple[str, str]] | None = session.info.pop(_PENDING, None)
    for channel, payload in pending or ():
        for listener in list(_listeners):
            listener(channel, payload)


@orm_event.listens_for(Session, "after_rollback")
def _forget(session: Session, *_: Any) -> None:
    session.info.pop(_PENDING, None)
