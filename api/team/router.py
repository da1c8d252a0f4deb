from fastapi import APIRouter, status

from api.auth.deps import StaffActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.team import repository, service
from api.team.schemas import TeamOut, TeamPatch, TeamWrite

router = APIRouter(prefix="/teams", tags=["teams"])


@router.get(
    "",
    operation_id="teams-list",
    response_model=Page[TeamOut],
    responses=problem_responses(401, 403),
    summary="Every team, first line first",
)
def list_teams(actor: StaffActor, session: SessionDep) -> Page[TeamOut]:
    return Page[TeamOut](items=[TeamOut.model_validate(t) for t in repository.all_teams(session)])


@router.post(
    "",
    operation_id="teams-create",
    response_model=TeamOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
def create_team(data: TeamWrite, actor: StaffActor, session: SessionDep) -> TeamOut:
    return TeamOut.model_validate(service.create(session, actor, data))


@router.get(
    "/{team_id}",
    operation_id="teams-get",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404),
)
def get_team(team_id: int, actor: StaffActor, session: SessionDep) -> TeamOut:
    return TeamOut.model_validate(service.get_team(session, team_id))


@router.patch(
    "/{team_id}",
    operation_id="teams-update",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def update_team(team_id: int, data: TeamPatch, actor: StaffActor, session: SessionDep) -> TeamOut:
    team = service.get_team(session, team_id)
    return TeamOut.model_validate(service.update(session, actor, team, data))


@router.put(
    "/{team_id}/members/{user_id}",
    operation_id="teams-add-member",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="Add an agent to the team (idempotent)",
)
def add_member(team_id: int, user_id: int, actor: StaffActor, session: SessionDep) -> TeamOut:
    team = service.get_team(session, team_id)
    return TeamOut.model_validate(service.add_member(session, actor, team, user_id))


@router.delete(
    "/{team_id}/members/{user_id}",
    operation_id="teams-remove-member",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404),
)
def remove_member(team_id: int, user_id: int, actor: StaffActor, session: SessionDep) -> TeamOut:
    team = service.get_team(session, team_id)
    return TeamOut.model_validate(service.remove_member(session, actor, team, user_id))
