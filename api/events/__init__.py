"""Ticket events handed to subscribers inside the change's own transaction.

Every change to a ticket passes through `api.ticket.history.record`, which publishes the
`TicketEvent` it appends. Just before the session commits, the bus flushes (so events have
ids) and calls each subscriber with the events of that transaction, in order. What a
subscriber writes (an outbox row, a webhook delivery, a NOTIFY) commits or rolls back with
the change: a rollback sends nothing. Events a subscriber records in turn are dispatched in
a further round.

    from api.events import subscribe

    @subscribe("mail.notifications", notifies=True)
    def on_ticket_events(session: Session, events: Sequence[TicketEvent]) -> None:
        ...

A subscriber module is imported by `api/events/catalog.py`, so every process knows it.
`mute(session)` skips the subscribers that notify (`notifies=True`: mail, webhooks, live
screens) for bulk work that must not reach anybody (the demo loader); bookkeeping ones (report
rows, survey offers) still run.
"""

from api.events.bus import mute, publish, subscribe, subscribers

__all__ = ["mute", "publish", "subscribe", "subscribers"]
