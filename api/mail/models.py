from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin


class MailMessage(CreatedAtMixin, Base):
    """Every email the desk sent or took in, by Message-ID: what a reply's In-Reply-To and
    References are looked up in to find its ticket. `direction` is "in" or "out"."""

    __tablename__ = "mail_message"
    __table_args__ = (Index("ix_mail_message_ticket", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comment.id", ondelete="SET NULL"), index=True
    )
    sender: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(String(998), default="")
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sent_at: Mapped[datetime | None]


class MailOutbox(CreatedAtMixin, Base):
    """One email to send, written in the change's transaction (a rollback sends nothing) and
    delivered by the `mail.deliver` job. A message for a team (`recipient_id` None, `team_id`
    set) is expanded by its job into one row per agent. `status` is an OutboxStatus."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        Index("ix_mail_outbox_status_created", "status", "created_at"),
        Index("ix_mail_outbox_recipient_sent", "recipient_id", "sent_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="queued")
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None]
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="SET NULL"))
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE")
    )
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    automatic: Mapped[bool] = mapped_column(default=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message_id: Mapped[str | None] = mapped_column(String(998))
    detail: Mapped[str | None] = mapped_column(String(500))  # why skipped, capped or failed
    swept_at: Mapped[datetime | None]  # last re-queued by the sweep
    sent_at: Mapped[datetime | None]
