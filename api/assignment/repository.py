from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from api.assignment.models import AgentProfile, AssignmentCursor
from api.assignment.strategies import Candidate
from api.team.models import TeamMembership
from api.ticket.lifecycle import OPEN_STATUSES
from api.ticket.models import Ticket
from api.user.models import User
from api.user.roles import Role

STAFF_ROLES = [r for r in Role if r.is_staff]


def locked_cursor(session: Session, team_id: int) -> AssignmentCursor:
    """The team's cursor row, locked until the transaction ends.

    The UPDATE comes before the read: on PostgreSQL it takes the row lock (a second worker
    waits there, then reads the first one's committed turn); on SQLite it makes sure the
    transaction holds the database's write lock before the cursor is read."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(AssignmentCursor)
        .values(team_id=team_id, turns=0)
        .on_conflict_do_nothing(index_elements=["team_id"])
    )
    session.execute(
        update(AssignmentCursor)
        .where(AssignmentCursor.team_id == team_id)
        .values(turns=AssignmentCursor.turns + 1)
        .execution_options(synchronize_session=False)
    )
    return session.scalars(
        select(AssignmentCursor)
        .where(AssignmentCursor.team_id == team_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def candidates(session: Session, team_id: int) -> list[Candidate]:
    """The team's active staff members who are not away, with their open tickets and skills."""
    open_load = (
        select(func.count(Ticket.id))
        .where(Ticket.assignee_id == User.id, Ticket.status.in_(OPEN_STATUSES))
        .correlate(User)
        .scalar_subquery()
    )
    rows = session.execute(
        select(User.id, open_load, AgentProfile.skills)
        .join(TeamMembership, TeamMembership.user_id == User.id)
        .outerjoin(AgentProfile, AgentProfile.user_id == User.id)
        .where(
            TeamMembership.team_id == team_id,
            User.active.is_(True),
            User.role.in_(STAFF_ROLES),
            AgentProfile.available.is_not(False),
        )
        .order_by(User.id)
    )
    return [
        Candidate(agent_id=agent_id, open_tickets=load, skills=frozenset(skills or ()))
        for agent_id, load, skills in rows
    ]


def profile(session: Session, user_id: int) -> AgentProfile | None:
    return session.get(AgentProfile, user_id)


def profiles(session: Session, user_ids: list[int]) -> dict[int, AgentProfile]:
    rows = session.scalars(select(AgentProfile).where(AgentProfile.user_id.in_(user_ids)))
    return {p.user_id: p for p in rows}
