from sqlalchemy import select
from sqlalchemy.orm import Session

from api.team.models import Team, TeamMembership


def get(session: Session, team_id: int) -> Team | None:
    return session.get(Team, team_id)


def all_teams(session: Session) -> list[Team]:
    return list(session.scalars(select(Team).order_by(Team.tier, Team.name)))


def is_member(session: Session, team_id: int, user_id: int) -> bool:
    return session.get(TeamMembership, (team_id, user_id)) is not None


def team_ids_of(session: Session, user_id: int) -> list[int]:
    return list(
        session.scalars(select(TeamMembership.team_id).where(TeamMembership.user_id == user_id))
    )
