"""Routing rule matching and the assignment strategies, as pure functions."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from api.assignment.strategies import Candidate, Strategy, choose_agent, in_turn_after
from api.routing.matching import Conditions, RuleFacts, TicketFacts, conditions_hold, first_match

TICKET = TicketFacts(
    channel="email",
    type="incident",
    priority="high",
    subject="VPN down since this morning",
    description="The client says: timeout.",
    category_ids=frozenset({3, 1}),
    organization_id=7,
    tags=frozenset({"vip"}),
)


def test_empty_conditions_match_every_ticket() -> None:
    assert conditions_hold(Conditions(), TICKET)


def test_each_condition_must_hold_and_any_listed_value_matches() -> None:
    assert conditions_hold(Conditions(channels=frozenset({"web", "email"})), TICKET)
    assert not conditions_hold(Conditions(channels=frozenset({"web"})), TICKET)
    both = Conditions(types=frozenset({"incident"}), organization_ids=frozenset({8}))
    assert not conditions_hold(both, TICKET)
    assert conditions_hold(Conditions(category_ids=frozenset({1})), TICKET)  # an ancestor
    assert conditions_hold(Conditions(tags=frozenset({"vip", "other"})), TICKET)
    assert not conditions_hold(Conditions(priorities=frozenset({"low"})), TICKET)


def test_words_are_whole_words_in_subject_or_description_any_case() -> None:
    assert conditions_hold(Conditions(words=("vpn",)), TICKET)
    assert conditions_hold(Conditions(words=("TIMEOUT",)), TICKET)
    assert not conditions_hold(Conditions(words=("vp",)), TICKET)
    assert not conditions_hold(Conditions(words=("printer", "toner")), TICKET)


def test_the_first_enabled_match_wins() -> None:
    rules = [
        RuleFacts(1, enabled=False),
        RuleFacts(2, enabled=True, conditions=Conditions(channels=frozenset({"web"}))),
        RuleFacts(3, enabled=True, conditions=Conditions(words=("vpn",))),
        RuleFacts(4, enabled=True),
    ]
    match = first_match(rules, TICKET)
    assert match is not None
    assert match.id == 3
    assert first_match(rules[:2], TICKET) is None


agent_ids = st.lists(st.integers(1, 50), min_size=1, max_size=8, unique=True)


@given(agent_ids, st.one_of(st.none(), st.integers(0, 60)))
def test_the_turn_visits_every_agent_once_starting_after_the_last(
    ids: list[int], last: int | None
) -> None:
    turn = in_turn_after(ids, last)
    assert sorted(turn) == sorted(ids)
    if last is not None and any(a > last for a in ids):
        assert turn[0] == min(a for a in ids if a > last)
    else:
        assert turn[0] == min(ids)


@given(agent_ids, st.integers(1, 200))
def test_round_robin_is_fair_over_any_number_of_tickets(ids: list[int], tickets: int) -> None:
    candidates = [Candidate(a) for a in ids]
    last: int | None = None
    given_to: Counter[int] = Counter()
    for _ in range(tickets):
        last = choose_agent(Strategy.round_robin, candidates, last)
        assert last is not None
        given_to[last] += 1
    counts = [given_to[a] for a in ids]
    assert max(counts) - min(counts) <= 1


@given(st.lists(st.tuples(st.integers(1, 30), st.integers(0, 9)), min_size=1, max_size=8))
def test_least_load_picks_a_least_loaded_agent(pairs: list[tuple[int, int]]) -> None:
    loads = dict(pairs)
    candidates = [Candidate(a, open_tickets=n) for a, n in loads.items()]
    chosen = choose_agent(Strategy.least_load, candidates, None)
    assert chosen is not None
    assert loads[chosen] == min(loads.values())


@given(
    st.lists(
        st.tuples(st.integers(1, 30), st.frozensets(st.sampled_from(["a", "b", "c"]))),
        max_size=8,
    ),
    st.frozensets(st.sampled_from(["a", "b", "c"])),
)
def test_skills_pick_only_an_agent_having_every_required_skill(
    agents: list[tuple[int, frozenset[str]]], required: frozenset[str]
) -> None:
    skills = dict(agents)
    candidates = [Candidate(a, skills=s) for a, s in skills.items()]
    chosen = choose_agent(Strategy.skills, candidates, None, required)
    eligible = [a for a, s in skills.items() if required <= s]
    if eligible:
        assert chosen in eligible
    else:
        assert chosen is None


def test_manual_and_empty_teams_pick_nobody() -> None:
    assert choose_agent(Strategy.manual, [Candidate(1)], None) is None
    assert choose_agent(Strategy.round_robin, [], 3) is None
