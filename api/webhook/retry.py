"""When a failed delivery is tried again: jittered exponential backoff. Pure."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

JITTER = 0.25  # each wait is its nominal value +/- 25%: strictly longer than the one before


@dataclass(frozen=True)
class RetrySchedule:
    max_attempts: int
    base: timedelta
    cap: timedelta

    def nominal_delay(self, failed_attempts: int) -> timedelta:
        """The wait after `failed_attempts` failures in a row, before jitter (base, 2x, 4x...)."""
        exponent = max(failed_attempts - 1, 0)
        if exponent > 40:  # beyond any cap; keeps the multiplication small
            return self.cap
        nominal: timedelta = self.base * 2**exponent
        return min(nominal, self.cap)

    def delay_after(
        self, failed_attempts: int, rng: random.Random | None = None
    ) -> timedelta | None:
        """The wait before the next attempt, or None when the attempts are spent."""
        if failed_attempts >= self.max_attempts:
            return None
        nominal = self.nominal_delay(failed_attempts)
        factor = 1 + JITTER * (2 * (rng or random).random() - 1)
        return nominal * factor


def should_disable(
    consecutive_failures: int,
    failing_since: datetime | None,
    now: datetime,
    *,
    after_failures: int,
    after: timedelta,
) -> bool:
    """Sustained failure: `after_failures` failed attempts in a row, the first `after` ago."""
    if failing_since is None or consecutive_failures < after_failures:
        return False
    return now - failing_since >= after
