"""SLA.md's cases E1-E17, on the Rome calendar and the STD policy of the spec.

The spec's normal/high/urgent are Sportello's medium/high/critical; low is low.
Times are Rome local unless they end in Z.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.sla.clock import Calendar, CalendarRef, hours
from api.sla.engine import compute_sla
from api.sla.events import (
    CommentAdded,
    PolicyApplied,
    PriorityChanged,
    SlaEvent,
    StatusChanged,
    TicketCreated,
)
from api.sla.policy import Metric, Policy, PolicyRef
from api.sla.report import SlaReport, SlaStatus, StopReason
from api.ticket.lifecycle import Status
from api.ticket.priority import Priority
from api.user.roles import Role

ROME_TZ = ZoneInfo("Europe/Rome")
WORKDAY = hours("09:00-17:00")
ROME = Calendar(
    id="ROME",
    version=1,
    zone="Europe/Rome",
    week=(WORKDAY,) * 5 + ((), ()),
    holidays=frozenset({date(2026, 12, 8), date(2026, 12, 25), date(2026, 12, 26)}),
)
H = 3600
FR, NR, PU, RES = (
    Metric.first_reply,
    Metric.next_reply,
    Metric.periodic_update,
    Metric.resolution,
)
STD = Policy(
    id="STD",
    version=1,
    calendar=CalendarRef("ROME", 1),
    targets={
        Priority.critical: {FR: 1 * H, NR: 2 * H, PU: 4 * H, RES: 8 * H},
        Priority.high: {FR: 4 * H, NR: 4 * H, PU: 8 * H, RES: 16 * H},
        Priority.medium: {FR: 8 * H, NR: 8 * H, RES: 40 * H},
        Priority.low: {FR: 16 * H, NR: 16 * H, RES: 80 * H},
    },
)
CRITICAL, HIGH, MEDIUM, LOW = Priority.critical, Priority.high, Priority.medium, Priority.low

# Monday 2026-11-23 and the days after it, by name.
DAYS = {"Mon": 23, "Tue": 24, "Wed": 25, "Thu": 26, "Fri": 27, "Sat": 28, "Sun": 29}


def at(when: str, month: int = 11, day: int | None = None) -> datetime:
    """'Tue 10:30' in the spec's week, or '10:30' with an explicit day, in Rome time."""
    name, _, clock = when.rpartition(" ")
    hh, mm, *ss = (int(p) for p in clock.split(":"))
    d = day if day is not None else DAYS[name or "Mon"]
    return datetime(2026, month, d, hh, mm, ss[0] if ss else 0, tzinfo=ROME_TZ)


def h(hours_: float) -> timedelta:
    return timedelta(hours=hours_)


def created(when: datetime, priority: Priority, policy: Policy = STD) -> list[SlaEvent]:
    return [TicketCreated(when, priority), PolicyApplied(when, policy.ref)]


def reply(when: datetime) -> CommentAdded:
    return CommentAdded(when, Role.agent)


def customer(when: datetime, channel: str = "web") -> CommentAdded:
    return CommentAdded(when, Role.customer, channel=channel)


def status(when: datetime, to: Status) -> StatusChanged:
    return StatusChanged(when, to)


def sla(events: list[SlaEvent], now: datetime, policies: tuple[Policy, ...] = (STD,)) -> SlaReport:
    calendars = [ROME, NIGHTS, ALWAYS_ROME]
    return compute_sla(events, policies, calendars, now)


def test_e1_reply_within_hours_is_achieved_and_creation_projected_next_day() -> None:
    events = [*created(at("10:00"), MEDIUM), reply(at("11:30"))]
    first = sla(events, at("12:00")).get(FR)
    assert first.status is SlaStatus.achieved
    assert first.elapsed == h(1.5)
    assert first.stopped_at == at("11:30")
    assert first.stop_reason is StopReason.fulfilled
    at_creation = sla(events[:2], at("10:00"))
    assert at_creation.get(FR).breach_at == at("Tue 10:00")
    assert at_creation.next_breach_at == at("Tue 10:00")


