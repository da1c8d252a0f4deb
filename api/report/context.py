"""What every report group is built from: the period and the one before it, the desk's
calendar, the filters, and the measuring helpers the groups share."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from api.report import measuring
from api.report import repository as repo
from api.report.filters import Filters
from api.report.links import Window
from api.report.measuring import BOTH, NOTHING_MEASURED, Measured, Metric, Ranked
from api.sla.clock import WALL_CLOCK, Clock
from api.sla.rules import calendar_of
from api.ticket.priority import Priority

NONE_KEY = "none"
NONE_LABEL = "(none)"
PRIORITIES = [p.value for p in Priority]


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    @property
    def previous(self) -> "Period":
        return Period(self.start - (self.end - self.start), self.start)


@dataclass(frozen=True)
class Desk:
    zone: ZoneInfo
    clock: Clock


def desk(session: Session) -> Desk:
    row = repo.desk_calendar(session)
    if row is None:
        return Desk(ZoneInfo("UTC"), WALL_CLOCK)
    calendar = calendar_of(
        row.calendar_id, row.version, row.zone, row.week, row.holidays, row.overrides
    )
    return Desk(ZoneInfo(row.zone), calendar)


@dataclass
class Context:
    session: Session
    filters: Filters
    period: Period
    now: datetime
    desk: Desk
    current: bool  # snapshot tables are drawn for the current period only


def key_of(value: int | str | None) -> str:
    return NONE_KEY if value is None else str(value)


def label_of(names: dict[int, str], value: int | None) -> str:
    return NONE_LABEL if value is None else names.get(value, f"#{value}")


def summed(parts: Iterable[Measured]) -> Measured:
    """The counts of several groups together (percentiles do not add up: left out)."""
    items = list(parts)
    return replace(
        NOTHING_MEASURED,
        count=sum(m.count for m in items),
        met=sum(m.met for m in items),
        missed=sum(m.missed for m in items),
        reopened=sum(m.reopened for m in items),
    )


def windows(c: Context) -> tuple[Window, Window]:
    p = c.period
    return Window("created", p.start, p.end), Window("resolved", p.start, p.end)


def team_filter(c: Context, team_id: int | None) -> Filters:
    return replace(c.filters, team_id=team_id)


def measure_in(
    c: Context, metric: Metric, *by: Any, ranked: Collection[Ranked] = BOTH
) -> dict[tuple[Any, ...], Measured]:
    return measuring.measure(
        c.session, metric, c.period.start, c.period.end, c.filters, by, ranked=ranked
    )


def groupings_in(
    c: Context, metric: Metric, *groupings: Sequence[Any]
) -> list[dict[tuple[Any, ...], Measured]]:
    return measuring.measure_groupings(
        c.session, metric, c.period.start, c.period.end, c.filters, groupings
    )


def counts_in(c: Context, metric: Metric) -> Measured:
    return measure_in(c, metric, ranked=()).get((), NOTHING_MEASURED)


def part_of(cells: dict[tuple[Any, ...], Measured], part: int, key: Any) -> Measured:
    """The groups whose `part`-th key is `key`, summed."""
    return summed(m for k, m in cells.items() if k[part] == key)
