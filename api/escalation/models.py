from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column
from api.escalation.rules import Trigger


class EscalationRule(CreatedAtMixin, Base):
    """What to do when an SLA clock warns or breaches; rules run in `position` order."""

    __tablename__ = "escalation_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(index=True)
    active: Mapped[bool] = mapped_column(default=True)
    trigger: Mapped[Trigger] = mapped_column(enum_column(Trigger))
    # Empty lists and null ids mean "any".
    metrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    priorities: Mapped[list[str]] = mapped_column(JSON, default=list)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"))
    actions: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