def test_e2_overnight_does_not_count() -> None:
    first = sla(created(at("16:00"), MEDIUM), at("Tue 12:00")).get(FR)
    assert first.status is SlaStatus.active
    assert first.elapsed == h(4)
    assert first.remaining == h(4)
    assert first.breach_at == at("Tue 16:00")


def test_e3_weekend_creation_waits_for_monday() -> None:
    events = created(at("Fri 18:00"), MEDIUM)
    first = sla(events, at("Sat 12:00")).get(FR)
    assert first.status is SlaStatus.active
    assert first.elapsed == timedelta(0)
    assert first.breach_at == at("17:00", day=30)
    answered = sla([*events, reply(at("Sat 10:00"))], at("Sat 12:00")).get(FR)
    assert answered.status is SlaStatus.achieved
    assert answered.elapsed == timedelta(0)


def test_e4_holiday_is_skipped() -> None:
    report = sla(created(at("15:00", 12, 7), MEDIUM), at("16:00", 12, 7))
    assert report.get(FR).breach_at == at("15:00", 12, 9)


def test_e5_auto_ack_and_internal_note_are_not_replies() -> None:
    events = [
        *created(at("Tue 09:00"), CRITICAL),
        CommentAdded(at("Tue 09:00:05"), Role.agent, automatic=True),
        CommentAdded(at("Tue 09:20"), Role.agent, public=False),
        reply(at("Tue 10:30")),
    ]
    first = sla(events, at("Tue 11:00")).get(FR)
    assert first.status is SlaStatus.breached
    assert first.breach_at == at("Tue 10:00")
    assert first.stopped_at == at("Tue 10:30")
    assert first.elapsed == h(1.5)


@pytest.mark.parametrize("channel", ["web", "email"])
def test_e6_customer_comment_starts_next_reply_on_any_channel(channel: str) -> None:
    events = [
        *created(at("09:00"), MEDIUM),
        reply(at("09:30")),
        status(at("09:30"), Status.pending),
        customer(at("15:00"), channel),
        status(at("15:00"), Status.open),
    ]
    nxt = sla(events, at("16:00")).get(NR)
    assert nxt.n == 1
    assert nxt.status is SlaStatus.active
    assert nxt.started_at == at("15:00")
    assert nxt.breach_at == at("Tue 15:00")


def test_e7_oldest_unanswered_comment_starts_one_next_reply() -> None:
    events = [
        *created(at("09:30"), MEDIUM),
        reply(at("10:00")),
        customer(at("14:00")),
        customer(at("15:00")),
        reply(at("Tue 10:00")),
    ]
    report = sla(events, at("Tue 11:00"))
    assert report.get(FR).status is SlaStatus.achieved
    assert report.get(FR).elapsed == h(0.5)
    (nxt,) = report.of(NR)
    assert nxt.started_at == at("14:00")
    assert nxt.elapsed == h(4)
    assert nxt.status is SlaStatus.achieved


def test_e8_resolution_runs_across_days_without_next_reply() -> None:
    events = [*created(at("09:00"), MEDIUM), reply(at("09:30"))]
    report = sla(events, at("Thu 12:00"))
    assert report.get(NR).status is SlaStatus.not_started
    resolution = report.get(RES)
    assert resolution.status is SlaStatus.active
    assert resolution.elapsed == h(27)
    assert resolution.breach_at == at("Fri 17:00")


def test_e9_pending_pauses_resolution_not_next_reply() -> None:
    events = [
        *created(at("09:00"), HIGH),
        reply(at("10:00")),
        status(at("10:00"), Status.pending),
        customer(at("Wed 11:00")),
        status(at("Wed 11:00"), Status.open),
    ]
    report = sla(events, at("Wed 12:00"))
    resolution = report.get(RES)
    assert resolution.status is SlaStatus.active
    assert resolution.elapsed == h(2)
    assert [(p.start_at, p.end_at, p.status) for p in resolution.paused] == [
        (at("10:00"), at("Wed 11:00"), Status.pending)
    ]
    assert resolution.breach_at == at("Fri 10:00")
    assert report.get(NR).breach_at == at("Wed 15:00")


