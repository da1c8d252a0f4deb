from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column


class Audience(StrEnum):
    agents = "agents"  # the support team only
    everyone = "everyone"  # customers too


class Bulletin(CreatedAtMixin, Base):
    """A known problem or outage: shown while active, and the major incident its tickets share."""

    __tablename__ = "bulletin"
    __table_args__ = (Index("ix_bulletin_window", "starts_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="SET NULL"), index=True
    )
    service: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[Audience] = mapped_column(enum_column(Audience))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    updated_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    resolution: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class BulletinTicket(CreatedAtMixin, Base):
    """A ticket that is part of a bulletin's major incident (a ticket joins one at most)."""

    __tablename__ = "bulletin_ticket"

    bulletin_id: Mapped[int] = mapped_column(
        ForeignKey("bulletin.id", ondelete="CASCADE"), primary_key=True
    )
    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True, unique=True
    )
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))


class BulletinFollower(CreatedAtMixin, Base):
    """A customer who follows a known outage instead of filing a duplicate request: they keep
    reading the bulletin (its resolution too) after it ends."""

    __tablename__ = "bulletin_follower"

    bulletin_id: Mapped[int] = mapped_column(
        ForeignKey("bulletin.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True, index=True
    )
