from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column


class TokenKind(StrEnum):
    session = "session"
    personal = "personal"


class AccessToken(CreatedAtMixin, Base):
    """A bearer token; only the SHA-256 of the secret is kept."""

    __tablename__ = "access_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[TokenKind] = mapped_column(enum_column(TokenKind))
    # Scope values (auth/scopes.py), in catalog order; a session's are its role's at sign-in.
    scopes: Mapped[list[str]] = mapped_column(JSON)
    name: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # Set when the holder changes the password with this token: it then counts as issued
    # after the change, which ends every token issued before it (User.password_changed_at).
    password_confirmed_at: Mapped[datetime | None]


class ThrottleBucket(Base):
    """A fixed-window counter of sign-in failures or sign-ups, shared by every worker."""

    __tablename__ = "throttle_bucket"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    window_started_at: Mapped[datetime] = mapped_column(index=True)
    attempts: Mapped[int]
