from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin


class TicketWatcher(CreatedAtMixin, Base):
    """Someone following a ticket; a customer watching may read it (see readable_tickets)."""

    __tablename__ = "ticket_watcher"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
