"""SLA calendars and policies (versioned, immutable), and the alerts the scan has written."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, ForeignKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base, CreatedAtMixin


class SlaCalendar(CreatedAtMixin, Base):
    """A business calendar; its rules live in immutable versions, the latest is current."""

    __tablename__ = "sla_calendar"

    id: Mapped[int] = mapped_column(primary_key=True)
    current_version: Mapped[int] = mapped_column(default=1)
    active: Mapped[bool] = mapped_column(default=True)


class SlaCalendarVersion(CreatedAtMixin, Base):
    __tablename__ = "sla_calendar_version"

    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("sla_calendar.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    zone: Mapped[str] = mapped_column(String(64))
    # Seven lists (Monday first) of "HH:MM-HH:MM" strings.
    week: Mapped[list[list[str]]] = mapped_column(JSON)
    # Local dates, "YYYY-MM-DD".
    holidays: Mapped[list[str]] = mapped_column(JSON, default=list)
    # "YYYY-MM-DD" -> the hours of that date (an empty list closes it).
    overrides: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class SlaPolicy(CreatedAtMixin, Base):
    """A policy; `position` orders the active ones, and the first that matches a ticket wins."""

    __tablename__ = "sla_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    current_version: Mapped[int] = mapped_column(default=1)
    active: Mapped[bool] = mapped_column(default=True)


class SlaPolicyVersion(CreatedAtMixin, Base):
    __tablename__ = "sla_policy_version"
    __table_args__ = (
        ForeignKeyConstraint(
            ["calendar_id", "calendar_version"],
            ["sla_calendar_version.calendar_id", "sla_calendar_version.version"],
            ondelete="RESTRICT",
        ),
    )

    policy_id: Mapped[int] = mapped_column(
        ForeignKey("sla_policy.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # None: wall-clock time. A version pins the calendar version it was saved with.
    calendar_id: Mapped[int | None]
    calendar_version: Mapped[int | None]
    # priority -> metric -> seconds
    targets: Mapped[dict[str, dict[str, int]]] = mapped_column(JSON)
    # metric -> statuses that pause it (a metric left out keeps the default)
    pausing: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    # field -> allowed values; a field left out (or empty) matches anything
    conditions: Mapped[dict[str, list[Any]]] = mapped_column(JSON, default=dict)
    warning_percent: Mapped[int] = mapped_column(default=80)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class SlaAlert(Base):
    """One warning or breach per metric instance: the key two scanners race for."""

    __tablename__ = "sla_alert"
    __table_args__ = (UniqueConstraint("ticket_id", "metric", "instance", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(20))
    instance: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]
