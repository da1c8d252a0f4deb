from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin
from api.ticket.models import PriorityType
from api.ticket.priority import Priority


class RoutingRule(CreatedAtMixin, Base):
    """Conditions on a new or reclassified ticket, and what to do when they hold.
    Rules are tried by `position`; the first that matches wins."""

    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(index=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    # matching.Conditions as plain lists: channels, types, priorities, category_ids, ...
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="RESTRICT"))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT")
    )
    priority: Mapped[Priority | None] = mapped_column(PriorityType())
    add_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]


class CategoryRouting(Base):
    """A category's default team (used when no rule names one) and the skills its tickets
    need from an agent of a team that assigns by skills."""

    __tablename__ = "category_routing"

    category_id: Mapped[int] = mapped_column(
        ForeignKey("category.id", ondelete="CASCADE"), primary_key=True
    )
    default_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    required_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
