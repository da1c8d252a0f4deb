from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.assignment.strategies import Strategy
from api.db.base import Base, CreatedAtMixin, enum_column


class TeamMembership(Base):
    __tablename__ = "team_membership"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Team(CreatedAtMixin, Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(String(1000))
    # 1 is the first line (service desk); higher tiers are more specialised.
    tier: Mapped[int] = mapped_column(SmallInteger, default=1)
    # How a ticket routed to the team without an assignee finds one (manual: it waits).
    assignment_strategy: Mapped[Strategy] = mapped_column(
        enum_column(Strategy), default=Strategy.manual, server_default=Strategy.manual.value
    )
    # Told when an escalation rule asks for the team's supervisor.
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )

    memberships: Mapped[list[TeamMembership]] = relationship(
        lazy="selectin", cascade="all, delete-orphan"
    )

    @property
    def member_ids(self) -> list[int]:
        return sorted(m.user_id for m in self.memberships)
