"""Which escalation rules an SLA alert or a bad satisfaction rating sets off, and what their
actions aim at.

Pure: plain facts in, decisions out; no database, no HTTP.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from api.sla.policy import Metric
from api.ticket.priority import Priority


class Trigger(StrEnum):
    sla_warning = "sla_warning"
    sla_breach = "sla_breach"
    # The requester rated the resolved ticket bad (api/satisfaction/rules.py: 1 or 2 of 5).
    bad_rating = "bad_rating"


class Action(StrEnum):
    notify_assignee = "notify_assignee"
    notify_supervisor = "notify_supervisor"
    reassign_next_tier = "reassign_next_tier"
    raise_priority = "raise_priority"
    # Bad ratings only: the resolution did not satisfy, so the ticket goes back to the queue.
    reopen_ticket = "reopen_ticket"


# The scan's alert kinds, as rules name them.
ALERT_TRIGGERS = {"warning": Trigger.sla_warning, "breached": Trigger.sla_breach}

# One step up; critical is the top.
_RAISED = {
    Priority.low: Priority.medium,
    Priority.medium: Priority.high,
    Priority.high: Priority.critical,
}


def trigger_for_alert(kind: str) -> Trigger:
    """The trigger an SLA alert kind ('warning' or 'breached') sets off."""
    try:
        return ALERT_TRIGGERS[kind]
    except KeyError:
        raise ValueError(f"unknown SLA alert kind {kind!r}") from None


@dataclass(frozen=True)
class RuleFacts:
    id: int
    position: int
    active: bool
    trigger: Trigger
    metrics: frozenset[Metric]
    priorities: frozenset[Priority]
    team_id: int | None
    category_id: int | None


@dataclass(frozen=True)
class TicketFacts:
    priority: Priority
    team_id: int | None
    category_id: int | None


@dataclass(frozen=True)
class TeamFacts:
    id: int
    tier: int


def rule_matches(
    rule: RuleFacts, trigger: Trigger, metric: Metric | None, ticket: TicketFacts
) -> bool:
    """Every condition the rule sets holds; a condition left empty holds for anything.
    `metric` is the SLA alert's, None for a rating (whose rules name no metric)."""
    return (
        rule.active
        and rule.trigger is trigger
        and (not rule.metrics or metric in rule.metrics)
        and (not rule.priorities or ticket.priority in rule.priorities)
        and (rule.team_id is None or rule.team_id == ticket.team_id)
        and (rule.category_id is None or rule.category_id == ticket.category_id)
    )


def in_order(rules: Iterable[RuleFacts]) -> list[RuleFacts]:
    return sorted(rules, key=lambda r: (r.position, r.id))


def next_tier_team(current: TeamFacts | None, teams: Sequence[TeamFacts]) -> TeamFacts | None:
    """The next tier: among the teams of the lowest tier above the ticket's team (a ticket with
    no team is below tier 1), the oldest one (lowest id). None when nothing is above."""
    floor = current.tier if current is not None else 0
    above = [t for t in teams if t.tier > floor]
    if not above:
        return None
    return min(above, key=lambda t: (t.tier, t.id))


def raised_priority(priority: Priority) -> Priority | None:
    """One step more urgent; None for critical, which has nowhere to go."""
    return _RAISED.get(priority)


def combination_refusal(
    trigger: Trigger, metrics: Iterable[Metric], actions: Iterable[Action]
) -> tuple[str, str] | None:
    """(field, message) when a rule's parts do not go together: a rating names no SLA metric,
    and only a rating reopens a ticket (an SLA alert is about a ticket still open)."""
    if trigger is Trigger.bad_rating and any(True for _ in metrics):
        return "metrics", "a bad-rating rule names no SLA metric"
    if trigger is not Trigger.bad_rating and Action.reopen_ticket in set(actions):
        return "actions", "only a bad-rating rule reopens the ticket"
    return None
