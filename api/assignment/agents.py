"""Agents' availability and skills, as automatic assignment sees them."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.assignment import repository
from api.assignment.models import AgentProfile
from api.assignment.schemas import AgentProfileOut, AgentProfilePatch
from api.auth.actor import Actor
from api.auth.policy import can_manage_team_members
from api.core.errors import Forbidden, NotFound
from api.db.base import fits_integer
from api.user import repository as users
from api.user.models import User


def _out(agent: User, profile: AgentProfile | None) -> AgentProfileOut:
    return AgentProfileOut(
        agent_id=agent.id,
        name=agent.name,
        available=profile.available if profile is not None else True,
        skills=sorted(profile.skills) if profile is not None else [],
    )


def _check_manager(actor: Actor) -> None:
    if not can_manage_team_members(actor.role):
        raise Forbidden("Only supervisors and administrators set other agents' availability.")


def _agent(session: Session, user_id: int) -> User:
    agent = users.by_id(session, user_id) if fits_integer(user_id) else None
    if agent is None or not agent.role.is_staff:
        raise NotFound(f"No agent {user_id}.")
    return agent


def _profile_for_change(session: Session, agent: User) -> AgentProfile:
    profile = repository.profile(session, agent.id)
    if profile is None:
        profile = AgentProfile(user_id=agent.id, available=True, skills=[])
        session.add(profile)
    return profile


def profile_of(session: Session, agent: User) -> AgentProfileOut:
    return _out(agent, repository.profile(session, agent.id))


def all_profiles(session: Session, actor: Actor) -> list[AgentProfileOut]:
    _check_manager(actor)
    agents = list(
        session.scalars(
            select(User).where(User.role.in_(repository.STAFF_ROLES)).order_by(User.name, User.id)
        )
    )
    found = repository.profiles(session, [a.id for a in agents])
    return [_out(a, found.get(a.id)) for a in agents]


def set_own_availability(session: Session, actor: Actor, available: bool) -> AgentProfileOut:
    profile = _profile_for_change(session, actor.user)
    profile.available = available
    session.flush()
    return _out(actor.user, profile)


def change_profile(
    session: Session, actor: Actor, user_id: int, data: AgentProfilePatch
) -> AgentProfileOut:
    _check_manager(actor)
    agent = _agent(session, user_id)
    profile = _profile_for_change(session, agent)
    if data.available is not None:
        profile.available = data.available
    if data.skills is not None:
        profile.skills = list(data.skills)
    session.flush()
    return _out(agent, profile)
