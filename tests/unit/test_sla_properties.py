"""Properties of business time and of compute_sla, over generated calendars and histories."""

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from api.sla.clock import Calendar, CalendarRef, OpenHours
from api.sla.engine import compute_sla
from api.sla.events import (
    CommentAdded,
    PolicyApplied,
    PriorityChanged,
    SlaEvent,
    StatusChanged,
    TicketCreated,
)
from api.sla.policy import Metric, Policy
from api.sla.report import MetricInstance, SlaReport, SlaStatus
from api.ticket.lifecycle import Status
from api.ticket.priority import Priority
from api.user.roles import Role

QUARTER = timedelta(minutes=15)
ZONES = [
    "Europe/Rome",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Australia/Lord_Howe",  # a 30-minute DST shift
    "America/Santiago",  # DST starts at midnight: the day has no 00:00
    "Asia/Kathmandu",  # UTC+05:45
    "Europe/London",
]


def dst_dates(zone: str) -> list[date]:
    """The 2026 dates on which the zone's offset changes (none: midsummer, for a sample)."""
    tz, days = ZoneInfo(zone), [date(2026, 1, 1) + timedelta(days=n) for n in range(366)]
    offsets = [datetime.combine(d, datetime.min.time(), tz).utcoffset() for d in days]
    changes = [
        d for d, before, after in zip(days, offsets, offsets[1:], strict=False) if before != after
    ]
    return changes or [date(2026, 7, 1)]


DST_DATES = {zone: dst_dates(zone) for zone in ZONES}
ALL_DST_DATES = sorted({d for dates in DST_DATES.values() for d in dates})


@st.composite
def day_hours(draw: st.DrawFn) -> tuple[OpenHours, ...]:
    """Up to three open intervals on quarter-hour boundaries, 24:00 included."""
    # Small hours weigh more: that is where clocks change (00:00 to 03:30 local).
    mark = st.one_of(st.integers(0, 96), st.integers(0, 14), st.integers(4, 13))
    marks = sorted(draw(st.sets(mark, max_size=6)))
    pairs = zip(marks[::2], marks[1::2], strict=False)
    return tuple(OpenHours(a * 900, b * 900) for a, b in pairs)


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    week = tuple(draw(day_hours()) for _ in range(7))
    if not any(week):
        week = ((OpenHours(9 * 3600, 17 * 3600),), *week[1:])
    zone = draw(st.sampled_from(ZONES))
    around = draw(st.sampled_from(DST_DATES[zone]))
    holidays = draw(st.sets(st.integers(-8, 8).map(lambda d: around + timedelta(days=d))))
    return Calendar("GEN", 1, zone, week, frozenset(holidays))


@st.composite
def instants_near_dst(draw: st.DrawFn, zone: str | None = None) -> datetime:
    """An instant up to a week before one of the zone's clock changes."""
    around = draw(st.sampled_from(ALL_DST_DATES if zone is None else DST_DATES[zone]))
    quarters = draw(st.integers(-7 * 96, 96))
    return datetime.combine(around, datetime.min.time(), UTC) + quarters * QUARTER


def open_quarters(calendar: Calendar, start: datetime, end: datetime) -> timedelta:
    """The oracle: step real time by quarter hours and read the local clock.

    A boundary is crossed the first time the local clock shows it or later, hence the running
    maximum of the wall time (the clock going back an hour does not reopen a closed desk).
    """
    tz = ZoneInfo(calendar.zone)
    total = timedelta(0)
    instant = start - timedelta(days=1)
    shown = instant.astimezone(tz).replace(tzinfo=None)
    while instant < end:
        shown = max(shown, instant.astimezone(tz).replace(tzinfo=None))
        if instant >= start:
            day = shown.date()
            hours = () if day in calendar.holidays else calendar.week[day.weekday()]
            second = shown.hour * 3600 + shown.minute * 60
            if any(h.start <= second < h.end for h in hours):
                total += QUARTER
        instant += QUARTER
    return total


@settings(max_examples=60)
@given(st.data())
def test_a_week_of_business_time_is_the_sum_of_its_open_intervals(data: st.DataObject) -> None:
    calendar = data.draw(calendars())
    start = data.draw(instants_near_dst(calendar.zone))
    end = start + timedelta(days=7)
    intervals = calendar.open_intervals(start, end)
    assert sum((e - s for s, e in intervals), timedelta(0)) == calendar.business_time(start, end)
    assert all(s < e for s, e in intervals)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(intervals))
    assert calendar.business_time(start, end) == open_quarters(calendar, start, end)


@settings(max_examples=40)
@given(st.data(), st.integers(3 * 7 * 96, 12 * 7 * 96))
def test_long_spans_skip_whole_weeks_without_losing_a_second(
    data: st.DataObject, quarters: int
) -> None:
    calendar = data.draw(calendars())
    start = data.draw(instants_near_dst(calendar.zone)) - timedelta(weeks=4)
    end = start + quarters * QUARTER
    intervals = calendar.open_intervals(start, end)
    assert calendar.business_time(start, end) == sum((e - s for s, e in intervals), timedelta(0))


