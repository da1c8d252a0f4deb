from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.deps import BearerToken, actor_for_request
from api.auth.scopes import Scope
from api.core import signing
from api.core.clock import utcnow
from api.core.config import Settings
from api.core.deps import SessionDep
from api.core.errors import Forbidden, Unauthorized
from api.live import repository
from api.live.stream import Viewer
from api.ticket.models import Ticket
from api.ticket.service import get_readable

STREAM_TICKET_PURPOSE = "live.stream"
STREAM_TICKET_TTL = timedelta(seconds=60)


def load_presence_ticket(
    request: Request,
    session: SessionDep,
    token: BearerToken,
    number: Annotated[int, Path(description="The ticket number (the reference without prefix).")],
) -> Ticket:
    """The ticket, for the support team only; never locked (a heartbeat must not queue
    behind, or hold up, a change to the ticket)."""
    actor = actor_for_request(request, session, token)
    if not actor.is_staff:
        raise Forbidden("Only the support team sees who is on a ticket.")
    return get_readable(session, actor, number, for_update=False)


PresenceTicketDep = Annotated[Ticket, Depends(load_presence_ticket)]


def make_stream_ticket(actor: Actor, settings: Settings) -> str:
    if actor.token_id is None:
        raise Unauthorized("Sign in with a token to open an event stream.")
    return signing.sign(STREAM_TICKET_PURPOSE, {"t": actor.token_id}, settings)


def stream_viewer(
    request: Request,
    session: Session,
    settings: Settings,
    token: str | None,
    ticket: str | None,
) -> Viewer:
    """Who opens the stream: by bearer token, or by a stream ticket (EventSource cannot send
    an Authorization header; the ticket names the session it was made with, which must still
    be good)."""
    if token or not ticket:
        actor = actor_for_request(request, session, token)
        if actor.token_id is None:
            raise Unauthorized("Sign in with a token to open an event stream.")
        return Viewer(actor=actor, token_id=actor.token_id)
    try:
        data = signing.verify(STREAM_TICKET_PURPOSE, ticket, STREAM_TICKET_TTL, settings)
    except signing.InvalidToken as exc:
        raise Unauthorized("The stream ticket is invalid or expired; ask for another.") from exc
    token_id = data.get("t")
    now = utcnow()
    user = repository.live_token_user(session, token_id, now) if isinstance(token_id, int) else None
    if user is None or not isinstance(token_id, int):
        raise Unauthorized("The session the stream ticket was made with has ended.")
    actor = Actor(user=user, now=now, scopes=frozenset({Scope.tickets_read}), token_id=token_id)
    return Viewer(actor=actor, token_id=token_id)
