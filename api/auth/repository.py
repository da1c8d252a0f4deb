from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from api.auth.models import AccessToken, TokenKind
from api.db.base import fits_integer
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
            # A password change ends every token issued before it.
            or_(
                User.password_changed_at.is_(None),
                func.coalesce(AccessToken.password_confirmed_at, AccessToken.created_at)
                >= User.password_changed_at,
            ),
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
