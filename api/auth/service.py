"""Sign-in, tokens and self sign-up."""

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.auth import attempts, repository, throttle
from api.auth.models import AccessToken, TokenKind, TokenScope
from api.core.config import Settings
from api.core.errors import NotFound, TooManyRequests, Unauthorized, ValidationFailed
from api.core.security import (
    TOKEN_PREFIX_PERSONAL,
    TOKEN_PREFIX_SESSION,
    hash_password,
    new_token,
    token_digest,
    verify_password,
)
from api.db.session import Database, transaction
from api.user import repository as users
from api.user import service as user_service
from api.user.models import User
from api.user.schemas import UserCreate

THROTTLED_PREFIXES = (
    attempts.SIGN_IN,
    attempts.SIGN_UP,
    "login:",  # the counters of releases that counted every attempt
)


def _window(settings: Settings) -> timedelta:
    return timedelta(seconds=settings.login_window_seconds)


def _too_many(verdict: throttle.Verdict, what: str) -> TooManyRequests:
    return TooManyRequests(
        f"Too many {what}; try again later.",
        headers={
            "Retry-After": str(verdict.retry_after_seconds),
            "RateLimit-Limit": str(verdict.limit),
            "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(verdict.retry_after_seconds),
        },
    )


def _purge(db: Database, settings: Settings, now: datetime) -> None:
    with transaction(db) as session:
        throttle.purge_expired(session, THROTTLED_PREFIXES, window=_window(settings), now=now)


def _reserve_sign_in(
    db: Database, settings: Settings, email: str, address: str, now: datetime
) -> list[throttle.Verdict]:
    """Count the attempt as a failure up front (committed, so parallel attempts see it).

    A success gives it back; counting first is what keeps parallel guesses within the limit.
    """
    counters = attempts.sign_in_counters(
        email,
        address,
        per_account=settings.login_max_failures_per_account,
        per_address=settings.login_max_failures_per_address,
        per_account_everywhere=settings.login_max_failures_per_account_everywhere,
    )
    with transaction(db) as session:
        verdicts = [
            throttle.hit(session, c.key, limit=c.limit, window=_window(settings), now=now)
            for c in counters
        ]
    refused = [v for v in verdicts if not v.allowed]
    if refused:
        # Refused unchecked: not a failure, so a locked-out guesser adds to no other counter.
        with transaction(db) as session:
            for verdict in verdicts:
                throttle.give_back(session, verdict)
        raise _too_many(max(refused, key=lambda v: v.retry_after_seconds), "sign-in attempts")
    return verdicts


def sign_in(
    db: Database, settings: Settings, email: str, password: str, address: str, now: datetime
) -> tuple[AccessToken, str]:
    """Check the password; only failures stay counted against the account and the address."""
    reserved = _reserve_sign_in(db, settings, email, address, now)
    with transaction(db) as session:
        user = users.by_email(session, email)
        valid = verify_password(user.password_hash if user else None, password)
        if user is not None and valid and user.active:
            # The counter of this account from this address is first (attempts.sign_in_counters).
            account_here, *others = reserved
            throttle.clear(session, account_here.key)
            for verdict in others:
                throttle.give_back(session, verdict)
            return issue_token(
                session,
                user,
                kind=TokenKind.session,
                scope=TokenScope.read_write,
                lifetime=timedelta(hours=settings.token_ttl_hours),
                now=now,
            )
    _purge(db, settings, now)
    raise Unauthorized("The email or password is wrong.")


def issue_token(
    session: Session,
    user: User,
    *,
    kind: TokenKind,
    scope: TokenScope,
    lifetime: timedelta,
    now: datetime,
    name: str | None = None,
) -> tuple[AccessToken, str]:
    prefix = TOKEN_PREFIX_SESSION if kind is TokenKind.session else TOKEN_PREFIX_PERSONAL
    secret = new_token(prefix)
    token = AccessToken(
        user_id=user.id,
        token_hash=token_digest(secret),
        kind=kind,
        scope=scope,
        name=name,
        created_at=now,
        expires_at=now + lifetime,
    )
    session.add(token)
    session.flush()
    return token, secret


def create_personal_token(
    session: Session,
    settings: Settings,
    user: User,
    *,
    name: str,
    scope: TokenScope,
    expires_in_days: int | None,
    now: datetime,
) -> tuple[AccessToken, str]:
    days = expires_in_days or settings.api_token_default_days
    if days > settings.api_token_max_days:
        raise ValidationFailed.on(
            "expires_in_days", f"must be at most {settings.api_token_max_days} days here"
        )
    return issue_token(
        session,
        user,
        kind=TokenKind.personal,
        scope=scope,
        lifetime=timedelta(days=days),
        now=now,
        name=name,
    )


def revoke(session: Session, token_id: int, now: datetime) -> None:
    token = session.get(AccessToken, token_id)
    if token is not None and token.revoked_at is None:
        token.revoked_at = now
        session.flush()


def revoke_personal_token(session: Session, user_id: int, token_id: int, now: datetime) -> None:
    token = repository.personal_token(session, user_id, token_id)
    if token is None:
        raise NotFound(f"No API token {token_id}.")
    if token.revoked_at is None:
        token.revoked_at = now
        session.flush()


def personal_tokens(session: Session, user_id: int) -> list[AccessToken]:
    return repository.personal_tokens(session, user_id)


def sign_up(
    db: Database, settings: Settings, data: UserCreate, address: str, now: datetime
) -> None:
    """Create a customer account, unless the email has one: the caller cannot tell which."""
    counter = attempts.sign_up_counter(address, per_address=settings.signup_max_per_address)
    with transaction(db) as session:
        verdict = throttle.hit(
            session, counter.key, limit=counter.limit, window=_window(settings), now=now
        )
        throttle.purge_expired(session, THROTTLED_PREFIXES, window=_window(settings), now=now)
    if not verdict.allowed:
        raise _too_many(verdict, "sign-ups from your address")
    try:
        with transaction(db) as session:
            if users.by_email(session, str(data.email)) is not None:
                # Spend the time creating the account would take, so timing does not tell.
                hash_password(data.password or "", fast=settings.password_hash_fast)
                return
            user_service.create_user(session, settings, data, actor=None)
    except IntegrityError:
        pass  # the same email signed up at the same instant: it has an account either way
