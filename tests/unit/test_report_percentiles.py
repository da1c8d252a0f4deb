"""The reports rank their percentiles in SQL: checked here against the definition (nearest
rank: the smallest value with at least q of the values at or below it) on SQLite in memory."""

import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, insert
from sqlalchemy.orm import Session

from api.report.models import ReportTicket
from api.report.repository import Filters, Metric, measure

START = datetime(2026, 11, 1, tzinfo=UTC)
END = START + timedelta(days=30)


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    ReportTicket.metadata.create_all(engine, tables=[ReportTicket.__table__])  # type: ignore[list-item]
    with Session(engine) as s:
        yield s


def nearest_rank(values: list[int], share: tuple[int, int]) -> int:
    ordered = sorted(values)
    numerator, denominator = share
    return ordered[max(math.ceil(len(ordered) * numerator / denominator), 1) - 1]


def store(session: Session, rows: list[tuple[str, int, int]]) -> None:
    session.execute(delete(ReportTicket))
    if not rows:
        return
    session.execute(
        insert(ReportTicket),
        [
            {
                "ticket_id": n + 1,
                "created_at": START,
                "status": "resolved",
                "priority": priority,
                "channel": "web",
                "resolved_at": START + timedelta(seconds=calendar),
                "resolution_seconds": calendar,
                "resolution_business_seconds": business,
                "reopen_count": 0,
            }
            for n, (priority, calendar, business) in enumerate(rows)
        ],
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["low", "high"]),
            st.integers(min_value=0, max_value=10**6),
            st.integers(min_value=0, max_value=10**6),
        ),
        max_size=40,
    )
)
def test_median_and_p90_are_the_nearest_rank_of_each_group(
    session: Session, rows: list[tuple[str, int, int]]
) -> None:
    store(session, rows)
    figures = measure(session, Metric.resolution, START, END, Filters(), [ReportTicket.priority])
    assert set(figures) == {(p,) for p, _, _ in rows}
    for (priority,), m in figures.items():
        calendar = [c for p, c, _ in rows if p == priority]
        business = [b for p, _, b in rows if p == priority]
        assert m.count == len(calendar)
        assert (m.median, m.p90) == (
            nearest_rank(calendar, (1, 2)),
            nearest_rank(calendar, (9, 10)),
        )
        assert (m.median_business, m.p90_business) == (
            nearest_rank(business, (1, 2)),
            nearest_rank(business, (9, 10)),
        )
    overall = measure(session, Metric.resolution, START, END, Filters())
    assert list(overall) == ([()] if rows else [])


def test_thirty_values_put_their_p90_at_the_27th() -> None:
    # 0.9 * 30 is 27.000000000000004 in floating point: the rank is exact here.
    assert nearest_rank(list(range(1, 31)), (9, 10)) == 27