def test_e10_a_breach_is_not_paused() -> None:
    events = [*created(at("09:00"), CRITICAL), status(at("Tue 09:30"), Status.pending)]
    resolution = sla(events, at("Tue 12:00")).get(RES)
    assert resolution.status is SlaStatus.breached
    assert resolution.breach_at == at("17:00")
    assert resolution.elapsed == h(8.5)


def test_e11a_raising_priority_past_elapsed_breaches_at_the_change() -> None:
    events = [*created(at("09:00"), MEDIUM), PriorityChanged(at("11:00"), CRITICAL)]
    report = sla(events, at("12:00"))
    first = report.get(FR)
    assert first.status is SlaStatus.breached
    assert first.breach_at == at("11:00")
    assert first.elapsed == h(3)
    assert first.target == h(1)
    assert any(
        e.at == at("11:00") and e.metric is FR and "8h -> 1h" in e.text and "breached" in e.text
        for e in report.explanation
    )


def test_e11b_lowering_priority_never_takes_a_breach_back() -> None:
    events = [
        *created(at("09:00"), CRITICAL),
        PriorityChanged(at("10:30"), LOW),
        reply(at("11:00")),
    ]
    first = sla(events, at("12:00")).get(FR)
    assert first.status is SlaStatus.breached
    assert first.breach_at == at("10:00")
    assert first.stopped_at == at("11:00")
    assert first.target == h(16)


def test_e12_priority_change_while_pending_keeps_the_pause() -> None:
    events = [
        *created(at("09:00"), HIGH),
        reply(at("10:00")),
        status(at("10:00"), Status.pending),
        PriorityChanged(at("Thu 09:00"), CRITICAL),
        customer(at("Thu 10:00")),
        status(at("Thu 10:00"), Status.open),
    ]
    report = sla(events, at("Thu 11:00"))
    resolution = report.get(RES)
    assert resolution.target == h(8)
    assert resolution.elapsed == h(2)
    assert resolution.status is SlaStatus.active
    assert resolution.breach_at == at("Thu 17:00")
    assert any(
        e.metric is RES and e.at == at("Thu 09:00") and "16h -> 8h" in e.text
        for e in report.explanation
    )


def test_e13_reopen_resumes_resolution_with_elapsed_kept() -> None:
    events = [
        *created(at("09:00"), MEDIUM),
        reply(at("10:00")),
        status(at("13:00"), Status.resolved),
        customer(at("Wed 09:00")),
        status(at("Wed 09:00"), Status.open),
    ]
    report = sla(events, at("Wed 10:00"))
    resolution = report.get(RES)
    assert resolution.status is SlaStatus.active
    assert resolution.elapsed == h(5)
    assert resolution.stopped_at is None
    assert resolution.breach_at == at("13:00", 12, 1)
    assert [(p.start_at, p.end_at, p.status) for p in resolution.paused] == [
        (at("13:00"), at("Wed 09:00"), Status.resolved)
    ]
    assert report.get(NR).breach_at == at("Wed 17:00")


ALWAYS_ROME = Calendar("ALWAYS", 1, "Europe/Rome", week=(hours("00:00-24:00"),) * 7)
NIGHTS = Calendar("NIGHTS", 1, "Europe/Rome", week=(hours("00:00-06:00", "22:00-24:00"),) * 7)


def resolution_only(calendar: Calendar, target_hours: int) -> Policy:
    return Policy(
        id=calendar.id,
        version=1,
        calendar=CalendarRef(calendar.id, 1),
        targets={p: {RES: target_hours * H} for p in Priority},
    )


def test_e14a_spring_forward_day_holds_23_hours() -> None:
    policy = resolution_only(ALWAYS_ROME, 24)
    start = datetime(2026, 3, 28, 12, 0, tzinfo=ROME_TZ)
    assert start == datetime(2026, 3, 28, 11, 0, tzinfo=UTC)
    resolution = sla(created(start, MEDIUM, policy), start, (policy,)).get(RES)
    assert resolution.breach_at == datetime(2026, 3, 29, 11, 0, tzinfo=UTC)
    assert resolution.breach_at == datetime(2026, 3, 29, 13, 0, tzinfo=ROME_TZ)


