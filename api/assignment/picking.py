"""Automatic assignment: the team's strategy picks an agent, one turn at a time."""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from api.assignment import repository
from api.assignment.strategies import choose_agent
from api.team.models import Team


def pick_agent(session: Session, team: Team, required_skills: Iterable[str] = ()) -> int | None:
    """The agent who gets the team's next ticket, or None if the team assigns by hand or has
    nobody eligible. Holds the team's cursor lock until the transaction ends."""
    strategy = team.assignment_strategy
    if not strategy.is_automatic:
        return None
    cursor = repository.locked_cursor(session, team.id)
    chosen = choose_agent(
        strategy, repository.candidates(session, team.id), cursor.last_agent_id, required_skills
    )
    if chosen is not None:
        cursor.last_agent_id = chosen
    return chosen
