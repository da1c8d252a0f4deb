from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import AccessToken, TokenKind
from api.user.models import User


def find_live_token(
    session: Session, digest: str, now: datetime
) -> tuple[AccessToken, User] | None:
    row = session.execute(
        select(AccessToken, User)
        .join(User, User.id == AccessToken.user_id)
        .where(
            AccessToken.token_hash == digest,
            AccessToken.revoked_at.is_(None),
            AccessToken.expires_at > now,
            User.active.is_(True),
        )
    ).first()
    return (row[0], row[1]) if row else None


def personal_tokens(session: Session, user_id: int) -> list[AccessToken]:
    return list(
        session.scalars(
            select(AccessToken)
            .where(AccessToken.user_id == user_id, AccessToken.kind == TokenKind.personal)
            .order_by(AccessToken.id)
        )
    )
