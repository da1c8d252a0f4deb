"""The live workspace over HTTP: the event stream, its tickets, and presence on a ticket."""

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.auth.deps import BearerToken, CurrentActor, StaffActor
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.live import presence
from api.live.deps import (
    STREAM_TICKET_TTL,
    PresenceTicketDep,
    make_stream_ticket,
    stream_viewer,
)
from api.live.hub import hub_for
from api.live.schemas import PresenceIn, PresenceOut, StreamTicketOut
from api.live.stream import EventStream, resume_point

router = APIRouter()

SSE_EVENT_SCHEMA = {
    "type": "object",
    "properties": {
        "data": {"type": "string"},
        "event": {"type": "string"},
        "id": {"type": "string"},
        "retry": {"type": "integer", "minimum": 0},
    },
}

STREAM_DESCRIPTION = """Server-sent events, ids only: refetch through the other endpoints.

* `event: ticket`, `id: <event id>`, `data: {"ticket": <number>, "kind": "...", "version": n}`
  for each change to a ticket the caller may see (a customer: the changes the requester sees, on
  tickets they may read; never an internal note).
* `event: presence`, `data: {"ticket": <number>}`: someone arrived on, left or started replying
  to the ticket (the support team only; no id).
* `event: reset`: events may have been missed (Last-Event-ID too old, or the server lost track):
  refetch everything shown.
* A `: keep-alive` comment every 15 s; the stream ends after a few minutes (reconnect).

Authenticate with the Authorization header, or (EventSource cannot send headers) with a
`ticket` from `POST /events/stream-tickets`: the one credential Sportello accepts in a query
string, good for a minute. Resume with `Last-Event-ID` (or `last_event_id`)."""


@router.post(
    "/events/stream-tickets",
    operation_id="events-create-stream-ticket",
    tags=["events"],
    status_code=status.HTTP_201_CREATED,
    response_model=StreamTicketOut,
    responses=problem_responses(401),
    summary="A short-lived ticket to open the event stream with an EventSource",
)
async def create_stream_ticket(actor: CurrentActor, settings: SettingsDep) -> StreamTicketOut:
    return StreamTicketOut(
        ticket=make_stream_ticket(actor, settings), expires_at=actor.now + STREAM_TICKET_TTL
    )


@router.get(
    "/events/stream",
    operation_id="events-stream",
    tags=["events"],
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The event stream",
            # One event of the stream (the shape OpenAPI 3.2 gives server-sent events).
            "content": {"text/event-stream": {"schema": SSE_EVENT_SCHEMA}},
        },
        **problem_responses(401, 422),
    },
    summary="Live changes to tickets, as server-sent events",
    description=STREAM_DESCRIPTION,
)
async def stream_events(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    token: BearerToken,
    ticket: Annotated[
        str | None,
        Query(max_length=400, description="A stream ticket, instead of the Authorization header."),
    ] = None,
    last_event_id: Annotated[
        int | None, Query(ge=0, description="Resume after this event (as Last-Event-ID).")
    ] = None,
    last_event_id_header: Annotated[
        str | None,
        Header(
            alias="Last-Event-ID",
            max_length=10,
            description="Resume after this event; one the server never sent gets a reset.",
        ),
    ] = None,
) -> StreamingResponse:
    viewer = await run_in_threadpool(stream_viewer, request, session, settings, token, ticket)
    after = last_event_id if last_event_id_header is None else resume_point(last_event_id_header)
    stream = EventStream(hub_for(request.app.state), viewer, after)
    return StreamingResponse(
        stream.messages(),
        media_type="text/event-stream",
        # Proxies must pass each event on at once, and nobody may cache the stream.
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _presence_page(rows: presence.Present) -> Page[PresenceOut]:
    return Page[PresenceOut](
        items=[
            PresenceOut(
                user_id=user.id,
                name=user.name,
                activity=row.activity,
                since=row.since,
                seen_at=row.seen_at,
            )
            for row, user in rows
        ]
    )


@router.get(
    "/tickets/{number}/presence",
    operation_id="presence-list",
    tags=["presence"],
    response_model=Page[PresenceOut],
    responses=problem_responses(401, 403, 404),
    summary="Who of the support team is viewing or replying to the ticket",
)
def list_presence(
    ticket: PresenceTicketDep, actor: StaffActor, session: SessionDep, settings: SettingsDep
) -> Page[PresenceOut]:
    return _presence_page(presence.present(session, settings, actor, ticket))


@router.put(
    "/tickets/{number}/presence",
    operation_id="presence-heartbeat",
    tags=["presence"],
    response_model=Page[PresenceOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="Say you are on the ticket (every 15 s; gone 30 s after the last); who is there",
)
def heartbeat(
    body: PresenceIn,
    ticket: PresenceTicketDep,
    actor: StaffActor,
    session: SessionDep,
    settings: SettingsDep,
) -> Page[PresenceOut]:
    return _presence_page(presence.heartbeat(session, settings, actor, ticket, body.activity))


@router.delete(
    "/tickets/{number}/presence",
    operation_id="presence-leave",
    tags=["presence"],
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404),
    summary="Leave the ticket at once",
)
def leave(ticket: PresenceTicketDep, actor: StaffActor, session: SessionDep) -> Response:
    presence.leave(session, actor, ticket)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
