from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column
from api.link.rules import LinkKind


class TicketLink(CreatedAtMixin, Base):
    """One link between two tickets, read from `ticket_id` towards `other_id` (see rules)."""

    __tablename__ = "ticket_link"
    __table_args__ = (
        UniqueConstraint("ticket_id", "other_id", "kind"),
        Index("ix_ticket_link_other", "other_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    kind: Mapped[LinkKind] = mapped_column(enum_column(LinkKind))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
