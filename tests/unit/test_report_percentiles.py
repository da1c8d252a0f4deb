"""The reports rank their percentiles in SQL (window functions on SQLite, percentile_disc on
PostgreSQL): checked here against the definition (nearest rank: the smallest value with at
least q of the values at or below it) on both, the table alone in a database of its own."""

import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, MetaData, Table, create_engine, delete, insert
from sqlalchemy.orm import Session

from api.report.filters import Filters
from api.report.measuring import Metric, Ranked, measure, measure_groupings
from api.report.models import ReportTicket
from tests.conftest import fresh_database

START = datetime(2026, 11, 1, tzinfo=UTC)
END = START + timedelta(days=30)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def session(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Session]:
    urls = fresh_database(request.param, tmp_path_factory.mktemp("percentiles"))
    url = next(urls)
    engine = create_engine(url)
    # report_ticket's columns without its foreign key: the figures need no ticket rows.
    alone = Table(
        ReportTicket.__tablename__,
        MetaData(),
        *(
            Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
            for c in ReportTicket.__table__.columns
        ),
    )
    alone.create(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()
    next(urls, None)


def nearest_rank(values: list[int], share: tuple[int, int]) -> int:
    ordered = sorted(values)
    numerator, denominator = share
    return ordered[max(math.ceil(len(ordered) * numerator / denominator), 1) - 1]


def store(
    session: Session, rows: list[tuple[str, int, int]], teams: list[int | None] | None = None
) -> None:
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
                "team_id": teams[n] if teams else None,
                "channel": "web",
                "resolved_at": START + timedelta(seconds=calendar),
                "resolution_seconds": calendar,
                "resolution_business_seconds": business,
                "reopen_count": 0,
            }
            for n, (priority, calendar, business) in enumerate(rows)
        ],
    )


@settings(max_examples=60)
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


def test_percentile_disc_ranks_exactly_at_every_count_a_desk_can_reach() -> None:
    # PostgreSQL's percentile_disc takes rank ceil(q * n) in floating point; for q = 0.9 and
    # 0.5 that is the exact integer rank ceil(9n / 10), ceil(n / 2) (checked here to 2,000,000
    # in steps, and argued for all n below 2**50: 0.9's error times n stays under half a unit).
    for n in [*range(1, 100_000), *range(100_000, 2_000_001, 997)]:
        assert math.ceil(0.9 * n) == (9 * n + 9) // 10
        assert math.ceil(0.5 * n) == (n + 1) // 2


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["low", "high"]),
            st.sampled_from([None, 1, 2]),
            st.integers(min_value=0, max_value=10**6),
            st.integers(min_value=0, max_value=10**6),
        ),
        max_size=40,
    )
)
def test_several_groupings_in_one_statement_rank_each_group_on_its_own(
    session: Session, rows: list[tuple[str, int | None, int, int]]
) -> None:
    store(session, [(p, c, b) for p, _, c, b in rows], [t for _, t, _, _ in rows])
    overall, by_priority, by_team = measure_groupings(
        session,
        Metric.resolution,
        START,
        END,
        Filters(),
        [(), (ReportTicket.priority,), (ReportTicket.team_id,)],
    )
    expected_groups = [
        ({(): rows} if rows else {}),
        {(p,): [r for r in rows if r[0] == p] for p, _, _, _ in rows},
        {(t,): [r for r in rows if r[1] == t] for _, t, _, _ in rows},
    ]
    for figures, expected in zip([overall, by_priority, by_team], expected_groups, strict=True):
        assert set(figures) == set(expected)
        for key, members in expected.items():
            calendar = [c for _, _, c, _ in members]
            business = [b for _, _, _, b in members]
            m = figures[key]
            assert m.count == len(members)
            assert (m.median, m.p90, m.median_business, m.p90_business) == (
                nearest_rank(calendar, (1, 2)),
                nearest_rank(calendar, (9, 10)),
                nearest_rank(business, (1, 2)),
                nearest_rank(business, (9, 10)),
            )


def test_counts_alone_rank_nothing_and_one_clock_ranks_only_that_one(session: Session) -> None:
    store(session, [("low", 10, 100), ("low", 20, 200), ("high", 30, 300)])
    counts = measure(session, Metric.resolution, START, END, Filters(), ranked=())
    assert counts[()].count == 3
    assert (counts[()].median, counts[()].median_business) == (None, None)
    business = measure(
        session,
        Metric.resolution,
        START,
        END,
        Filters(),
        [ReportTicket.priority],
        ranked=[Ranked.business],
    )
    assert (business[("low",)].median, business[("low",)].median_business) == (None, 100)
    assert business[("high",)].p90_business == 300
