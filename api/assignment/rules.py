"""Escalation direction from team tiers. Pure."""

from api.assignment.models import Direction


def direction_between(from_tier: int | None, to_tier: int) -> Direction:
    """Up a tier is an escalation, down is a de-escalation; same tier or no team a transfer."""
    if from_tier is None or from_tier == to_tier:
        return Direction.transfer
    return Direction.escalation if to_tier > from_tier else Direction.de_escalation
