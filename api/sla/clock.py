"""Business time: when a calendar is open, and how many real seconds it is open between instants.

Pure: no database, no clock reads. Instants are timezone-aware and answered in UTC. Open hours
are local wall times; each interval is turned into real instants through the calendar's IANA
zone, so a 22:00-06:00 night holds 7 h on the spring-forward night and 9 h on the fall-back one.
"""

import bisect
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_SECONDS = 24 * 3600
# A calendar whose open time runs out (all days holidays) must not walk forever.
_MAX_WALK_DAYS = 366 * 100


class CalendarError(ValueError):
    """A calendar that cannot be used: bad zone, bad hours."""


@dataclass(frozen=True, order=True)
class OpenHours:
    """One open interval of a local day, in seconds after local midnight; 86400 is 24:00."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= DAY_SECONDS:
            raise CalendarError(
                f"open hours need 00:00 <= start < end <= 24:00, got "
                f"{_hhmm(self.start)}-{_hhmm(self.end)}"
            )

    @classmethod
    def parse(cls, text: str) -> "OpenHours":
        """'09:00-17:00' (24:00 allowed as an end)."""
        start, sep, end = text.partition("-")
        if not sep:
            raise CalendarError(f"open hours look like 09:00-17:00, got {text!r}")
        return cls(_seconds(start), _seconds(end))


def hours(*texts: str) -> tuple[OpenHours, ...]:
    """The open intervals of one day: hours('09:00-12:30', '14:00-18:00')."""
    return tuple(OpenHours.parse(t) for t in texts)


def _seconds(text: str) -> int:
    hh, sep, mm = text.strip().partition(":")
    digits = (hh + mm).isascii() and hh.isdigit() and mm.isdigit()  # ASCII only: int() fails on "²"
    if not sep or not digits or len(mm) != 2:
        raise CalendarError(f"a time looks like 09:00, got {text!r}")
    value = int(hh) * 3600 + int(mm) * 60
    if int(mm) >= 60 or value > DAY_SECONDS:
        raise CalendarError(f"no such time of day: {text!r}")
    return value


def _hhmm(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _check_day(day: tuple[OpenHours, ...], where: str) -> tuple[OpenHours, ...]:
    ordered = tuple(sorted(day))
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            raise CalendarError(f"{where}: open hours overlap")
    return ordered


def _utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("instants must be timezone-aware")
    return instant.astimezone(UTC)


Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class CalendarRef:
    id: str
    version: int


class Clock(Protocol):
    """What the engine needs from time: open intervals, elapsed open time, and its inverse."""

    def open_intervals(self, start: datetime, end: datetime) -> list[Interval]: ...

    def business_time(self, start: datetime, end: datetime) -> timedelta: ...

    def add_business_time(self, start: datetime, amount: timedelta) -> datetime: ...


class _ClockArithmetic:
    """Seconds-flavoured helpers shared by both clocks."""

    def business_time(self, start: datetime, end: datetime) -> timedelta:
        raise NotImplementedError

    def add_business_time(self, start: datetime, amount: timedelta) -> datetime:
        raise NotImplementedError

    def business_seconds(self, start: datetime, end: datetime) -> float:
        return self.business_time(start, end).total_seconds()

    def add_business_seconds(self, start: datetime, seconds: float) -> datetime:
        return self.add_business_time(start, timedelta(seconds=seconds))


class WallClock(_ClockArithmetic):
    """No calendar: every second counts."""

    def open_intervals(self, start: datetime, end: datetime) -> list[Interval]:
        start, end = _utc(start), _utc(end)
        return [(start, end)] if start < end else []

    def business_time(self, start: datetime, end: datetime) -> timedelta:
        return max(_utc(end) - _utc(start), timedelta(0))

    def add_business_time(self, start: datetime, amount: timedelta) -> datetime:
        if amount < timedelta(0):
            raise ValueError("business time to add must not be negative")
        return _utc(start) + amount


WALL_CLOCK = WallClock()


@dataclass(frozen=True, eq=False)
class Calendar(_ClockArithmetic):
    """Weekly open hours in an IANA zone, with holidays and per-date overrides.

    `week` holds seven days, Monday first. An override replaces a date's hours (an empty
    override closes the date); it wins over a holiday on the same date.
    """

    id: str
    version: int
    zone: str
    week: tuple[tuple[OpenHours, ...], ...]
    holidays: frozenset[date] = frozenset()
    overrides: Mapping[date, tuple[OpenHours, ...]] = field(default_factory=dict)
    _tz: ZoneInfo = field(init=False, repr=False)
    _days: dict[date, tuple[Interval, ...]] = field(init=False, repr=False, default_factory=dict)
    _special: list[date] = field(init=False, repr=False, default_factory=list)
    _week_total: timedelta = field(init=False, repr=False, default=timedelta(0))

    def __post_init__(self) -> None:
        try:
            tz = ZoneInfo(self.zone)
        except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # OSError: "Europe"
            raise CalendarError(f"unknown time zone {self.zone!r}") from exc
        if len(self.week) != 7:
            raise CalendarError("a week has seven days, Monday first")
        week = tuple(_check_day(day, f"weekday {i}") for i, day in enumerate(self.week))
        if not any(week) and not self.overrides:
            raise CalendarError("a calendar needs some open hours")
        overrides = {d: _check_day(day, d.isoformat()) for d, day in self.overrides.items()}
        object.__setattr__(self, "_tz", tz)
        object.__setattr__(self, "week", week)
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "overrides", MappingProxyType(overrides))
        object.__setattr__(self, "_special", sorted(self.holidays | overrides.keys()))
        nominal = sum(h.end - h.start for day in week for h in day)
        object.__setattr__(self, "_week_total", timedelta(seconds=nominal))

    @property
    def ref(self) -> CalendarRef:
        return CalendarRef(self.id, self.version)

    def hours_on(self, local_date: date) -> tuple[OpenHours, ...]:
        if local_date in self.overrides:
            return self.overrides[local_date]
        if local_date in self.holidays:
            return ()
        return self.week[local_date.weekday()]

    def _day(self, local_date: date) -> tuple[Interval, ...]:
        """The date's open intervals as UTC instants (cached: zone conversion is the cost)."""
        cached = self._days.get(local_date)
        if cached is None:
            midnight = datetime.combine(local_date, time())
            spans = []
            for h in self.hours_on(local_date):
                # Naive addition is wall-clock addition; the zone then gives the real instant.
                start = self._instant(midnight + timedelta(seconds=h.start))
                end = self._instant(midnight + timedelta(seconds=h.end))
                if start < end:  # an interval inside a spring-forward gap holds nothing
                    spans.append((start, end))
            cached = self._days[local_date] = tuple(spans)
        return cached

    def _instant(self, wall: datetime) -> datetime:
        """The first instant at which the local clock shows `wall` or later.

        A repeated (fall-back) time is its first occurrence; a skipped (spring-forward) time is
        the instant of the jump, so a desk opening at 02:30 on that night opens at 03:00.
        """
        instant = wall.replace(tzinfo=self._tz).astimezone(UTC)
        if instant.astimezone(self._tz).replace(tzinfo=None) == wall:
            return instant
        # In the gap: fold=0 used the offset before the jump and landed after it.
        before = wall.replace(tzinfo=self._tz, fold=1).astimezone(UTC)
        after = instant
        while after - before > timedelta(seconds=1):
            middle = before + (after - before) / 2
            if middle.astimezone(self._tz).replace(tzinfo=None) >= wall:
                after = middle
            else:
                before = middle
        return after.replace(microsecond=0)  # zone transitions fall on whole seconds

    def _walk(self, start: datetime) -> Iterator[Interval]:
        """Open intervals from `start` on, clipped, in order, endless."""
        day = start.astimezone(self._tz).date() - timedelta(days=1)
        for _ in range(_MAX_WALK_DAYS):
            for s, e in self._day(day):
                if e > start:
                    yield max(s, start), e
            day += timedelta(days=1)
        raise CalendarError(f"calendar {self.id} has no open time left after {start}")

    def open_intervals(self, start: datetime, end: datetime) -> list[Interval]:
        start, end = _utc(start), _utc(end)
        merged: list[Interval] = []
        if start >= end:
            return merged
        for s, e in self._walk(start):
            if s >= end:
                break
            e = min(e, end)
            if merged and merged[-1][1] == s:  # 24:00 meets the next 00:00
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        return merged

    def business_time(self, start: datetime, end: datetime) -> timedelta:
        start, end = _utc(start), _utc(end)
        if end - start < timedelta(weeks=3):
            return self._walked_time(start, end)
        # Long spans: whole local weeks without holiday, override or clock change count their
        # nominal hours; the rest is walked day by day.
        monday = start.astimezone(self._tz).date() + timedelta(days=1)
        monday += timedelta(days=-monday.weekday() % 7)
        cut = self._midnight(monday)
        total = self._walked_time(start, cut)
        while True:
            following = monday + timedelta(days=7)
            next_cut = self._midnight(following)
            if next_cut > end:
                return total + self._walked_time(cut, end)
            if self._is_plain_week(monday, cut, next_cut):
                total += self._week_total
            else:
                total += self._walked_time(cut, next_cut)
            monday, cut = following, next_cut

    def _midnight(self, local_date: date) -> datetime:
        return self._instant(datetime.combine(local_date, time()))

    def _is_plain_week(self, monday: date, start: datetime, end: datetime) -> bool:
        i = bisect.bisect_left(self._special, monday)
        if i < len(self._special) and self._special[i] < monday + timedelta(days=7):
            return False
        return end - start == timedelta(weeks=1)  # no clock change inside

    def _walked_time(self, start: datetime, end: datetime) -> timedelta:
        total = timedelta(0)
        if start >= end:
            return total
        for s, e in self._walk(start):
            if s >= end:
                break
            total += min(e, end) - s
        return total

    def add_business_time(self, start: datetime, amount: timedelta) -> datetime:
        """The first instant at which `amount` of open time has passed since `start`."""
        start = _utc(start)
        if amount < timedelta(0):
            raise ValueError("business time to add must not be negative")
        if amount == timedelta(0):
            return start
        left = amount
        for s, e in self._walk(start):
            if left <= e - s:
                return s + left
            left -= e - s
        raise AssertionError("unreachable: _walk ends by raising")
