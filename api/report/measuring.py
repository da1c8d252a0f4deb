"""Response and resolution times (nearest-rank medians and p90s, calendar and business
seconds), SLA verdicts and reopenings, measured in the database: one statement per metric
for every grouping a report shows, one row per group back, however many tickets."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    case,
    cast,
    func,
    literal,
    null,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from api.report.filters import Filters, created_in, resolved_in
from api.report.models import ReportTicket as R


class Metric(StrEnum):
    first_response = "first_response"  # of tickets created in the period
    resolution = "resolution"  # of tickets resolved in the period


@dataclass(frozen=True)
class Measured:
    """One group's times (nearest-rank median and p90, calendar and business seconds, each
    ranked on its own), SLA verdicts and reopened tickets."""

    count: int
    median: int | None
    p90: int | None
    median_business: int | None
    p90_business: int | None
    met: int
    missed: int
    reopened: int


NOTHING_MEASURED = Measured(0, None, None, None, None, 0, 0, 0)
# The percentiles, exact in integers: rank r of n is in when r / n >= numerator / denominator.
MEDIAN = (1, 2)
P90 = (9, 10)


def _measured_columns(metric: Metric) -> tuple[Any, Any, Any, list[ColumnElement[bool]]]:
    if metric is Metric.first_response:
        return (
            R.first_response_seconds,
            R.first_response_business_seconds,
            R.first_response_sla,
            [R.first_response_seconds.is_not(None)],
        )
    return R.resolution_seconds, R.resolution_business_seconds, R.resolution_sla, []


class Ranked(StrEnum):
    """Which seconds a measurement ranks: each costs the database one sort per grouping."""

    calendar = "calendar"
    business = "business"


BOTH = frozenset(Ranked)


def measure(
    session: Session,
    metric: Metric,
    start: datetime,
    end: datetime,
    f: Filters,
    by: Sequence[Any] = (),
    *,
    ranked: Collection[Ranked] = BOTH,
) -> dict[tuple[Any, ...], Measured]:
    """The metric's figures per value of the `by` columns of report_ticket (keyed by their
    values; () for one group of all)."""
    return measure_groupings(session, metric, start, end, f, [by], ranked=ranked)[0]


def measure_groupings(
    session: Session,
    metric: Metric,
    start: datetime,
    end: datetime,
    f: Filters,
    groupings: Sequence[Sequence[Any]],
    *,
    ranked: Collection[Ranked] = BOTH,
) -> list[dict[tuple[Any, ...], Measured]]:
    """The metric's figures for each grouping (a sequence of report_ticket columns, () for
    all) in one statement: the period's rows are read once for every grouping, and one row
    per group comes back, however many tickets. Percentiles only of the `ranked` seconds (the
    others come back None): counts alone need no sort."""
    seconds, business, verdict, present = _measured_columns(metric)
    if metric is Metric.first_response:
        where = created_in(start, end, f)
    else:
        where = resolved_in(start, end, f)
    keys: dict[str, Any] = {}
    for grouping in groupings:
        for column in grouping:
            keys.setdefault(column.key, column)
    measured = _Measuring(
        keys=keys,
        groupings=groupings,
        where=[*where, *present],
        calendar=func.coalesce(seconds, 0),
        business=func.coalesce(business, 0),
        verdict=verdict,
        ranked=frozenset(ranked),
    )
    statement: Select[Any] | CompoundSelect[Any]
    if session.get_bind().dialect.name == "postgresql":
        statement = measured.ordered_set_statement()
    else:
        statement = measured.window_statement()
    out: list[dict[tuple[Any, ...], Measured]] = [{} for _ in groupings]
    names = list(keys)
    for row in session.execute(statement):
        i = int(row.grouping)
        n, median, p90, median_b, p90_b, met, missed, reopened = row[1 + len(names) :]
        if n == 0:  # the grouping () over no ticket: the one row of an empty aggregate
            continue
        values = dict(zip(names, row[1 : 1 + len(names)], strict=True))
        key = tuple(values[column.key] for column in groupings[i])
        out[i][key] = Measured(
            int(n),
            _int(median),
            _int(p90),
            _int(median_b),
            _int(p90_b),
            int(met),
            int(missed),
            int(reopened),
        )
    return out


FIGURES = ("n", "median", "p90", "median_b", "p90_b", "met", "missed", "reopened")


def _figures(*columns: Any) -> list[Any]:
    """Labelled, so that two NULLs of percentiles not asked for stay two columns."""
    return [column.label(name) for column, name in zip(columns, FIGURES, strict=True)]


def _counted(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


@dataclass(frozen=True)
class _Measuring:
    """One statement for several groupings, in each database's best form. Both return rows of
    (grouping, every key, count, median, p90, business median, business p90, met, missed,
    reopened)."""

    keys: dict[str, Any]  # every grouping's columns, by name
    groupings: Sequence[Sequence[Any]]
    where: list[ColumnElement[bool]]
    calendar: Any
    business: Any
    verdict: Any
    ranked: frozenset[Ranked]

    def _mask(self, grouping: Sequence[Any]) -> int:
        """GROUPING(every key)'s value for the rows of this grouping: a bit per key left out."""
        names = list(self.keys)
        grouped = {column.key for column in grouping}
        return sum(1 << (len(names) - 1 - j) for j, n in enumerate(names) if n not in grouped)

    def ordered_set_statement(self) -> Select[Any]:
        """PostgreSQL: GROUPING SETS, percentiles by percentile_disc, which sorts each group's
        values alone (and shares one sort between the median and the p90). Its rank is
        ceil(q * n) in floating point, exact for 1/2 and 9/10 at any count a desk can reach
        (tests/unit/test_report_percentiles.py)."""

        def percentile(column: Any, order: Ranked, share: tuple[int, int]) -> Any:
            if order not in self.ranked:
                return cast(null(), Integer)
            numerator, denominator = share
            return func.percentile_disc(literal(numerator / denominator)).within_group(column)

        columns = list(self.keys.values())
        tag: Any = literal(0)
        if columns:
            mask = func.grouping(*columns)
            tag = case(*((mask == self._mask(g), i) for i, g in enumerate(self.groupings)))
        statement = select(
            tag.label("grouping"),
            *columns,
            *_figures(
                func.count(),
                percentile(self.calendar, Ranked.calendar, MEDIAN),
                percentile(self.calendar, Ranked.calendar, P90),
                percentile(self.business, Ranked.business, MEDIAN),
                percentile(self.business, Ranked.business, P90),
                _counted(self.verdict == "met"),
                _counted(self.verdict == "missed"),
                _counted(R.reopen_count > 0),
            ),
        ).where(*self.where)
        if columns:
            statement = statement.group_by(
                func.grouping_sets(*(tuple_(*g) for g in self.groupings))
            )
        return statement

    def window_statement(self) -> Select[Any] | CompoundSelect[Any]:
        """SQLite (no ordered-set aggregates): each row numbered within its group by window
        functions, in a CTE every grouping's GROUP BY reads; rank r of n is in when
        r / n >= q, in integers."""
        key_names = {name: f"k{i}" for i, name in enumerate(self.keys)}
        windows = []
        for i, grouping in enumerate(self.groupings):
            partition = list(grouping) or None
            for order, column in (
                (Ranked.calendar, self.calendar),
                (Ranked.business, self.business),
            ):
                if order in self.ranked:
                    windows.append(
                        func.row_number()
                        .over(partition_by=partition, order_by=column)
                        .label(f"{order.value}{i}")
                    )
            windows.append(func.count().over(partition_by=partition).label(f"n{i}"))
        rows = (
            select(
                *(column.label(key_names[name]) for name, column in self.keys.items()),
                self.calendar.label("s"),
                self.business.label("b"),
                self.verdict.label("v"),
                R.reopen_count.label("r"),
                *windows,
            )
            .where(*self.where)
            .cte("measured")
        )
        branches = []
        for i, grouping in enumerate(self.groupings):
            n = rows.c[f"n{i}"]

            def rank(order: Ranked, share: tuple[int, int], i: int = i, n: Any = n) -> Any:
                if order not in self.ranked:
                    return cast(null(), Integer)
                numerator, denominator = share
                row_number = rows.c[f"{order.value}{i}"]
                value = rows.c.s if order is Ranked.calendar else rows.c.b
                return func.min(case((row_number * denominator >= n * numerator, value)))

            grouped = {column.key for column in grouping}
            branch_keys = [
                rows.c[key_names[name]] if name in grouped else cast(null(), column.type)
                for name, column in self.keys.items()
            ]
            branches.append(
                select(
                    literal(i).label("grouping"),
                    *(k.label(f"g{j}") for j, k in enumerate(branch_keys)),
                    *_figures(
                        func.count(),
                        rank(Ranked.calendar, MEDIAN),
                        rank(Ranked.calendar, P90),
                        rank(Ranked.business, MEDIAN),
                        rank(Ranked.business, P90),
                        _counted(rows.c.v == "met"),
                        _counted(rows.c.v == "missed"),
                        _counted(rows.c.r > 0),
                    ),
                ).group_by(*(rows.c[key_names[column.key]] for column in grouping))
            )
        return branches[0] if len(branches) == 1 else union_all(*branches)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
