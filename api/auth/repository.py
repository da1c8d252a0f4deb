from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from api.auth.models import AccessToken, TokenKind, TokenScope
from api.user.models import User


@dataclass(frozen=True)
class LiveToken:
    """What a request needs of its bearer token: no AccessToken entity is built for it."""

    id: int
    kind: TokenKind
    scope: TokenScope
    user: User


# Built once: the lookup runs on every request, and only the parameters change.
_LIVE_TOKEN = (
    select(AccessToken.id, AccessToken.kind, AccessToken.scope, User)
    .join(User, User.id == AccessToken.user_id)
    .where(
        AccessToken.token_hash == bindparam("digest"),
        AccessToken.revoked_at.is_(None),
        AccessToken.expires_at > bindparam("now"),
        User.active.is_(True),
    )
)


def find_live_token(session: Session, digest: str, now: datetime) -> LiveToken | None:
    row = session.execute(_LIVE_TOKEN, {"digest": digest, "now": now}).first()
    return LiveToken(id=row[0], kind=row[1], scope=row[2], user=row[3]) if row else None


def personal_tokens(session: Session, user_id: int) -> list[AccessToken]:
    return list(
        session.scalars(
            select(AccessToken)
            .where(AccessToken.user_id == user_id, AccessToken.kind == TokenKind.personal)
            .order_by(AccessToken.id)
        )
    )
