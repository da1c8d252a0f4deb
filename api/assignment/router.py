from fastapi import APIRouter, Response, status

from api.assignment import agents, service
from api.assignment.schemas import (
    AgentProfileOut,
    AgentProfilePatch,
    AssignmentIn,
    AssignmentOut,
    AvailabilityIn,
    EscalationIn,
    EscalationOut,
)
from api.auth.deps import StaffActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.ticket.deps import TicketDep, TicketToChangeDep, ticket_etag
from api.ticket.models import Ticket

# Tags per route: operation ids are <tag>-<name>, and escalations are their own resource.
router = APIRouter(prefix="/tickets/{number}")


def _assignment(session: SessionDep, ticket: Ticket, response: Response) -> AssignmentOut:
    session.flush()
    response.headers["ETag"] = ticket_etag(ticket)
    return AssignmentOut(
        team_id=ticket.team_id, agent_id=ticket.assignee_id, status=ticket.status.value
    )


@router.put(
    "/assignment",
    operation_id="assignment-set",
    tags=["assignment"],
    response_model=AssignmentOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Assign to a team and optionally an agent of it (take = assign to yourself)",
)
def assign(
    data: AssignmentIn,
    ticket: TicketToChangeDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> AssignmentOut:
    return _assignment(session, service.assign(session, actor, ticket, data), response)


@router.delete(
    "/assignment",
    operation_id="assignment-clear",
    tags=["assignment"],
    response_model=AssignmentOut,
    responses=problem_responses(401, 403, 404, 409, 412),
    summary="Put the ticket back in the triage queue",
)
def unassign(
    ticket: TicketToChangeDep, actor: StaffActor, session: SessionDep, response: Response
) -> AssignmentOut:
    return _assignment(session, service.unassign(session, actor, ticket), response)


@router.post(
    "/escalations",
    operation_id="escalations-create",
    tags=["escalations"],
    response_model=EscalationOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Hand the ticket to another team (up a tier, down a tier, or across)",
)
def escalate(
    data: EscalationIn,
    ticket: TicketToChangeDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> EscalationOut:
    escalation = service.escalate(session, actor, ticket, data)
    session.flush()
    response.headers["ETag"] = ticket_etag(ticket)
    return EscalationOut.model_validate(escalation)


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


agents_router = APIRouter(prefix="/agents", tags=["agents"])


@agents_router.get(
    "/me/routing-profile",
    operation_id="agents-get-own-profile",
    response_model=AgentProfileOut,
    responses=problem_responses(401, 403),
    summary="Your availability and skills",
)
def own_profile(actor: StaffActor, session: SessionDep) -> AgentProfileOut:
    return agents.profile_of(session, actor.user)


@agents_router.patch(
    "/me/routing-profile",
    operation_id="agents-update-own-profile",
    response_model=AgentProfileOut,
    responses=problem_responses(401, 403, 422),
    summary="Set yourself available or away (away: no new tickets from routing)",
)
def set_own_availability(
    data: AvailabilityIn, actor: StaffActor, session: SessionDep
) -> AgentProfileOut:
    return agents.set_own_availability(session, actor, data.available)


@agents_router.get(
    "/routing-profiles",
    operation_id="agents-list-profiles",
    response_model=Page[AgentProfileOut],
    responses=problem_responses(401, 403),
    summary="Every agent's availability and skills (supervisors and administrators)",
)
def list_profiles(actor: StaffActor, session: SessionDep) -> Page[AgentProfileOut]:
    return Page[AgentProfileOut](items=agents.all_profiles(session, actor))


@agents_router.patch(
    "/{user_id}/routing-profile",
    operation_id="agents-update-profile",
    response_model=AgentProfileOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="Set an agent available or away, or their skills (supervisors and administrators)",
)
def update_profile(
    user_id: int, data: AgentProfilePatch, actor: StaffActor, session: SessionDep
) -> AgentProfileOut:
    return agents.change_profile(session, actor, user_id, data)
