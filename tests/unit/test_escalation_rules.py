"""Escalation rule matching, the next tier and the raised priority, from plain facts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.escalation.rules import (
    RuleFacts,
    TeamFacts,
    TicketFacts,
    Trigger,
    in_order,
    next_tier_team,
    raised_priority,
    rule_matches,
    trigger_for_alert,
)
from api.sla.policy import Metric
from api.ticket.priority import Priority

ANY = RuleFacts(
    id=1,
    position=1,
    active=True,
    trigger=Trigger.sla_breach,
    metrics=frozenset(),
    priorities=frozenset(),
    team_id=None,
    category_id=None,
)
TICKET = TicketFacts(priority=Priority.high, team_id=3, category_id=7)


def with_(**changes: object) -> RuleFacts:
    return RuleFacts(**(ANY.__dict__ | changes))  # type: ignore[arg-type]


def test_empty_conditions_match_anything_of_the_trigger() -> None:
    for metric in Metric:
        assert rule_matches(ANY, Trigger.sla_breach, metric, TICKET)
        assert not rule_matches(ANY, Trigger.sla_warning, metric, TICKET)


@pytest.mark.parametrize(
    ("rule", "matches"),
    [
        (with_(metrics=frozenset({Metric.first_reply})), True),
        (with_(metrics=frozenset({Metric.resolution, Metric.next_reply})), False),
        (with_(priorities=frozenset({Priority.high, Priority.critical})), True),
        (with_(priorities=frozenset({Priority.low})), False),
        (with_(team_id=3), True),
        (with_(team_id=4), False),
        (with_(category_id=7), True),
        (with_(category_id=8), False),
        (with_(active=False), False),
    ],
)
def test_each_condition_must_hold(rule: RuleFacts, matches: bool) -> None:
    assert rule_matches(rule, Trigger.sla_breach, Metric.first_reply, TICKET) is matches


def test_a_ticket_without_team_or_category_misses_rules_naming_one() -> None:
    bare = TicketFacts(priority=Priority.low, team_id=None, category_id=None)
    assert not rule_matches(with_(team_id=3), Trigger.sla_breach, Metric.resolution, bare)
    assert not rule_matches(with_(category_id=7), Trigger.sla_breach, Metric.resolution, bare)


def test_rules_run_by_position_then_id() -> None:
    rules = [with_(id=5, position=2), with_(id=9, position=1), with_(id=2, position=2)]
    assert [r.id for r in in_order(rules)] == [9, 2, 5]


def test_alert_kinds() -> None:
    assert trigger_for_alert("warning") is Trigger.sla_warning
    assert trigger_for_alert("breached") is Trigger.sla_breach
    with pytest.raises(ValueError, match="unknown SLA alert kind"):
        trigger_for_alert("late")


def test_next_tier() -> None:
    desk, network, telephony, field = (
        TeamFacts(1, 1),
        TeamFacts(4, 2),
        TeamFacts(2, 2),
        TeamFacts(3, 3),
    )
    teams = [desk, network, telephony, field]
    assert next_tier_team(None, teams) == desk
    assert next_tier_team(desk, teams) == telephony  # tier 2, the older (lower id) team
    assert next_tier_team(network, teams) == field
    assert next_tier_team(field, teams) is None


@given(
    st.lists(st.tuples(st.integers(1, 500), st.integers(1, 5)), unique_by=lambda t: t[0]),
    st.integers(0, 5),
)
def test_next_tier_is_the_lowest_tier_above(teams: list[tuple[int, int]], tier: int) -> None:
    facts = [TeamFacts(i, t) for i, t in teams]
    current = TeamFacts(0, tier) if tier else None
    found = next_tier_team(current, facts)
    above = [t for t in facts if t.tier > tier]
    if not above:
        assert found is None
    else:
        assert found is not None
        assert found.tier == min(t.tier for t in above)
        assert found.id == min(t.id for t in above if t.tier == found.tier)


def test_priority_goes_up_one_step_and_stops_at_critical() -> None:
    assert raised_priority(Priority.low) is Priority.medium
    assert raised_priority(Priority.medium) is Priority.high
    assert raised_priority(Priority.high) is Priority.critical
    assert raised_priority(Priority.critical) is None