def test_e14b_fall_back_night_holds_9_hours() -> None:
    policy = resolution_only(NIGHTS, 9)
    start = datetime(2026, 10, 24, 22, 0, tzinfo=ROME_TZ)
    assert start == datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
    resolution = sla(created(start, MEDIUM, policy), start, (policy,)).get(RES)
    assert resolution.breach_at == datetime(2026, 10, 25, 5, 0, tzinfo=UTC)
    assert resolution.breach_at.astimezone(ROME_TZ).hour == 6


WALL = Policy(
    id="WALL",
    version=1,
    targets={Priority.critical: {FR: 30 * 60, NR: 60 * 60}},
)


def z(day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=UTC)


@pytest.mark.parametrize(
    ("replied", "expected", "breach_at"),
    [
        (z(28, 0, 15), SlaStatus.achieved, None),
        (z(28, 0, 20), SlaStatus.achieved, None),
        (z(28, 0, 20, 1), SlaStatus.breached, z(28, 0, 20)),
    ],
)
def test_e15_wall_clock_target_met_up_to_the_second(
    replied: datetime, expected: SlaStatus, breach_at: datetime | None
) -> None:
    events = [*created(z(27, 23, 50), CRITICAL, WALL), reply(replied)]
    first = sla(events, z(28, 1, 0), (WALL,)).get(FR)
    assert first.status is expected
    assert first.breach_at == breach_at
    assert first.stopped_at == replied


def test_e15_same_instant_comments_count_in_commit_order() -> None:
    start, same = z(27, 23, 50), z(28, 0, 15)
    reply_first = [*created(start, CRITICAL, WALL), reply(same), customer(same)]
    report = sla(reply_first, z(28, 0, 30), (WALL,))
    assert report.get(FR).status is SlaStatus.achieved
    assert report.get(NR).status is SlaStatus.active
    assert report.get(NR).started_at == same
    assert report.get(NR).breach_at == z(28, 1, 15)

    customer_first = [*created(start, CRITICAL, WALL), customer(same), reply(same)]
    report = sla(customer_first, z(28, 0, 30), (WALL,))
    assert report.get(FR).status is SlaStatus.achieved
    assert report.get(NR).status is SlaStatus.not_started


def test_e16_periodic_update_pauses_while_pending() -> None:
    events = [
        *created(at("09:30"), CRITICAL),
        reply(at("10:00")),
        status(at("12:00"), Status.pending),
        customer(at("Tue 10:00")),
        status(at("Tue 10:00"), Status.open),
        reply(at("Tue 13:00")),
    ]
    report = sla(events, at("Tue 13:00"))
    first_update = report.get(PU, 1)
    assert first_update.status is SlaStatus.breached
    assert first_update.breach_at == at("Tue 12:00")
    assert first_update.elapsed == h(5)
    assert first_update.stopped_at == at("Tue 13:00")
    second_update = report.get(PU, 2)
    assert second_update.status is SlaStatus.active
    assert second_update.started_at == at("Tue 13:00")
    nxt = report.get(NR)
    assert nxt.status is SlaStatus.breached
    assert nxt.breach_at == at("Tue 12:00")
    assert report.get(RES).elapsed == h(5.5)
    assert report.get(RES).status is SlaStatus.active


def test_e17_resolving_cancels_the_open_next_reply() -> None:
    events = [
        *created(at("09:00"), MEDIUM),
        reply(at("09:30")),
        customer(at("14:00")),
        status(at("15:00"), Status.resolved),
    ]
    report = sla(events, at("16:00"))
    nxt = report.get(NR)
    assert nxt.status is SlaStatus.cancelled
    assert nxt.stopped_at == at("15:00")
    resolution = report.get(RES)
    assert resolution.status is SlaStatus.achieved
    assert resolution.elapsed == h(6)
    assert report.next_breach_at is None


def test_low_priority_has_its_own_targets() -> None:
    report = sla(created(at("09:00"), LOW), at("09:00"))
    assert report.get(FR).breach_at == at("Tue 17:00")
    assert report.get(RES).target == h(80)
    assert report.get(PU).status is SlaStatus.not_started
    assert report.policy == PolicyRef("STD", 1)
