"""Impact x urgency -> priority. Pure: the matrix is data passed in."""

from collections.abc import Mapping
from enum import StrEnum


class Priority(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"

    @property
    def rank(self) -> int:
        """Lower ranks sort first: critical tickets head every queue."""
        return _RANKS[self]

    @classmethod
    def from_rank(cls, rank: int) -> "Priority":
        for priority, r in _RANKS.items():
            if r == rank:
                return priority
        raise ValueError(f"no priority has rank {rank}")


class Level(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


_RANKS = {Priority.critical: 1, Priority.high: 2, Priority.medium: 3, Priority.low: 4}

Matrix = Mapping[tuple[Level, Level], Priority]

DEFAULT_MATRIX: dict[tuple[Level, Level], Priority] = {
    (Level.high, Level.high): Priority.critical,
    (Level.high, Level.medium): Priority.high,
    (Level.medium, Level.high): Priority.high,
    (Level.high, Level.low): Priority.medium,
    (Level.medium, Level.medium): Priority.medium,
    (Level.low, Level.high): Priority.medium,
    (Level.medium, Level.low): Priority.low,
    (Level.low, Level.medium): Priority.low,
    (Level.low, Level.low): Priority.low,
}


def priority_for(impact: Level, urgency: Level, matrix: Matrix = DEFAULT_MATRIX) -> Priority:
    """The matrix cell; a missing cell falls back to the default matrix."""
    return matrix.get((impact, urgency), DEFAULT_MATRIX[(impact, urgency)])
