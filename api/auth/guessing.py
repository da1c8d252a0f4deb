"""Password checks counted against guessing: signing in and changing one's own password.

A check is counted as a failure before the password is verified, so parallel guesses cannot
slip past the limit, and given back when the password is right (attempts.py: the counters).
"""

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.auth import attempts, throttle
from api.core.config import Settings
from api.core.errors import TooManyRequests, ValidationFailed
from api.core.security import verify_password
from api.user.models import User

THROTTLED_PREFIXES = (
    attempts.SIGN_IN,
    attempts.SIGN_UP,
    "login:",  # the counters of releases that counted every attempt
)


class WrongCurrentPassword(ValidationFailed):
    keeps_writes = True  # the failure counted in the request's transaction stays counted


def window(settings: Settings) -> timedelta:
    return timedelta(seconds=settings.login_window_seconds)


def too_many(verdict: throttle.Verdict, what: str) -> TooManyRequests:
    return TooManyRequests(
        f"Too many {what}; try again later.",
        headers={
            "Retry-After": str(verdict.retry_after_seconds),
            "RateLimit-Limit": str(verdict.limit),
            "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(verdict.retry_after_seconds),
        },
    )


def count_up_front(
    session: Session, settings: Settings, email: str, address: str, now: datetime
) -> list[throttle.Verdict]:
    """Count a failure on each counter; the one of the account from this address comes first."""
    counters = attempts.sign_in_counters(
        email,
        address,
        per_account=settings.login_max_failures_per_account,
        per_address=settings.login_max_failures_per_address,
        per_account_everywhere=settings.login_max_failures_per_account_everywhere,
    )
    return [
        throttle.hit(session, c.key, limit=c.limit, window=window(settings), now=now)
        for c in counters
    ]


def refusal(verdicts: list[throttle.Verdict]) -> TooManyRequests | None:
    refused = [v for v in verdicts if not v.allowed]
    if not refused:
        return None
    return too_many(max(refused, key=lambda v: v.retry_after_seconds), "password attempts")


def forgive(session: Session, verdicts: list[throttle.Verdict]) -> None:
    """The password was right: clear the account's counter here, give the others back."""
    account_here, *others = verdicts
    throttle.clear(session, account_here.key)
    for verdict in others:
        throttle.give_back(session, verdict)


def purge(session: Session, settings: Settings, now: datetime) -> None:
    throttle.purge_expired(session, THROTTLED_PREFIXES, window=window(settings), now=now)


def check_current_password(
    session: Session, settings: Settings, user: User, password: str, address: str, now: datetime
) -> None:
    """In the request's transaction: a refusal rolls the count back, a wrong password keeps it."""
    verdicts = count_up_front(session, settings, user.email, address, now)
    too_many_attempts = refusal(verdicts)
    if too_many_attempts is not None:
        raise too_many_attempts
    if not verify_password(user.password_hash, password):
        purge(session, settings, now)
        raise WrongCurrentPassword.on("current_password", "is not your current password")
    forgive(session, verdicts)
