"""The ticket lifecycle, checked against a transition table written out by hand."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.ticket.lifecycle import (
    CUSTOMER_TRANSITIONS,
    OPEN_STATUSES,
    TRANSITIONS,
    Status,
    TransitionError,
    allowed_transitions,
    check_transition,
    is_reopen,
    status_after_assignment,
    status_after_customer_reply,
    status_after_unassignment,
)

# The expected table, spelled out on purpose (not derived from TRANSITIONS).
EXPECTED_STAFF: dict[str, set[str]] = {
    "new": {"open", "resolved"},
    "open": {"in_progress", "pending", "resolved"},
    "in_progress": {"open", "pending", "resolved"},
    "pending": {"open", "in_progress", "resolved"},
    "resolved": {"open", "closed"},
    "closed": set(),
}
EXPECTED_CUSTOMER: dict[str, set[str]] = {
    "new": set(),
    "open": set(),
    "in_progress": set(),
    "pending": set(),
    "resolved": {"open", "closed"},
    "closed": set(),
}
ALL_NAMES = ["new", "open", "in_progress", "pending", "resolved", "closed"]
ALL_PAIRS = list(itertools.product(ALL_NAMES, ALL_NAMES))


def test_status_has_exactly_the_six_expected_members() -> None:
    assert [s.value for s in Status] == ALL_NAMES


def test_tables_cover_the_expected_statuses() -> None:
    assert {s.value for s in TRANSITIONS} == set(ALL_NAMES)
    assert {s.value for s in CUSTOMER_TRANSITIONS} == {"resolved"}


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_staff_transition_pair(current: str, target: str) -> None:
    cur, tgt = Status(current), Status(target)
    expected = target in EXPECTED_STAFF[current]
    assert (tgt in allowed_transitions(cur, by_customer=False)) is expected
    if expected:
        check_transition(cur, tgt)
        check_transition(cur, tgt, by_customer=False)
    else:
        with pytest.raises(TransitionError):
            check_transition(cur, tgt)


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_customer_transition_pair(current: str, target: str) -> None:
    cur, tgt = Status(current), Status(target)
    expected = target in EXPECTED_CUSTOMER[current]
    assert (tgt in allowed_transitions(cur, by_customer=True)) is expected
    if expected:
        check_transition(cur, tgt, by_customer=True)
    else:
        with pytest.raises(TransitionError):
            check_transition(cur, tgt, by_customer=True)


@pytest.mark.parametrize("current", ALL_NAMES)
def test_allowed_transitions_equals_expected_sets(current: str) -> None:
    cur = Status(current)
    assert {s.value for s in allowed_transitions(cur, by_customer=False)} == EXPECTED_STAFF[current]
    assert {s.value for s in allowed_transitions(cur, by_customer=True)} == EXPECTED_CUSTOMER[
        current
    ]


@pytest.mark.parametrize("status", ALL_NAMES)
def test_no_self_transitions(status: str) -> None:
    with pytest.raises(TransitionError):
        check_transition(Status(status), Status(status))


def test_first_contact_resolution_allowed() -> None:
    check_transition(Status.new, Status.resolved)
    check_transition(Status.open, Status.resolved)


def test_closed_is_final_for_everyone() -> None:
    assert allowed_transitions(Status.closed, by_customer=False) == frozenset()
    assert allowed_transitions(Status.closed, by_customer=True) == frozenset()


def test_transition_error_carries_allowed_list_and_names_it() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(Status.new, Status.closed)
    err = info.value
    assert err.current is Status.new
    assert err.target is Status.closed
    assert err.allowed == [Status.open, Status.resolved]
    message = str(err)
    assert "new" in message
    assert "closed" in message
    assert "open" in message
    assert "resolved" in message
    assert "in_progress" not in message


def test_transition_error_for_customer_lists_customer_moves_only() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(Status.resolved, Status.in_progress, by_customer=True)
    assert info.value.allowed == [Status.closed, Status.open]
    assert "closed" in str(info.value)
    assert "open" in str(info.value)


def test_transition_error_from_closed_says_final() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(Status.closed, Status.open)
    assert info.value.allowed == []
    assert "final" in str(info.value)


def test_transition_error_for_customer_on_open_ticket_has_no_moves() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(Status.open, Status.resolved, by_customer=True)
    assert info.value.allowed == []


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_is_reopen_only_for_resolved_to_open(current: str, target: str) -> None:
    expected = (current, target) == ("resolved", "open")
    assert is_reopen(Status(current), Status(target)) is expected


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("new", None),
        ("open", None),
        ("in_progress", None),
        ("pending", "open"),
        ("resolved", "open"),
        ("closed", None),
    ],
)
def test_status_after_customer_reply(current: str, expected: str | None) -> None:
    result = status_after_customer_reply(Status(current))
    assert result == (Status(expected) if expected else None)


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("new", "open"),
        ("open", None),
        ("in_progress", None),
        ("pending", None),
        ("resolved", None),
        ("closed", None),
    ],
)
def test_status_after_assignment(current: str, expected: str | None) -> None:
    result = status_after_assignment(Status(current))
    assert result == (Status(expected) if expected else None)


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("new", None),
        ("open", "new"),
        ("in_progress", "new"),
        ("pending", None),
        ("resolved", None),
        ("closed", None),
    ],
)
def test_status_after_unassignment(current: str, expected: str | None) -> None:
    result = status_after_unassignment(Status(current))
    assert result == (Status(expected) if expected else None)


def test_open_statuses() -> None:
    assert {s.value for s in OPEN_STATUSES} == {"new", "open", "in_progress", "pending"}


@settings(max_examples=200)
@given(
    start=st.sampled_from(Status),
    moves=st.lists(st.tuples(st.sampled_from(Status), st.booleans()), max_size=40),
)
def test_random_walks_respect_the_table_and_closed_is_final(
    start: Status, moves: list[tuple[Status, bool]]
) -> None:
    current = start
    closed_seen = current is Status.closed
    for target, by_customer in moves:
        table = EXPECTED_CUSTOMER if by_customer else EXPECTED_STAFF
        if closed_seen or target.value not in table[current.value]:
            with pytest.raises(TransitionError) as info:
                check_transition(current, target, by_customer=by_customer)
            assert info.value.current is current
            assert info.value.target is target
            continue
        check_transition(current, target, by_customer=by_customer)
        assert not closed_seen, f"moved out of closed to {target}"
        current = target
        assert isinstance(current, Status)
        assert current.value in ALL_NAMES
        closed_seen = closed_seen or current is Status.closed
    if closed_seen:
        assert current is Status.closed
