"""The reports' arithmetic: rates, age bands, the heat-map's cells
across clock changes, and the staffing grid's open hours."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from api.demo.arrivals import arrival_times, in_office_hours
from api.report.figures import (
    AGE_BANDS,
    age_band,
    agents_on_duty,
    arrivals_grid,
    arrivals_per_agent_hour,
    rate,
    staffing_grid,
)
from api.sla.clock import WALL_CLOCK, Calendar, hours

ROME = ZoneInfo("Europe/Rome")
OFFICE = Calendar(
    id="rome", version=1, zone="Europe/Rome", week=(hours("09:00-18:00"),) * 5 + ((), ())
)


def test_rates() -> None:
    assert rate(0, 0) is None
    assert rate(1, 3) == 0.3333
    assert rate(3, 3) == 1.0


def test_age_bands_cover_every_age_once() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert age_band(now, now) == "under_1d"
    assert age_band(now - timedelta(days=1), now) == "1d_3d"
    assert age_band(now - timedelta(days=2, hours=23), now) == "1d_3d"
    assert age_band(now - timedelta(days=29), now) == "7d_30d"
    assert age_band(now - timedelta(days=400), now) == "over_30d"
    assert age_band(now + timedelta(hours=1), now) == "under_1d"
    assert [k for k, _, _ in AGE_BANDS][-1] == "over_30d"


def test_arrivals_land_in_the_local_hour_on_both_sides_of_the_clock_change() -> None:
    hourly = [
        (datetime(2026, 10, 23, 15, tzinfo=UTC), 2),  # Friday 17:00 CEST
        (datetime(2026, 10, 26, 8, tzinfo=UTC), 3),  # Monday 09:00 CET
        (datetime(2026, 10, 25, 0, tzinfo=UTC), 1),  # Sunday 02:00 CEST
        (datetime(2026, 10, 25, 1, tzinfo=UTC), 1),  # Sunday 02:00 CET, the hour again
    ]
    grid = arrivals_grid(hourly, ROME)
    assert grid == {(4, 17): 2, (0, 9): 3, (6, 2): 2}
    assert sum(grid.values()) == 7


def test_the_staffing_grid_counts_each_hour_and_its_open_time() -> None:
    start = datetime(2026, 10, 19, tzinfo=ROME)  # a Monday
    grid = staffing_grid(OFFICE, start, start + timedelta(weeks=2), ROME)
    assert grid[(1, 10)].occurrences == 2
    assert grid[(1, 10)].open_hours == 2
    assert grid[(1, 8)].open_hours == 0
    assert grid[(5, 10)].open_hours == 0
    # Nine open hours a weekday, ten weekdays: the week's open time, whatever the clocks did.
    assert sum(s.open_hours for s in grid.values()) == 90
    # A week of 169 hours (the night the clocks go back) puts the extra hour at 02:00 Sunday.
    assert grid[(6, 2)].occurrences == 3
    assert sum(s.occurrences for s in grid.values()) == 14 * 24 + 1


def test_a_half_open_hour_counts_half() -> None:
    half = Calendar(id="h", version=1, zone="UTC", week=(hours("09:30-18:00"),) * 7)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    grid = staffing_grid(half, start, start + timedelta(days=1), ZoneInfo("UTC"))
    assert grid[(0, 9)].open_hours == 0.5
    assert agents_on_duty(4, grid[(0, 9)]) == 2.0
    assert arrivals_per_agent_hour(6, 4, grid[(0, 9)]) == 3.0
    assert arrivals_per_agent_hour(6, 4, grid[(0, 3)]) is None


def test_without_a_calendar_every_hour_is_open() -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    grid = staffing_grid(WALL_CLOCK, start, start + timedelta(days=7), ZoneInfo("UTC"))
    assert all(s.open_hours == 1 and s.occurrences == 1 for s in grid.values())
    assert len(grid) == 168


def test_demo_arrivals_span_months_with_weekday_and_office_peaks() -> None:
    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    times = arrival_times(random.Random(3), now, 3000)
    assert times == sorted(times)
    assert now - times[0] > timedelta(days=120)
    assert times[-1] <= now
    local = [t.astimezone(ROME) for t in times]
    mondays = sum(1 for t in local if t.weekday() == 0)
    sundays = sum(1 for t in local if t.weekday() == 6)
    assert mondays > 8 * sundays
    mornings = sum(1 for t in local if t.hour in (9, 10))
    nights = sum(1 for t in local if t.hour in (2, 3))
    assert mornings > 20 * nights


def test_agents_act_in_office_hours() -> None:
    rng = random.Random(1)
    saturday_night = datetime(2026, 10, 24, 21, tzinfo=UTC)
    moved = in_office_hours(saturday_night, rng).astimezone(ROME)
    assert moved.weekday() == 0
    assert 8 <= moved.hour <= 10
    tuesday_noon = datetime(2026, 10, 27, 11, tzinfo=UTC)
    assert in_office_hours(tuesday_noon, rng) == tuesday_noon
