"""A fixed-window counter never asks a client to wait longer than one window."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from api.auth import throttle
from api.auth.models import ThrottleBucket

WINDOW = timedelta(minutes=5)


def test_a_window_opened_by_a_later_clock_still_resets_within_one_window() -> None:
    engine = create_engine("sqlite://")
    ThrottleBucket.__table__.create(engine)
    opened = datetime(2026, 12, 1, 9, 0, 0, 400000, tzinfo=UTC)
    with Session(engine) as session:
        throttle.hit(session, "k", limit=1, window=WINDOW, now=opened)
        # A second worker read its clock a moment before the first one did.
        verdict = throttle.hit(
            session, "k", limit=1, window=WINDOW, now=opened - timedelta(milliseconds=300)
        )
    assert not verdict.allowed
    assert verdict.retry_after_seconds == 300


def test_the_wait_counts_down_with_the_window() -> None:
    engine = create_engine("sqlite://")
    ThrottleBucket.__table__.create(engine)
    opened = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with Session(engine) as session:
        throttle.hit(session, "k", limit=1, window=WINDOW, now=opened)
        verdict = throttle.hit(
            session, "k", limit=1, window=WINDOW, now=opened + timedelta(seconds=100.5)
        )
    assert verdict.retry_after_seconds == 200
