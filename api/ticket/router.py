from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.deps import CurrentActor
from api.core import conditional
from api.core.answers import json_answer
from api.core.config import Settings
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from api.core.schemas import NO_NUL, Instant
from api.idempotency.deps import IdempotentCreateDep
from api.ticket import repository, service
from api.ticket.deps import TicketDep, TicketToChangeDep, ticket_etag
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.models import Ticket
from api.ticket.priority import Priority
from api.ticket.repository import SlaState, TicketFilter, TicketSort
from api.ticket.schemas import (
    CustomerTicketOut,
    TicketCreate,
    TicketEventOut,
    TicketOut,
    TicketPage,
    TicketUpdate,
    TicketView,
    ticket_view,
)

router = APIRouter(prefix="/tickets", tags=["tickets"])


def tickets_out(
    tickets: list[Ticket], settings: Settings, actor: Actor, session: Session
) -> list[TicketOut | CustomerTicketOut]:
    """Each ticket in the actor's view; a duplicate names its survivor only if readable."""
    survivors = {t.merged_into_id for t in tickets if t.merged_into_id is not None}
    numbers = repository.readable_numbers(session, actor, survivors)
    return [
        ticket_view(
            t,
            settings.ticket_prefix,
            staff=actor.is_staff,
            merged_into=numbers.get(t.merged_into_id) if t.merged_into_id else None,
        )
        for t in tickets
    ]


def ticket_out(
    ticket: Ticket, settings: Settings, actor: Actor, session: Session
) -> TicketOut | CustomerTicketOut:
    return tickets_out([ticket], settings, actor, session)[0]


@router.post(
    "",
    operation_id="tickets-create",
    response_model=TicketView,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 409, 422),
    summary="Open a ticket (customers for themselves; staff on behalf of a caller)",
)
def create_ticket(
    request: Request,
    data: TicketCreate,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    idempotent: IdempotentCreateDep,
) -> Response:
    def create() -> tuple[dict[str, Any], dict[str, str]]:
        ticket = service.open_ticket(session, actor, data)
        headers = {"Location": f"/api/v1/tickets/{ticket.number}", "ETag": ticket_etag(ticket)}
        return ticket_out(ticket, settings, actor, session).model_dump(mode="json"), headers

    return idempotent.respond(data.model_dump(mode="json", exclude_unset=True), create)


@router.get(
    "",
    operation_id="tickets-list",
    response_model=TicketPage,
    responses=problem_responses(400, 401, 422),
    summary="List tickets; default order is the agent queue: critical first, oldest first",
    description="Customers get their own tickets (and their organization's where it shares "
    "them) in the customer view; the filters on what only the support team sees (`tag`, "
    "`team_id`, `assignee`) are refused for them with a 422 naming the filter.",
)
def list_tickets(
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    status_: Annotated[list[Status] | None, Query(alias="status")] = None,
    closure: Annotated[
        list[ClosureCode] | None,
        Query(description="How finished tickets ended (resolved, duplicate, withdrawn, ...)."),
    ] = None,
    priority: Annotated[list[Priority] | None, Query()] = None,
    type_: Annotated[TicketType | None, Query(alias="type")] = None,
    category_id: int | None = None,
    assignee: Annotated[
        str | None, Query(description="A user id, `me` or `none`.", max_length=20)
    ] = None,
    team_id: int | None = None,
    requester_id: int | None = None,
    organization_id: int | None = None,
    channel: Channel | None = None,
    tag: Annotated[str | None, Query(max_length=50, pattern=NO_NUL)] = None,
    created_after: Instant | None = None,
    created_before: Instant | None = None,
    updated_after: Instant | None = None,
    updated_before: Instant | None = None,
    resolved_after: Annotated[
        Instant | None, Query(description="Resolved at or after (reports link here).")
    ] = None,
    resolved_before: Instant | None = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            pattern=NO_NUL,
            description="Full-text search: every word in the subject, description, resolution "
            "or the comments you may see (accents and word endings ignored).",
        ),
    ] = None,
    sla: Annotated[
        SlaState | None,
        Query(description="Support team only: breached, paused, or running (a deadline ahead)."),
    ] = None,
    sla_due_before: Annotated[
        Instant | None, Query(description="Support team only: the next SLA deadline is before.")
    ] = None,
    sort: Annotated[
        TicketSort,
        Query(description="`sla_due_at` (support team only): next SLA deadline first."),
    ] = TicketSort.priority,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    service.refuse_staff_filters(
        actor,
        {
            "tag": tag,
            "team_id": team_id,
            "assignee": assignee,
            "sla": sla,
            "sla_due_before": sla_due_before,
            "sort": sort if sort is TicketSort.sla_due else None,
        },
    )
    criteria = TicketFilter(
        statuses=status_ or (),
        closure_codes=closure or (),
        priorities=priority or (),
        type=type_,
        category_id=category_id,
        assignee=assignee,
        team_id=team_id,
        requester_id=requester_id,
        organization_id=organization_id,
        channel=channel,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        resolved_after=resolved_after,
        resolved_before=resolved_before,
        text=q,
        sla=sla,
        sla_due_before=sla_due_before,
    )
    rows, next_cursor = repository.list_tickets(
        session, actor, criteria, sort=sort, limit=limit, cursor=cursor
    )
    page = TicketPage(items=tickets_out(rows, settings, actor, session), next_cursor=next_cursor)
    return json_answer(session, page)


@router.get(
    "/{number}",
    operation_id="tickets-get",
    response_model=TicketView,
    responses={
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
        **problem_responses(401, 404),
    },
    summary="One ticket, with an ETag for conditional updates",
)
def get_ticket(
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    if_none_match: conditional.IfNoneMatch = None,
) -> Response:
    current = ticket_etag(ticket)
    if conditional.matches(if_none_match, current):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": current})
    return json_answer(
        session, ticket_out(ticket, settings, actor, session), headers={"ETag": current}
    )


@router.patch(
    "/{number}",
    operation_id="tickets-update",
    response_model=TicketView,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
    summary="Change fields or status; send If-Match with the ETag to avoid overwriting others",
)
def update_ticket(
    data: TicketUpdate,
    ticket: TicketToChangeDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> TicketOut | CustomerTicketOut:
    service.update_ticket(session, actor, ticket, data)
    session.flush()
    response.headers["ETag"] = ticket_etag(ticket)
    return ticket_out(ticket, settings, actor, session)


@router.get(
    "/{number}/events",
    operation_id="tickets-events",
    response_model=Page[TicketEventOut],
    responses=problem_responses(400, 401, 404, 422),
    summary="The ticket's history, oldest first (customers see the public part)",
)
def list_events(
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = MAX_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    rows, next_cursor = repository.events_page(
        session, ticket, public_only=not actor.is_staff, cursor=cursor, limit=limit
    )
    page = Page[TicketEventOut](
        items=[TicketEventOut.model_validate(e) for e in rows], next_cursor=next_cursor
    )
    return json_answer(session, page)
