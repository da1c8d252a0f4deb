"""Closure codes, link rules and watcher rules: pure, no database."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.link.rules import (
    LINKABLE,
    LinkError,
    LinkKind,
    Relation,
    check_link,
    parent_resolution_refusal,
    relation_seen_from,
    stored_link,
)
from api.sla.events import StatusChanged
from api.sla.report import SlaStatus, StopReason
from api.ticket.kinds import TicketType
from api.ticket.lifecycle import (
    OPEN_STATUSES,
    ClosureCode,
    ClosureError,
    Status,
    check_closure,
    closure_after,
    counts_as_resolved,
)
from api.watcher.rules import Person, may_change_watch, watch_refusal
from tests.unit.test_sla_cases import CRITICAL, MEDIUM, RES, at, created, sla

# Spelled out by hand: where each code takes an open ticket.
EXPECTED_TARGET = {
    "resolved": "resolved",
    "duplicate": "closed",
    "withdrawn": "closed",
    "rejected": "closed",
}


@pytest.mark.parametrize(("status", "code"), list(itertools.product(Status, ClosureCode)))
def test_staff_close_only_open_tickets_with_any_code(status: Status, code: ClosureCode) -> None:
    if status in OPEN_STATUSES:
        assert check_closure(status, code, by_customer=False) == EXPECTED_TARGET[code]
    else:
        with pytest.raises(ClosureError):
            check_closure(status, code, by_customer=False)


@pytest.mark.parametrize(("status", "code"), list(itertools.product(Status, ClosureCode)))
def test_customers_may_only_withdraw_an_open_request(status: Status, code: ClosureCode) -> None:
    if code is ClosureCode.withdrawn and status in OPEN_STATUSES:
        assert check_closure(status, code, by_customer=True) is Status.closed
    else:
        with pytest.raises(ClosureError):
            check_closure(status, code, by_customer=True)


def test_only_resolved_counts_as_a_resolution() -> None:
    assert [c for c in ClosureCode if counts_as_resolved(c)] == [ClosureCode.resolved]
    assert not counts_as_resolved(None)


@given(st.sampled_from(Status), st.sampled_from(Status), st.sampled_from([None, *ClosureCode]))
def test_closure_after_a_move(current: Status, target: Status, code: ClosureCode | None) -> None:
    after = closure_after(current, target, code)
    if target is Status.resolved:
        assert after is ClosureCode.resolved
    elif target in OPEN_STATUSES:
        assert after is None  # reopened: no longer finished
    else:
        assert after == code  # confirming keeps how it ended


@pytest.mark.parametrize("relation", sorted(Relation))
def test_a_stored_link_reads_back_as_made_from_either_end(relation: Relation) -> None:
    stored = stored_link(relation, 7, 3)
    from_this_end = stored.ticket_id == 7 or stored.kind is LinkKind.related
    assert relation_seen_from(stored.kind, from_ticket_end=from_this_end) is relation
    assert {stored.ticket_id, stored.other_id} == {3, 7}


def test_a_related_link_is_stored_once_whichever_end_made_it() -> None:
    assert stored_link(Relation.related, 7, 3) == stored_link(Relation.related, 3, 7)
    assert stored_link(Relation.parent, 7, 3) == stored_link(Relation.child, 3, 7)


def _check(relation: Relation, this: TicketType, other: TicketType, **kw: object) -> str | None:
    try:
        check_link(relation, this_id=1, this_type=this, other_id=2, other_type=other, **kw)  # type: ignore[arg-type]
    except LinkError as exc:
        return exc.field
    return None


def test_link_rules() -> None:
    inc, prob = TicketType.incident, TicketType.problem
    assert set(Relation) - {Relation.duplicate, Relation.duplicate_of} == LINKABLE
    assert _check(Relation.duplicate_of, inc, inc) == "relation"
    assert _check(Relation.problem, inc, prob) is None
    assert _check(Relation.problem, inc, inc) == "number"
    assert _check(Relation.problem, prob, prob) == "number"
    assert _check(Relation.incident, prob, TicketType.question) is None
    assert _check(Relation.incident, inc, inc) == "number"
    assert _check(Relation.related, prob, inc) is None
    with pytest.raises(LinkError):
        check_link(Relation.related, this_id=1, this_type=inc, other_id=1, other_type=inc)
    # Ticket 1 as the parent of 2, whose chain already holds 1 above it: a cycle.
    assert _check(Relation.parent, inc, inc, ancestors_of_parent=frozenset({1})) == "number"
    assert _check(Relation.child, inc, inc, ancestors_of_parent=frozenset({2})) == "number"
    assert _check(Relation.child, inc, inc, ancestors_of_parent=frozenset({5})) is None


def test_a_parent_with_open_children_needs_force_and_a_reason() -> None:
    assert parent_resolution_refusal(0, forced=False, reason=None) is None
    assert parent_resolution_refusal(2, forced=False, reason="x") == (
        "2 children are still open; resolve them first or force with a reason"
    )
    assert parent_resolution_refusal(1, forced=True, reason="  ") is not None
    assert parent_resolution_refusal(1, forced=True, reason="Next month.") is None


def test_who_may_watch() -> None:
    agent = Person(1, is_staff=True, organization_id=None)
    colleague = Person(2, is_staff=False, organization_id=10)
    stranger = Person(3, is_staff=False, organization_id=11)
    requester = Person(4, is_staff=False, organization_id=10)
    for watcher, allowed in (
        (agent, True),
        (colleague, True),
        (stranger, False),
        (requester, False),
    ):
        refusal = watch_refusal(watcher, requester_id=4, ticket_organization_id=10)
        assert (refusal is None) is allowed
    assert watch_refusal(colleague, requester_id=4, ticket_organization_id=None) is not None
    assert may_change_watch(agent, 2)
    assert may_change_watch(colleague, 2)
    assert not may_change_watch(colleague, 3)


@pytest.mark.parametrize("code", sorted(ClosureCode))
def test_only_a_resolution_achieves_the_resolution_clock(code: ClosureCode) -> None:
    events = [*created(at("09:00"), MEDIUM), StatusChanged(at("10:00"), Status.closed, code)]
    if code is ClosureCode.resolved:
        events[-1] = StatusChanged(at("10:00"), Status.resolved, code)
    resolution = sla(events, at("12:00")).get(RES)
    if code is ClosureCode.resolved:
        assert resolution.status is SlaStatus.achieved
        assert resolution.stop_reason is StopReason.resolved
    else:
        assert resolution.status is SlaStatus.cancelled
        assert resolution.stop_reason is StopReason.closed_unsolved


def test_a_withdrawal_after_a_breach_does_not_count_as_a_breached_resolution() -> None:
    late = at("Tue 17:00")
    events = [
        *created(at("Mon 09:00"), CRITICAL),
        StatusChanged(late, Status.closed, ClosureCode.withdrawn),
    ]
    assert sla(events, late).get(RES).status is SlaStatus.cancelled
    # History older than closure codes: a final move counts as resolved.
    events = [*created(at("Mon 09:00"), CRITICAL), StatusChanged(late, Status.resolved)]
    assert sla(events, late).get(RES).status is SlaStatus.breached
