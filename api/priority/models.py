from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, enum_column
from api.ticket.models import PriorityType
from api.ticket.priority import Level, Priority


class PriorityRule(Base):
    """One cell of the impact x urgency matrix; missing cells use the default."""

    __tablename__ = "priority_rule"

    impact: Mapped[Level] = mapped_column(enum_column(Level), primary_key=True)
    urgency: Mapped[Level] = mapped_column(enum_column(Level), primary_key=True)
    priority: Mapped[Priority] = mapped_column(PriorityType())
