from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column


class Direction(StrEnum):
    escalation = "escalation"
    de_escalation = "de_escalation"
    transfer = "transfer"


class Escalation(CreatedAtMixin, Base):
    __tablename__ = "escalation"
    __table_args__ = (Index("ix_escalation_ticket", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    from_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    to_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))


class AssignmentCursor(Base):
    """One row per team with an automatic strategy: whoever picks an agent locks it first, so
    two workers never hand out the same turn, and `last_agent_id` is where the turn stands."""

    __tablename__ = "assignment_cursor"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )
    last_agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    turns: Mapped[int] = mapped_column(default=0)


class AgentProfile(Base):
    """What automatic assignment knows of an agent: away or available, and their skills.
    No row: available, no skills."""

    __tablename__ = "agent_profile"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    available: Mapped[bool] = mapped_column(default=True)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
