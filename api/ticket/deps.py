from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import BearerToken, actor_for_request
from api.core import conditional
from api.core.deps import SAFE_METHODS, SessionDep
from api.ticket.models import Ticket
from api.ticket.service import get_readable


def load_ticket(
    request: Request,
    session: SessionDep,
    token: BearerToken,
    number: Annotated[int, Path(description="The ticket number (the reference without prefix).")],
) -> Ticket:
    """The ticket if the actor may read it; a 404 either way, so "not yours" looks like "none".

    The actor is resolved here, in the same thread hop as the ticket, and kept for the
    route's `CurrentActor`."""
    actor = actor_for_request(request, session, token)
    return get_readable(session, actor, number, for_update=request.method not in SAFE_METHODS)


TicketDep = Annotated[Ticket, Depends(load_ticket)]


def ticket_etag(ticket: Ticket) -> str:
    return conditional.etag("ticket", ticket.number, ticket.version)


async def load_ticket_to_change(ticket: TicketDep, if_match: conditional.IfMatch = None) -> Ticket:
    """The ticket, if the If-Match sent (if any) still names its current version."""
    conditional.require_match(if_match, ticket_etag(ticket))
    return ticket


# For every change to a ticket or one of its sub-resources: honours If-Match (412 when stale).
TicketToChangeDep = Annotated[Ticket, Depends(load_ticket_to_change)]
