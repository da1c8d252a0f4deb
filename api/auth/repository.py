from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from api.auth.models import AccessToken, TokenKind
from api.configuration import cache as configuration
from api.db.base import fits_integer
from api.user.models import User


@dataclass(frozen=True)
class LiveToken:
    """What a request needs of its bearer token: no AccessToken entity is built for it."""

    id: int
    kind: TokenKind
    scopes: list[str]
    user: User


# Built once: the lookup runs on every request, and only the parameters change.
_LIVE_TOKEN = (
    select(
        AccessToken.id,
        AccessToken.kind,
        AccessToken.scopes,
        User,
        configuration.TOKEN_COLUMN,
    )
    .join(User, User.id == AccessToken.user_id)
    .where(
        AccessToken.token_hash == bindparam("digest"),
        AccessToken.revoked_at.is_(None),
        AccessToken.expires_at > bindparam("now"),
        User.active.is_(True),
        # A password change ends every token issued before it.
        or_(
            User.password_changed_at.is_(None),
            func.coalesce(AccessToken.password_confirmed_at, AccessToken.created_at)
            >= User.password_changed_at,
        ),
    )
)


def find_live_token(session: Session, digest: str, now: datetime) -> LiveToken | None:
    row = session.execute(_LIVE_TOKEN, {"digest": digest, "now": now}).first()
    if row:
        configuration.read_along(session, row[4])
    return LiveToken(id=row[0], kind=row[1], scopes=row[2], user=row[3]) if row else None


def personal_tokens(session: Session, user_id: int) -> list[AccessToken]:
    return list(
        session.scalars(
            select(AccessToken)
            .where(AccessToken.user_id == user_id, AccessToken.kind == TokenKind.personal)
            .order_by(AccessToken.id)
        )
    )


def personal_token(session: Session, user_id: int, token_id: int) -> AccessToken | None:
    if not fits_integer(token_id):
        return None
    return session.scalar(
        select(AccessToken).where(
            AccessToken.id == token_id,
            AccessToken.user_id == user_id,
            AccessToken.kind == TokenKind.personal,
        )
    )


def revoke_all(session: Session, user_id: int, now: datetime, *, keep: int | None = None) -> None:
    """Revoke every live session and personal token of a person, but `keep`."""
    statement = update(AccessToken).where(
        AccessToken.user_id == user_id,
        AccessToken.revoked_at.is_(None),
        AccessToken.expires_at > now,
    )
    if keep is not None:
        statement = statement.where(AccessToken.id != keep)
    session.execute(
        statement.values(revoked_at=now), execution_options={"synchronize_session": False}
    )


def confirm_token(session: Session, token_id: int, now: datetime) -> None:
    session.execute(
        update(AccessToken).where(AccessToken.id == token_id).values(password_confirmed_at=now),
        execution_options={"synchronize_session": False},
    )
