"""Business calendars on the nights clocks change, and the calendar rules themselves."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.sla.clock import WALL_CLOCK, Calendar, CalendarError, OpenHours, hours

ROME = ZoneInfo("Europe/Rome")


def every_day(*texts: str, zone: str = "Europe/Rome") -> Calendar:
    return Calendar("C", 1, zone, week=(hours(*texts),) * 7)


def day_total(calendar: Calendar, day: date) -> timedelta:
    tz = ZoneInfo(calendar.zone)
    midnight = datetime.combine(day, datetime.min.time(), tz)
    return calendar.business_time(midnight, midnight + timedelta(days=1))


@pytest.mark.parametrize(
    ("texts", "spring", "autumn"),
    [
        (("00:00-24:00",), 23, 25),
        (("01:00-02:30",), 1, 1.5),  # closes when the clock first shows 02:30
        (("02:30-05:00",), 2, 3.5),  # spring: opens at the jump to 03:00; autumn: first 02:30
        (("02:15-02:45",), 0, 0.5),  # wholly inside the skipped hour: nothing
    ],
)
def test_open_hours_on_the_nights_clocks_change_count_real_time(
    texts: tuple[str, ...], spring: float, autumn: float
) -> None:
    calendar = every_day(*texts)
    assert day_total(calendar, date(2026, 3, 29)) == timedelta(hours=spring)
    assert day_total(calendar, date(2026, 10, 25)) == timedelta(hours=autumn)


def test_a_day_without_midnight_still_opens_when_the_clock_jumps() -> None:
    # Santiago skips 00:00-01:00 on 2026-09-06.
    calendar = every_day("00:00-02:00", zone="America/Santiago")
    opened = calendar.open_intervals(
        datetime(2026, 9, 6, 0, 0, tzinfo=UTC), datetime(2026, 9, 7, 0, 0, tzinfo=UTC)
    )
    assert opened == [
        (datetime(2026, 9, 6, 4, 0, tzinfo=UTC), datetime(2026, 9, 6, 5, 0, tzinfo=UTC))
    ]


def test_24_00_joins_the_next_midnight() -> None:
    calendar = every_day("18:00-24:00", "00:00-06:00")
    start = datetime(2026, 11, 23, 12, 0, tzinfo=ROME)
    assert calendar.open_intervals(start, start + timedelta(days=1)) == [
        (datetime(2026, 11, 23, 17, 0, tzinfo=UTC), datetime(2026, 11, 24, 5, 0, tzinfo=UTC))
    ]


def test_an_override_shortens_a_day_and_wins_over_a_holiday() -> None:
    day, holiday = date(2026, 12, 24), date(2026, 12, 25)
    calendar = Calendar(
        "C",
        1,
        "Europe/Rome",
        week=(hours("09:00-17:00"),) * 7,
        holidays=frozenset({holiday, date(2026, 12, 26)}),
        overrides={day: hours("09:00-12:00"), holiday: hours("10:00-11:00")},
    )
    assert day_total(calendar, day) == timedelta(hours=3)
    assert day_total(calendar, holiday) == timedelta(hours=1)
    assert day_total(calendar, date(2026, 12, 26)) == timedelta(0)


def test_add_business_seconds_lands_on_the_closing_instant_when_it_fits_exactly() -> None:
    calendar = Calendar("C", 1, "Europe/Rome", week=(hours("09:00-17:00"),) * 5 + ((), ()))
    monday_nine = datetime(2026, 11, 23, 9, 0, tzinfo=ROME)
    assert calendar.add_business_seconds(monday_nine, 8 * 3600) == datetime(
        2026, 11, 23, 17, 0, tzinfo=ROME
    )
    assert calendar.add_business_seconds(monday_nine, 8 * 3600 + 1) == datetime(
        2026, 11, 24, 9, 0, 1, tzinfo=ROME
    )
    # A year of business days is walked, not stepped minute by minute.
    assert (
        calendar.business_seconds(monday_nine, monday_nine + timedelta(weeks=52)) == 52 * 40 * 3600
    )


def test_wall_clock_counts_every_second() -> None:
    start = datetime(2026, 3, 28, 12, 0, tzinfo=ROME)
    # 24 real hours, not the same wall time a day later: the night lost an hour.
    assert WALL_CLOCK.add_business_seconds(start, 86400) == datetime(
        2026, 3, 29, 13, 0, tzinfo=ROME
    )
    assert WALL_CLOCK.business_seconds(start, start - timedelta(hours=1)) == 0


@pytest.mark.parametrize(
    "build",
    [
        lambda: OpenHours.parse("17:00-09:00"),
        lambda: OpenHours.parse("09:00-24:30"),
        lambda: OpenHours.parse("09:00"),
        lambda: OpenHours.parse("9h-17h"),
        lambda: Calendar("C", 1, "Mars/Olympus", week=(hours("09:00-17:00"),) * 7),
        lambda: Calendar("C", 1, "Europe/Rome", week=(hours("09:00-17:00"),) * 5),
        lambda: Calendar("C", 1, "Europe/Rome", week=((),) * 7),
        lambda: Calendar("C", 1, "Europe/Rome", week=(hours("09:00-13:00", "12:00-17:00"),) * 7),
    ],
)
def test_a_calendar_that_cannot_work_is_refused(build: object) -> None:
    with pytest.raises(CalendarError):
        build()  # type: ignore[operator]


def test_naive_instants_are_refused() -> None:
    calendar = every_day("09:00-17:00")
    with pytest.raises(ValueError, match="timezone-aware"):
        calendar.business_time(datetime(2026, 1, 1), datetime(2026, 1, 2))
