"""One row per ticket with what the reports count, kept in the ticket's own transaction.

The figures a report shows need business time (a calendar walk) and the SLA's verdict (an
event replay): too dear to compute over a million tickets per request. They are computed once
per change of the ticket (api/report/keeping.py) and read back with plain indexed queries.
The filter columns repeat the ticket's so that a report reads one table.
"""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base


class ReportTicket(Base):
    __tablename__ = "report_ticket"
    __table_args__ = (
        Index("ix_report_ticket_created", "created_at", "ticket_id"),
        Index("ix_report_ticket_resolved", "resolved_at"),
        Index("ix_report_ticket_status", "status", "created_at"),
    )

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None]
    assignee_id: Mapped[int | None]
    organization_id: Mapped[int | None]
    category_id: Mapped[int | None]
    first_response_at: Mapped[datetime | None]
    # Seconds from creation: every second, and the open hours of the ticket's SLA calendar.
    first_response_seconds: Mapped[int | None]
    first_response_business_seconds: Mapped[int | None]
    resolved_at: Mapped[datetime | None]
    resolution_seconds: Mapped[int | None]
    resolution_business_seconds: Mapped[int | None]
    reopen_count: Mapped[int] = mapped_column(default=0)
    # The SLA's verdict on the first reply and the resolution: "met", "missed", None (no target).
    first_response_sla: Mapped[str | None] = mapped_column(String(10))
    resolution_sla: Mapped[str | None] = mapped_column(String(10))
