from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, enum_column
from api.live.rules import Activity


class TicketPresence(Base):
    """An agent on a ticket, as of their last heartbeat. A row per (ticket, agent) in the
    database, not in a process, so every API process sees the same people; rows whose
    heartbeat stopped are ignored when read and purged when written."""

    __tablename__ = "ticket_presence"
    __table_args__ = (Index("ix_ticket_presence_seen_at", "seen_at"),)

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    activity: Mapped[Activity] = mapped_column(enum_column(Activity))
    # Since when they have been doing what they do now, and their last heartbeat.
    since: Mapped[datetime]
    seen_at: Mapped[datetime]
