from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.deps import CurrentActor
from api.closure import service
from api.closure.schemas import ClosureResult, MergeMoves, MergePreview, MergeRequest, TicketClose
from api.core.config import Settings
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.link.schemas import LinkedTicket
from api.ticket.deps import TicketDep, TicketToChangeDep, ticket_etag
from api.ticket.models import Ticket
from api.ticket.router import ticket_out

router = APIRouter(prefix="/tickets/{number}", tags=["tickets"])


def _result(
    ticket: Ticket,
    settings: Settings,
    actor: Actor,
    session: Session,
    response: Response,
    **extra: object,
) -> ClosureResult:
    session.flush()
    response.headers["ETag"] = ticket_etag(ticket)
    return ClosureResult.model_validate(
        {"ticket": ticket_out(ticket, settings, actor, session), **extra}
    )


@router.post(
    "/closure",
    operation_id="tickets-close",
    response_model=ClosureResult,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
    summary="Close an open ticket as resolved, duplicate, withdrawn or rejected",
    description="Customers may only withdraw their own open request. Resolving a parent with "
    "open children is a 409 unless `force` with a `force_reason`; resolving a problem with "
    "`resolve_incidents` resolves its open incidents with the same public note.",
)
def close_ticket(
    data: TicketClose,
    ticket: TicketToChangeDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> ClosureResult:
    resolved, moved = service.close_ticket(
        session, actor, ticket, data, prefix=settings.ticket_prefix
    )
    return _result(
        ticket, settings, actor, session, response, resolved_incidents=resolved, moved=moved
    )


@router.get(
    "/merge-preview",
    operation_id="tickets-merge-preview",
    response_model=MergePreview,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="What merging this ticket into another would move (staff)",
)
def merge_preview(
    into: Annotated[int, Query(ge=1)],
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
) -> MergePreview:
    survivor, moves = service.merge_preview(session, actor, ticket, into)
    return MergePreview(
        **moves.model_dump(),
        into=LinkedTicket(
            number=survivor.number,
            reference=f"{settings.ticket_prefix}{survivor.number}",
            subject=survivor.subject,
            type=survivor.type,
            status=survivor.status,
            closure_code=survivor.closure_code,
        ),
    )


@router.post(
    "/merge",
    operation_id="tickets-merge",
    response_model=ClosureResult,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
    summary="Merge this duplicate into another ticket: its comments, attachments and watchers "
    "move there, and it closes as a duplicate (a second merge is a 409)",
)
def merge_ticket(
    data: MergeRequest,
    ticket: TicketToChangeDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> ClosureResult:
    moved: MergeMoves = service.merge(session, actor, ticket, data, prefix=settings.ticket_prefix)
    return _result(ticket, settings, actor, session, response, moved=moved)
