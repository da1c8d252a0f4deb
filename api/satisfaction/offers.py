"""A ticket's resolution offers its satisfaction survey (the portal shows it from then on and
the resolution email carries the rating links): the offer is what the response rate counts."""

from collections.abc import Sequence

from sqlalchemy.orm import Session

from api.events import subscribe
from api.satisfaction.service import offer
from api.ticket.lifecycle import Status
from api.ticket.models import TicketEvent


@subscribe("satisfaction.offers", notifies=False)
def offer_on_resolution(session: Session, events: Sequence[TicketEvent]) -> None:
    for event in events:
        if event.kind == "status_changed" and event.to_value == Status.resolved.value:
            offer(session, event.ticket_id, event.created_at)
