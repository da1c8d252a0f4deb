from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin, enum_column
from api.satisfaction.rules import SurveyChannel


class SatisfactionSurvey(CreatedAtMixin, Base):
    """One per ticket: offered when the ticket is first resolved, answered (or not) by its
    requester. Reports read the response rate as answered rows over offered rows, and the
    score from `rating`. `created_at` is when the row was written (the offer, or the answer to
    a ticket resolved before surveys existed, whose `offered_at` is then its resolution)."""

    __tablename__ = "satisfaction_survey"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
        Index("ix_satisfaction_survey_offered", "offered_at", "id"),
        Index("ix_satisfaction_survey_answered", "answered_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), unique=True)
    offered_at: Mapped[datetime]
    # Null until the requester answers.
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    comment: Mapped[str | None] = mapped_column(Text)
    rated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    channel: Mapped[SurveyChannel | None] = mapped_column(enum_column(SurveyChannel, length=10))
    # The first answer; `updated_at` moves with every change of it.
    answered_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
