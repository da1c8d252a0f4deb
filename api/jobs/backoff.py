"""When a failed job is tried again: exponential backoff, the same on both databases."""

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    backoff: timedelta

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def delay_after(self, attempts: int) -> timedelta | None:
        """The wait before the next attempt, after `attempts` failed ones; None: give up."""
        if attempts >= self.max_attempts:
            return None
        delay: timedelta = self.backoff * 2 ** (attempts - 1)
        return delay
