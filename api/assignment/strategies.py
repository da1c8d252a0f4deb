"""Which agent of a team gets the next ticket. Pure: the candidates are plain facts."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Strategy(StrEnum):
    manual = "manual"
    round_robin = "round_robin"
    least_load = "least_load"
    skills = "skills"

    @property
    def is_automatic(self) -> bool:
        return self is not Strategy.manual


@dataclass(frozen=True)
class Candidate:
    """An active, available member of the team."""

    agent_id: int
    open_tickets: int = 0
    skills: frozenset[str] = frozenset()


def in_turn_after(agent_ids: Iterable[int], last_agent_id: int | None) -> list[int]:
    """The agents by id, starting with the first one after `last_agent_id` and wrapping round:
    the round-robin order, which stays fair when agents join, leave or go away."""
    ordered = sorted(set(agent_ids))
    if last_agent_id is None:
        return ordered
    later = [a for a in ordered if a > last_agent_id]
    return later + [a for a in ordered if a <= last_agent_id]


def choose_agent(
    strategy: Strategy,
    candidates: Sequence[Candidate],
    last_agent_id: int | None,
    required_skills: Iterable[str] = (),
) -> int | None:
    """The agent to assign, or None (manual strategy, or nobody eligible).

    Least load and skills break ties in round-robin order, so equal agents take turns."""
    if strategy is Strategy.manual:
        return None
    needed = frozenset(required_skills)
    if strategy is Strategy.skills:
        candidates = [c for c in candidates if needed <= c.skills]
    turn = in_turn_after((c.agent_id for c in candidates), last_agent_id)
    if not turn:
        return None
    if strategy is Strategy.round_robin:
        return turn[0]
    load = {c.agent_id: c.open_tickets for c in candidates}
    # min() keeps the first of equals, i.e. the next in turn.
    return min(turn, key=lambda agent_id: load[agent_id])
