from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column
from api.ticket.kinds import Channel
from api.user.roles import Role


class Comment(CreatedAtMixin, Base):
    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_ticket", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    author_role: Mapped[Role] = mapped_column(enum_column(Role))
    body: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(default=False)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
