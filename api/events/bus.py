from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from api.ticket.models import Ticket, TicketEvent

Subscriber = Callable[[Session, Sequence[TicketEvent]], None]

_PENDING = "events_pending"
_HELD = "events_tickets"
_MUTED = "events_muted"
_MAX_ROUNDS = 8  # subscribers recording events that trigger subscribers... never forever

_subscribers: dict[str, Subscriber] = {}
_notifying: set[str] = set()


def subscribe(name: str, *, notifies: bool) -> Callable[[Subscriber], Subscriber]:
    """`notifies`: the subscriber reaches people or systems (mail, webhooks, live screens),
    which a muted session skips; bookkeeping (report rows, survey offers) always runs."""

    def register(fn: Subscriber) -> Subscriber:
        _subscribers[name] = fn
        if notifies:
            _notifying.add(name)
        else:
            _notifying.discard(name)
        return fn

    return register


def subscribers() -> dict[str, Subscriber]:
    return dict(_subscribers)


def publish(session: Session, ticket_event: TicketEvent, ticket: Ticket) -> None:
    session.info.setdefault(_PENDING, []).append(ticket_event)
    # The identity map holds objects weakly: the route may have let go of its ticket by commit
    # time. Held until the transaction ends, subscribers find it with `session.get`, no query.
    session.info.setdefault(_HELD, {})[ticket.id] = ticket


def mute(session: Session, muted: bool = True) -> None:
    """Until the session ends (or `mute(session, False)`), changes notify nobody: the
    subscribers that notify are skipped, the bookkeeping ones still run."""
    if muted:
        session.info[_MUTED] = True
    else:
        session.info.pop(_MUTED, None)


def dispatch(session: Session) -> None:
    for _ in range(_MAX_ROUNDS):
        pending: list[TicketEvent] | None = session.info.pop(_PENDING, None)
        if not pending:
            return
        session.flush()
        muted = bool(session.info.get(_MUTED))
        for name, fn in list(_subscribers.items()):
            if not (muted and name in _notifying):
                fn(session, pending)
    raise RuntimeError("ticket event subscribers kept recording events")


def _before_commit(session: Session) -> None:
    dispatch(session)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_HELD, None)


# First among the before-commit hooks: what subscribers record must still reach the SLA
# tracking that settles after them.
event.listen(Session, "before_commit", _before_commit, insert=True)
event.listen(Session, "after_transaction_end", _forget)
