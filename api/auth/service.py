"""Sign-in, tokens and self sign-up."""

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.auth import repository, throttle
from api.auth.models import AccessToken, TokenKind, TokenScope
from api.core.config import Settings
from api.core.errors import NotFound, TooManyRequests, Unauthorized
from api.core.security import (
    TOKEN_PREFIX_PERSONAL,
    TOKEN_PREFIX_SESSION,
    new_token,
    token_digest,
    verify_password,
)
from api.db.session import Database, transaction
from api.user import repository as users
from api.user.models import User


def account_key(email: str) -> str:
    return f"login:account:{email.strip().lower()}"


def address_key(address: str) -> str:
    return f"login:address:{address}"


def check_sign_in_throttle(
    db: Database, settings: Settings, email: str, address: str, now: datetime
) -> None:
    """Count the attempt in its own committed transaction, so parallel attempts see it."""
    window = timedelta(seconds=settings.login_window_seconds)
    limits = (
        (account_key(email), settings.login_max_attempts_per_account),
        (address_key(address), settings.login_max_attempts_per_address),
    )
    for key, limit in limits:
        with transaction(db) as session:
            verdict = throttle.hit(session, key, limit=limit, window=window, now=now)
        if not verdict.allowed:
            raise TooManyRequests(
                "Too many sign-in attempts; try again later.",
                headers={
                    "Retry-After": str(verdict.retry_after_seconds),
                    "RateLimit-Limit": str(verdict.limit),
                    "RateLimit-Remaining": "0",
                    "RateLimit-Reset": str(verdict.retry_after_seconds),
                },
            )


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


def sign_in(
    session: Session, settings: Settings, email: str, password: str, now: datetime
) -> tuple[AccessToken, str]:
    user = users.by_email(session, email)
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        raise Unauthorized("The email or password is wrong.")
    throttle.clear(session, account_key(email))
    return issue_token(
        session,
        user,
        kind=TokenKind.session,
        scope=TokenScope.read_write,
        lifetime=timedelta(hours=settings.token_ttl_hours),
        now=now,
    )


def revoke(session: Session, token_id: int, now: datetime) -> None:
    token = session.get(AccessToken, token_id)
    if token is not None and token.revoked_at is None:
        token.revoked_at = now
        session.flush()


def revoke_personal_token(session: Session, user: User, token_id: int, now: datetime) -> None:
    token = session.get(AccessToken, token_id)
    if token is None or token.user_id != user.id or token.kind is not TokenKind.personal:
        raise NotFound(f"No API token {token_id}.")
    revoke(session, token_id, now)


def personal_tokens(session: Session, user: User) -> list[AccessToken]:
    return repository.personal_tokens(session, user.id)
