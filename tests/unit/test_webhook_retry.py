"""Backoff between a delivery's attempts, and when a failing webhook is turned off."""

import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.webhook.retry import JITTER, RetrySchedule, should_disable

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@given(
    base_ms=st.integers(min_value=1, max_value=10**7),
    attempts=st.integers(min_value=2, max_value=30),
    seed=st.integers(),
)
def test_each_wait_is_longer_than_the_last_until_the_cap(
    base_ms: int, attempts: int, seed: int
) -> None:
    cap = timedelta(days=365)
    schedule = RetrySchedule(max_attempts=attempts, base=timedelta(milliseconds=base_ms), cap=cap)
    rng = random.Random(seed)
    waits = [schedule.delay_after(n, rng) for n in range(1, attempts)]
    assert all(w is not None for w in waits)
    for n, (before, after) in enumerate(itertools.pairwise(waits), start=1):
        assert before is not None
        assert after is not None
        if schedule.nominal_delay(n + 1) < cap:
            assert after > before
    assert schedule.delay_after(attempts, rng) is None


@given(failed=st.integers(min_value=1, max_value=60), seed=st.integers())
def test_a_wait_is_within_the_jitter_of_its_nominal_value_and_never_past_the_cap(
    failed: int, seed: int
) -> None:
    schedule = RetrySchedule(max_attempts=100, base=timedelta(seconds=30), cap=timedelta(hours=6))
    wait = schedule.delay_after(failed, random.Random(seed))
    nominal = schedule.nominal_delay(failed)
    assert wait is not None
    assert nominal * (1 - JITTER) <= wait <= nominal * (1 + JITTER)
    assert nominal <= timedelta(hours=6)


def test_the_nominal_waits_double_from_the_base() -> None:
    schedule = RetrySchedule(max_attempts=5, base=timedelta(seconds=30), cap=timedelta(minutes=3))
    assert [schedule.nominal_delay(n).total_seconds() for n in range(1, 6)] == [
        30,
        60,
        120,
        180,
        180,
    ]


@pytest.mark.parametrize(
    ("failures", "since", "disabled"),
    [
        (20, NOW - timedelta(hours=24), True),
        (50, NOW - timedelta(hours=30), True),
        (19, NOW - timedelta(days=9), False),  # long, but not enough failures
        (500, NOW - timedelta(hours=23, minutes=59), False),  # many, but not for long enough
        (20, None, False),
        (0, None, False),
    ],
)
def test_a_webhook_is_disabled_after_sustained_failure_only(
    failures: int, since: datetime | None, disabled: bool
) -> None:
    assert (
        should_disable(failures, since, NOW, after_failures=20, after=timedelta(hours=24))
        is disabled
    )
