from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from api.ticket.models import TicketEvent

Subscriber = Callable[[Session, Sequence[TicketEvent]], None]

_PENDING = "events_pending"
_MUTED = "events_muted"
_MAX_ROUNDS = 8  # subscribers recording events that trigger subscribers... never forever

_subscribers: dict[str, Subscriber] = {}


def subscribe(name: str) -> Callable[[Subscriber], Subscriber]:
    def register(fn: Subscriber) -> Subscriber:
        _subscribers[name] = fn
        return fn

    return register


def subscribers() -> dict[str, Subscriber]:
    return dict(_subscribers)


def publish(session: Session, ticket_event: TicketEvent) -> None:
    if session.info.get(_MUTED):
        return
    session.info.setdefault(_PENDING, []).append(ticket_event)


def mute(session: Session, muted: bool = True) -> None:
    """Until the session ends (or `mute(session, False)`), changes notify nobody."""
    if muted:
        session.info[_MUTED] = True
        session.info.pop(_PENDING, None)
    else:
        session.info.pop(_MUTED, None)


def dispatch(session: Session) -> None:
    for _ in range(_MAX_ROUNDS):
        pending: list[TicketEvent] | None = session.info.pop(_PENDING, None)
        if not pending:
            return
        session.flush()
        for fn in list(_subscribers.values()):
            fn(session, pending)
    raise RuntimeError("ticket event subscribers kept recording events")


def _before_commit(session: Session) -> None:
    dispatch(session)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


# First among the before-commit hooks: what subscribers record must still reach the SLA
# tracking that settles after them.
event.listen(Session, "before_commit", _before_commit, insert=True)
event.listen(Session, "after_transaction_end", _forget)
