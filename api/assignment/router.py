from fastapi import APIRouter, status

from api.assignment import service
from api.assignment.schemas import AssignmentIn, AssignmentOut, EscalationIn, EscalationOut
from api.auth.deps import StaffActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.ticket.deps import TicketDep
from api.ticket.models import Ticket

# Tags per route: operation ids are <tag>-<name>, and escalations are their own resource.
router = APIRouter(prefix="/tickets/{number}")


def _assignment(ticket: Ticket) -> AssignmentOut:
    return AssignmentOut(
        team_id=ticket.team_id, agent_id=ticket.assignee_id, status=ticket.status.value
    )


@router.put(
    "/assignment",
    operation_id="assignment-set",
    tags=["assignment"],
    response_model=AssignmentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Assign to a team and optionally an agent of it (take = assign to yourself)",
)
def assign(
    data: AssignmentIn, ticket: TicketDep, actor: StaffActor, session: SessionDep
) -> AssignmentOut:
    return _assignment(service.assign(session, actor, ticket, data))


@router.delete(
    "/assignment",
    operation_id="assignment-clear",
    tags=["assignment"],
    response_model=AssignmentOut,
    responses=problem_responses(401, 403, 404, 409),
    summary="Put the ticket back in the triage queue",
)
def unassign(ticket: TicketDep, actor: StaffActor, session: SessionDep) -> AssignmentOut:
    return _assignment(service.unassign(session, actor, ticket))


@router.post(
    "/escalations",
    operation_id="escalations-create",
    tags=["escalations"],
    response_model=EscalationOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Hand the ticket to another team (up a tier, down a tier, or across)",
)
def escalate(
    data: EscalationIn, ticket: TicketDep, actor: StaffActor, session: SessionDep
) -> EscalationOut:
    return EscalationOut.model_validate(service.escalate(session, actor, ticket, data))


@router.get(
    "/escalations",
    operation_id="escalations-list",
    tags=["escalations"],
    response_model=Page[EscalationOut],
    responses=problem_responses(401, 403, 404),
)
def list_escalations(
    ticket: TicketDep, actor: StaffActor, session: SessionDep
) -> Page[EscalationOut]:
    rows = service.escalations_of(session, ticket)
    return Page[EscalationOut](items=[EscalationOut.model_validate(e) for e in rows])