@settings(max_examples=80)
@given(st.data(), st.integers(0, 200 * 3600), st.integers(0, 999_999))
def test_add_business_seconds_inverts_business_seconds(
    data: st.DataObject, seconds: int, micro: int
) -> None:
    calendar = data.draw(calendars())
    start = data.draw(instants_near_dst(calendar.zone)) + timedelta(microseconds=micro)
    due = calendar.add_business_seconds(start, seconds)
    assert calendar.business_seconds(start, due) == seconds
    if seconds:
        # The first instant at which that much open time has passed, not a later one.
        assert calendar.business_time(start, due - timedelta(microseconds=1)) < timedelta(
            seconds=seconds
        )
    end = start + timedelta(seconds=seconds)
    spent = calendar.business_time(start, end)
    assert calendar.add_business_time(start, spent) <= end
    assert calendar.business_time(start, calendar.add_business_time(start, spent)) == spent


ROME = Calendar(
    "ROME",
    1,
    "Europe/Rome",
    week=((OpenHours(9 * 3600, 17 * 3600),),) * 5 + ((), ()),
    holidays=frozenset({date(2026, 12, 8)}),
)
H = 3600
TARGETS = {
    Priority.critical: {
        Metric.first_reply: 1 * H,
        Metric.next_reply: 2 * H,
        Metric.periodic_update: 4 * H,
        Metric.resolution: 8 * H,
    },
    Priority.high: {
        Metric.first_reply: 4 * H,
        Metric.next_reply: 4 * H,
        Metric.periodic_update: 8 * H,
        Metric.resolution: 16 * H,
    },
    Priority.medium: {
        Metric.first_reply: 8 * H,
        Metric.next_reply: 8 * H,
        Metric.resolution: 40 * H,
    },
    Priority.low: {
        Metric.first_reply: 16 * H,
        Metric.next_reply: 16 * H,
        Metric.resolution: 80 * H,
    },
}
POLICIES = [
    Policy("STD", 1, TARGETS, calendar=CalendarRef("ROME", 1)),
    Policy("WALL", 1, TARGETS),
]
CREATED_AT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

OPEN_ONLY = [Status.open, Status.in_progress, Status.pending]


def change(statuses: list[Status]) -> st.SearchStrategy[tuple[str, Any]]:
    return st.one_of(
        st.sampled_from(statuses).map(lambda s: ("status", s)),
        st.sampled_from(list(Priority)).map(lambda p: ("priority", p)),
        st.sampled_from(list(Role)).map(lambda r: ("public", r)),
        st.sampled_from(list(Role)).map(lambda r: ("internal", r)),
        st.just(("auto", Role.agent)),
        st.sampled_from(POLICIES).map(lambda p: ("policy", p)),
    )


@st.composite
def histories(draw: st.DrawFn, statuses: list[Status]) -> list[SlaEvent]:
    at = CREATED_AT + draw(st.integers(0, 3 * 96)) * QUARTER
    policy = draw(st.sampled_from(POLICIES))
    events: list[SlaEvent] = [
        TicketCreated(at, draw(st.sampled_from(list(Priority)))),
        PolicyApplied(at, policy.ref),
    ]
    for _ in range(draw(st.integers(0, 12))):
        at += draw(st.integers(0, 40)) * QUARTER  # 0: same instant, commit order decides
        kind, value = draw(change(statuses))
        if kind == "status":
            events.append(StatusChanged(at, value))
        elif kind == "priority":
            events.append(PriorityChanged(at, value))
        elif kind == "policy":
            events.append(PolicyApplied(at, value.ref))
        else:
            events.append(
                CommentAdded(at, value, public=kind != "internal", automatic=kind == "auto")
            )
    return events


def report(events: list[SlaEvent], now: datetime) -> SlaReport:
    return compute_sla(events, POLICIES, [ROME], now)


def started(r: SlaReport) -> dict[tuple[Metric, int], MetricInstance]:
    return {(i.metric, i.n): i for i in r.instances if i.status is not SlaStatus.not_started}


ALL_STATUSES = [*OPEN_ONLY, Status.resolved, Status.closed]


@settings(max_examples=60)
@given(histories(ALL_STATUSES), st.integers(0, 20 * 96), st.integers(0, 20 * 96))
def test_elapsed_never_decreases_and_a_breach_stays_as_now_grows(
    events: list[SlaEvent], a: int, b: int
) -> None:
    earlier = CREATED_AT + min(a, b) * QUARTER
    later = CREATED_AT + max(a, b) * QUARTER
    before, after = started(report(events, earlier)), started(report(events, later))
    for key, instance in before.items():
        assert key in after
        assert after[key].elapsed >= instance.elapsed
        if instance.status is SlaStatus.breached:
            assert after[key].status is SlaStatus.breached
            assert after[key].breach_at == instance.breach_at


@settings(max_examples=60)
@given(
    histories(OPEN_ONLY),
    st.integers(0, 12 * 96),
    st.integers(1, 6 * 96),
    st.integers(0, 20 * 96),
)
def test_adding_a_pause_never_increases_elapsed(
    events: list[SlaEvent], offset: int, length: int, now_offset: int
) -> None:
    pause_at = CREATED_AT + offset * QUARTER
    back_at = pause_at + length * QUARTER
    now = CREATED_AT + now_offset * QUARTER

    def status_at(instant: datetime) -> Status:
        current = Status.new
        for e in events:
            if e.at <= instant and isinstance(e, StatusChanged):
                current = e.status
        return current

    paused = [e for e in events if e.at <= pause_at]
    paused.append(StatusChanged(pause_at, Status.pending))
    paused += [e for e in events if pause_at < e.at <= back_at]
    paused.append(StatusChanged(back_at, status_at(back_at)))
    paused += [e for e in events if e.at > back_at]

    plain, with_pause = started(report(events, now)), started(report(paused, now))
    assert with_pause.keys() == plain.keys()
    for key, instance in plain.items():
        assert with_pause[key].elapsed <= instance.elapsed
