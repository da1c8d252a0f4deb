from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import can_manage_directory, can_manage_team_members
from api.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from api.team import repository
from api.team.models import Team, TeamMembership
from api.team.schemas import TeamPatch, TeamWrite
from api.user import repository as users


def get_team(session: Session, team_id: int) -> Team:
    team = repository.get(session, team_id)
    if team is None:
        raise NotFound(f"No team {team_id}.")
    return team


def _check_unique_name(session: Session, name: str, except_id: int | None = None) -> None:
    clash = session.scalar(select(Team.id).where(Team.name == name))
    if clash is not None and clash != except_id:
        raise Conflict(f"A team named {name!r} already exists.")


def _check_supervisor(session: Session, user_id: int | None) -> None:
    if user_id is None:
        return
    user = users.by_id(session, user_id)
    if user is None or not user.active or not can_manage_team_members(user.role):
        raise ValidationFailed.on("supervisor_id", "no such active supervisor or administrator")


def create(session: Session, actor: Actor, data: TeamWrite) -> Team:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators create teams.")
    _check_unique_name(session, data.name)
    _check_supervisor(session, data.supervisor_id)
    team = Team(
        name=data.name,
        description=data.description,
        tier=data.tier,
        assignment_strategy=data.assignment_strategy,
        supervisor_id=data.supervisor_id,
        created_at=actor.now,
    )
    session.add(team)
    session.flush()
    return team


def update(session: Session, actor: Actor, team: Team, data: TeamPatch) -> Team:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators change teams.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name"):
        _check_unique_name(session, changes["name"], team.id)
    if "supervisor_id" in changes:
        _check_supervisor(session, changes["supervisor_id"])
    for key, value in changes.items():
        if value is None and key not in ("description", "supervisor_id"):
            raise ValidationFailed.on(key, "must not be null")
        setattr(team, key, value)
    session.flush()
    return team


def add_member(session: Session, actor: Actor, team: Team, user_id: int) -> Team:
    if not can_manage_team_members(actor.role):
        raise Forbidden("Only supervisors and administrators change team members.")
    user = users.by_id(session, user_id)
    if user is None:
        raise NotFound(f"No user {user_id}.")
    if not user.role.is_staff:
        raise ValidationFailed.on("user_id", "customers cannot join a support team")
    if not repository.is_member(session, team.id, user_id):
        team.memberships.append(TeamMembership(user_id=user_id))
        session.flush()
    return team


def remove_member(session: Session, actor: Actor, team: Team, user_id: int) -> Team:
    if not can_manage_team_members(actor.role):
        raise Forbidden("Only supervisors and administrators change team members.")
    membership = next((m for m in team.memberships if m.user_id == user_id), None)
    if membership is None:
        raise NotFound(f"User {user_id} is not a member of {team.name}.")
    team.memberships.remove(membership)
    session.flush()
    return team
