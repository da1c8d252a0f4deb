from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin


class QuarantinedMail(CreatedAtMixin, Base):
    """Incoming mail that became no ticket and no comment, for admins to see.

    `status`: "held" (unreadable or over the limits, or from a staff address without proof:
    the raw message is kept on disk under `storage_key` until released or dropped),
    "ignored" (machine mail the loop guards dropped; headers only), "released" (taken in
    on an admin's word), "dropped" (an admin threw it away)."""

    __tablename__ = "mail_quarantine"
    __table_args__ = (Index("ix_mail_quarantine_status", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime]
    mailbox_id: Mapped[int | None]
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    message_id: Mapped[str | None] = mapped_column(String(998))
    size: Mapped[int]
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    storage_key: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
