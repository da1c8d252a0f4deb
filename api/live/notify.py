"""The ticket event bus subscriber that announces each transaction's events to the streams."""

from collections.abc import Sequence

from sqlalchemy.orm import Session

from api.events import subscribe
from api.live import signals
from api.live.rules import encode_ids
from api.ticket.models import TicketEvent


@subscribe("live.stream", notifies=True)
def announce_events(session: Session, events: Sequence[TicketEvent]) -> None:
    signals.send(session, signals.EVENTS_CHANNEL, encode_ids(e.id for e in events))
