"""Sign-in, tokens and self sign-up."""

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.auth import attempts, guessing, repository, throttle
from api.auth.models import AccessToken, TokenKind
from api.auth.scopes import Scope, ordered, read_scopes, scopes_of_role
from api.core.config import Settings
from api.core.errors import NotFound, Unauthorized, ValidationFailed
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


def _reserve_sign_in(
    db: Database, settings: Settings, email: str, address: str, now: datetime
) -> list[throttle.Verdict]:
    """Count the attempt as a failure in its own transaction, so parallel attempts see it."""
    with transaction(db) as session:
        verdicts = guessing.count_up_front(session, settings, email, address, now)
    too_many = guessing.refusal(verdicts)
    if too_many is not None:
        # Refused unchecked: not a failure, so a locked-out guesser adds to no other counter.
        with transaction(db) as session:
            for verdict in verdicts:
                throttle.give_back(session, verdict)
        raise too_many
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
            guessing.forgive(session, reserved)
            return issue_token(
                session,
                user,
                kind=TokenKind.session,
                scopes=scopes_of_role(user.role),
                lifetime=timedelta(hours=settings.token_ttl_hours),
                now=now,
            )
    with transaction(db) as session:
        guessing.purge(session, settings, now)
    raise Unauthorized("The email or password is wrong.")


def issue_token(
    session: Session,
    user: User,
    *,
    kind: TokenKind,
    scopes: frozenset[Scope],
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
        scopes=[s.value for s in ordered(scopes)],
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
    scopes: list[Scope] | None,
    grantable: frozenset[Scope],
    expires_in_days: int | None,
    now: datetime,
) -> tuple[AccessToken, str]:
    """`grantable`: what the token making the request holds, already narrowed to the role."""
    wanted = frozenset(scopes) if scopes is not None else read_scopes(grantable)
    if not wanted:
        raise ValidationFailed.on("scopes", "choose at least one scope")
    beyond = ordered(wanted - grantable)
    if beyond:
        names = ", ".join(s.value for s in beyond)
        raise ValidationFailed.on("scopes", f"beyond what your role and token allow: {names}")
    days = expires_in_days or settings.api_token_default_days
    if days > settings.api_token_max_days:
        raise ValidationFailed.on(
            "expires_in_days", f"must be at most {settings.api_token_max_days} days here"
        )
    return issue_token(
        session,
        user,
        kind=TokenKind.personal,
        scopes=wanted,
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
            session, counter.key, limit=counter.limit, window=guessing.window(settings), now=now
        )
        guessing.purge(session, settings, now)
    if not verdict.allowed:
        raise guessing.too_many(verdict, "sign-ups from your address")
    try:
        with transaction(db) as session:
            if users.by_email(session, str(data.email)) is not None:
                # Spend the time creating the account would take, so timing does not tell.
                hash_password(data.password or "", fast=settings.password_hash_fast)
                return
            user_service.create_user(session, settings, data, actor=None)
    except IntegrityError:
        pass  # the same email signed up at the same instant: it has an account either way
