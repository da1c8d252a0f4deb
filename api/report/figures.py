"""The reports' arithmetic on plain values: rates, age bands and the staffing
grid. Pure: no database, no clock reads (instants are passed in)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from api.sla.clock import Clock

HOUR = timedelta(hours=1)


def rate(part: int, whole: int) -> float | None:
    """part / whole rounded to four places; None when there is nothing to divide."""
    return None if whole == 0 else round(part / whole, 4)


# (key, lower bound, upper bound) of a backlog ticket's age; None: no upper bound.
AGE_BANDS: tuple[tuple[str, timedelta, timedelta | None], ...] = (
    ("under_1d", timedelta(0), timedelta(days=1)),
    ("1d_3d", timedelta(days=1), timedelta(days=3)),
    ("3d_7d", timedelta(days=3), timedelta(days=7)),
    ("7d_30d", timedelta(days=7), timedelta(days=30)),
    ("over_30d", timedelta(days=30), None),
)


def age_band(created_at: datetime, now: datetime) -> str:
    age = now - created_at
    for key, low, high in AGE_BANDS:
        if age >= low and (high is None or age < high):
            return key
    return AGE_BANDS[0][0]  # created after `now`: the youngest band


Cell = tuple[int, int]  # (weekday Monday=0, local hour 0-23)


def hour_floor(instant: datetime) -> datetime:
    return instant.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def local_cell(hour_start: datetime, zone: ZoneInfo) -> Cell:
    local = hour_start.astimezone(zone)
    return local.weekday(), local.hour


def arrivals_grid(hourly: Iterable[tuple[datetime, int]], zone: ZoneInfo) -> dict[Cell, int]:
    """Arrivals per UTC hour placed in the desk's local weekday and hour.

    Exact for zones whose offset is a whole number of hours (a UTC hour is then one local
    hour, on either side of a clock change); a half-hour zone puts each UTC hour at its start.
    """
    grid: dict[Cell, int] = {}
    for hour_start, count in hourly:
        cell = local_cell(hour_start, zone)
        grid[cell] = grid.get(cell, 0) + count
    return grid


@dataclass(frozen=True)
class Staffing:
    occurrences: int  # how many times the cell's hour came round in the period
    open_hours: float  # how many of those hours the desk's calendar was open


def staffing_grid(
    clock: Clock, start: datetime, end: datetime, zone: ZoneInfo
) -> dict[Cell, Staffing]:
    """For each local (weekday, hour): how often it occurs in [start, end) and how much of it
    the calendar keeps open. Hours are UTC hours, as arrivals are counted."""
    intervals = clock.open_intervals(start, end)
    occurrences: dict[Cell, int] = {}
    open_seconds: dict[Cell, float] = {}
    hour = hour_floor(start)
    i = 0
    while hour < end:
        following = hour + HOUR
        cell = local_cell(hour, zone)
        occurrences[cell] = occurrences.get(cell, 0) + 1
        while i < len(intervals) and intervals[i][1] <= hour:
            i += 1
        j, seconds = i, 0.0
        while j < len(intervals) and intervals[j][0] < following:
            s, e = intervals[j]
            seconds += (min(e, following) - max(s, hour)).total_seconds()
            j += 1
        open_seconds[cell] = open_seconds.get(cell, 0.0) + max(seconds, 0.0)
        hour = following
    return {
        cell: Staffing(n, round(open_seconds.get(cell, 0.0) / 3600, 4))
        for cell, n in occurrences.items()
    }


def agents_on_duty(agents: int, staffing: Staffing | None) -> float:
    """Agents at the desk in an average occurrence of the hour."""
    if staffing is None or staffing.occurrences == 0:
        return 0.0
    return round(agents * staffing.open_hours / staffing.occurrences, 2)


def arrivals_per_agent_hour(arrivals: int, agents: int, staffing: Staffing | None) -> float | None:
    """Tickets that arrived per agent-hour on duty in the cell; None: nobody was on duty."""
    if staffing is None or agents == 0 or staffing.open_hours == 0:
        return None
    return round(arrivals / (agents * staffing.open_hours), 3)
