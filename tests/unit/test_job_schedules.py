"""Retry backoff and periodic schedules, the rules both job engines share."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.jobs.backoff import RetryPolicy
from api.jobs.embedded import last_tick
from api.jobs.registry import TASKS, cron_for, periodic, task


def test_backoff_doubles_then_gives_up() -> None:
    policy = RetryPolicy(max_attempts=4, backoff=timedelta(seconds=10))
    delays = [policy.delay_after(n) for n in range(1, 5)]
    assert delays == [timedelta(seconds=10), timedelta(seconds=20), timedelta(seconds=40), None]


def test_one_attempt_means_no_retry() -> None:
    assert RetryPolicy(max_attempts=1, backoff=timedelta(seconds=1)).delay_after(1) is None
    with pytest.raises(ValueError, match="at least 1"):
        RetryPolicy(max_attempts=0, backoff=timedelta(seconds=1))


@pytest.mark.parametrize(
    ("every", "cron"),
    [
        (timedelta(seconds=1), "* * * * * */1"),
        (timedelta(seconds=15), "* * * * * */15"),
        (timedelta(minutes=1), "*/1 * * * *"),
        (timedelta(minutes=5), "*/5 * * * *"),
        (timedelta(hours=6), "0 */6 * * *"),
        (timedelta(days=1), "0 0 * * *"),
    ],
)
def test_periods_become_crontab_lines(every: timedelta, cron: str) -> None:
    assert cron_for(every) == cron


@pytest.mark.parametrize(
    "every", [timedelta(seconds=7), timedelta(minutes=7), timedelta(hours=5), timedelta(0)]
)
def test_periods_that_do_not_divide_their_unit_are_refused(every: timedelta) -> None:
    with pytest.raises(ValueError, match="every="):
        cron_for(every)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from([5, 10, 15, 30]),
)
def test_the_last_tick_is_the_period_start_before_now(naive: datetime, seconds: int) -> None:
    now = naive.replace(tzinfo=UTC)
    tick = last_tick(cron_for(timedelta(seconds=seconds)), now)
    assert tick <= now
    assert now - tick <= timedelta(seconds=seconds)
    assert tick.second % seconds == 0
    assert tick.microsecond == 0


def _work(session: object, now: datetime) -> None:
    """A task body for registration checks."""


def test_task_names_are_checked_when_registered() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        task(name="Send Mail")(_work)
    with pytest.raises(ValueError, match="exactly one"):
        periodic(name="unit.both", cron="* * * * *", every=timedelta(minutes=1))(_work)
    task(name="unit.once")(_work)
    task(name="unit.once")(_work)  # the same function again (a module imported twice): fine

    def other(session: object, now: datetime) -> None:
        """Another function under a taken name."""

    with pytest.raises(ValueError, match="Two tasks"):
        task(name="unit.once")(other)
    TASKS.pop("unit.once")
