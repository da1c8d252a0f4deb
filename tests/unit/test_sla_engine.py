"""compute_sla beyond SLA.md's cases: policy versions, custom pausing, odd histories."""

from datetime import timedelta

import pytest

from api.sla.clock import CalendarRef
from api.sla.engine import SlaConfigError, compute_sla
from api.sla.events import PolicyApplied, PriorityChanged, TicketCreated
from api.sla.policy import Policy, PolicyError, PolicyRef
from api.sla.report import SlaStatus
from api.ticket.lifecycle import Status
from tests.unit.test_sla_cases import (
    CRITICAL,
    FR,
    MEDIUM,
    NR,
    RES,
    ROME,
    STD,
    H,
    at,
    created,
    customer,
    h,
    reply,
    sla,
    status,
)

# Version 2 of STD: medium resolution in 20h, and working on a ticket pauses resolution too.
STD_2 = Policy(
    id="STD",
    version=2,
    calendar=CalendarRef("ROME", 1),
    targets={**STD.targets, MEDIUM: {FR: 2 * H, NR: 8 * H, RES: 20 * H}},
    pausing={RES: frozenset({Status.pending, Status.in_progress})},
)


def test_a_new_policy_version_retargets_open_clocks_and_says_so() -> None:
    events = [
        *created(at("09:00"), MEDIUM),
        status(at("10:00"), Status.in_progress),
        PolicyApplied(at("11:00"), STD_2.ref),
    ]
    report = compute_sla(events, [STD, STD_2], [ROME], at("12:00"))
    assert report.policy == PolicyRef("STD", 2)
    resolution = report.get(RES)
    assert resolution.policy == PolicyRef("STD", 2)
    assert resolution.target == h(20)
    assert resolution.status is SlaStatus.paused  # v2 pauses in_progress from 11:00 on
    assert resolution.elapsed == h(2)
    assert resolution.breach_at is None
    first = report.get(FR)
    assert first.target == h(2)
    assert first.status is SlaStatus.breached
    assert first.breach_at == at("11:00")  # 2h elapsed meets the new 2h target at the switch
    texts = [e.text for e in report.explanation if e.at == at("11:00")]
    assert "policy STD v2 applies from here on" in texts
    assert any("resolution #1 target 40h -> 20h" in t for t in texts)


def test_without_a_policy_nothing_is_measured() -> None:
    report = sla([TicketCreated(at("09:00"), MEDIUM), reply(at("10:00"))], at("12:00"))
    assert report.policy is None
    assert {i.status for i in report.instances} == {SlaStatus.not_started}
    assert report.next_breach_at is None


def test_events_after_now_are_ignored_and_late_stamps_keep_commit_order() -> None:
    events = [*created(at("09:00"), MEDIUM), reply(at("11:00"))]
    assert sla(events, at("10:00")).get(FR).status is SlaStatus.active
    # A reply committed after a 10:00 priority change but stamped 09:59 counts at 10:00.
    skewed = [
        *created(at("09:00"), MEDIUM),
        PriorityChanged(at("10:00"), CRITICAL),
        reply(at("09:59")),
    ]
    first = sla(skewed, at("12:00")).get(FR)
    assert first.stopped_at == at("10:00")
    assert first.status is SlaStatus.achieved  # 1h elapsed exactly meets the 1h target


def test_the_earliest_breach_orders_the_ticket() -> None:
    events = [*created(at("09:00"), MEDIUM), reply(at("09:30")), customer(at("10:00"))]
    report = sla(events, at("10:00"))
    assert report.get(NR).breach_at == at("Tue 10:00")
    assert report.get(RES).breach_at == at("Fri 17:00")
    assert report.next_breach_at == at("Tue 10:00")
    # Once overdue, the ticket keeps the past breach: it sorts first.
    assert sla(events, at("Wed 10:00")).next_breach_at == at("Tue 10:00")


def test_unknown_policy_or_calendar_is_a_configuration_error() -> None:
    with pytest.raises(SlaConfigError, match="policy STD v9"):
        sla([PolicyApplied(at("09:00"), PolicyRef("STD", 9))], at("10:00"))
    with pytest.raises(SlaConfigError, match="calendar ROME v1"):
        compute_sla(created(at("09:00"), MEDIUM), [STD], [], at("10:00"))


@pytest.mark.parametrize(
    ("targets", "pausing"),
    [
        ({MEDIUM: {FR: 0}}, {}),
        ({MEDIUM: {FR: -60}}, {}),
        ({}, {RES: frozenset({Status.resolved})}),
    ],
)
def test_a_policy_that_cannot_work_is_refused(targets: object, pausing: object) -> None:
    with pytest.raises(PolicyError):
        Policy("P", 1, targets, pausing=pausing)  # type: ignore[arg-type]


def test_remaining_goes_negative_once_overdue() -> None:
    report = sla(created(at("09:00"), CRITICAL), at("11:00"))
    assert report.get(FR).remaining == -timedelta(hours=1)
