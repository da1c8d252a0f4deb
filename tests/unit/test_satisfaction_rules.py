"""Who may rate a ticket and when, what counts as bad, and the bad-rating escalation rules,
from plain facts."""

from hypothesis import given
from hypothesis import strategies as st

from api.escalation.rules import (
    Action,
    RuleFacts,
    TicketFacts,
    Trigger,
    combination_refusal,
    rule_matches,
)
from api.satisfaction.rules import (
    RATINGS,
    Refusal,
    is_bad,
    is_good,
    may_rate,
    rating_refusal,
    turned_bad,
)
from api.sla.policy import Metric
from api.ticket.lifecycle import OPEN_STATUSES, Status
from api.ticket.priority import Priority

REQUESTER = 7


@given(st.sampled_from(list(Status)), st.booleans(), st.integers(1, 20))
def test_only_the_requester_rates(status: Status, rated: bool, actor_id: int) -> None:
    refusal = rating_refusal(
        actor_id=actor_id, requester_id=REQUESTER, status=status, already_rated=rated
    )
    if actor_id != REQUESTER:
        assert refusal is Refusal.not_requester
    else:
        assert refusal is not Refusal.not_requester


@given(st.sampled_from(list(Status)), st.booleans())
def test_when_the_requester_may_rate(status: Status, rated: bool) -> None:
    allowed = may_rate(
        actor_id=REQUESTER, requester_id=REQUESTER, status=status, already_rated=rated
    )
    # Resolved: yes. Closed: never. Open again (a bad rating reopened it): only to change it.
    assert allowed == (status is Status.resolved or (rated and status in OPEN_STATUSES))


def test_the_reasons_for_refusing() -> None:
    def why(status: Status, rated: bool = False) -> Refusal | None:
        return rating_refusal(
            actor_id=REQUESTER, requester_id=REQUESTER, status=status, already_rated=rated
        )

    assert why(Status.closed, rated=True) is Refusal.closed
    assert why(Status.closed) is Refusal.closed
    assert why(Status.new) is Refusal.not_resolved
    assert why(Status.open, rated=True) is None
    assert why(Status.resolved) is None


def test_bad_neutral_good() -> None:
    assert [r for r in RATINGS if is_bad(r)] == [1, 2]
    assert [r for r in RATINGS if is_good(r)] == [4, 5]
    assert not is_bad(3)
    assert not is_good(3)


@given(st.none() | st.sampled_from(RATINGS), st.sampled_from(RATINGS))
def test_a_rating_sets_the_rules_off_only_when_it_turns_bad(
    previous: int | None, rating: int
) -> None:
    expected = rating <= 2 and (previous is None or previous >= 3)
    assert turned_bad(previous, rating) is expected


RATING_RULE = RuleFacts(
    id=1,
    position=1,
    active=True,
    trigger=Trigger.bad_rating,
    metrics=frozenset(),
    priorities=frozenset(),
    team_id=None,
    category_id=None,
)
TICKET = TicketFacts(priority=Priority.medium, team_id=3, category_id=None)


def test_a_bad_rating_rule_matches_a_rating_not_an_alert() -> None:
    assert rule_matches(RATING_RULE, Trigger.bad_rating, None, TICKET)
    for metric in Metric:
        assert not rule_matches(RATING_RULE, Trigger.sla_breach, metric, TICKET)
    other_team = RuleFacts(**(RATING_RULE.__dict__ | {"team_id": 4}))
    assert not rule_matches(other_team, Trigger.bad_rating, None, TICKET)
    inactive = RuleFacts(**(RATING_RULE.__dict__ | {"active": False}))
    assert not rule_matches(inactive, Trigger.bad_rating, None, TICKET)


@given(
    st.sampled_from(list(Trigger)),
    st.sets(st.sampled_from(list(Metric))),
    st.sets(st.sampled_from(list(Action)), min_size=1),
)
def test_which_parts_go_together(
    trigger: Trigger, metrics: set[Metric], actions: set[Action]
) -> None:
    refusal = combination_refusal(trigger, metrics, actions)
    rating = trigger is Trigger.bad_rating
    if rating and metrics:
        assert refusal is not None
        assert refusal[0] == "metrics"
    elif not rating and Action.reopen_ticket in actions:
        assert refusal is not None
        assert refusal[0] == "actions"
    else:
        assert refusal is None
