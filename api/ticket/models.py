from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Dialect, ForeignKey, Index, SmallInteger, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, query_expression, relationship
from sqlalchemy.types import TypeDecorator

from api.db.base import Base, CreatedAtMixin, enum_column
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import OPEN_STATUSES, ClosureCode, Status
from api.ticket.priority import Level, Priority

if TYPE_CHECKING:
    from api.user.models import User


class PriorityType(TypeDecorator[Priority]):
    """Priority kept as its rank so that ORDER BY priority puts critical first."""

    impl = SmallInteger
    cache_ok = True

    @property
    def python_type(self) -> type[Priority]:
        return Priority

    def process_bind_param(self, value: Priority | None, dialect: Dialect) -> int | None:
        return None if value is None else Priority(value).rank

    def process_result_value(self, value: Any, dialect: Dialect) -> Priority | None:
        return None if value is None else Priority.from_rank(int(value))


class TicketCounter(Base):
    """SQLite's ticket numbers: one row, locked by the writer, gapless and never duplicated.
    PostgreSQL takes them from the sequence `ticket_number_seq` instead (see the repository)."""

    __tablename__ = "ticket_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=1000)


UNFINISHED = text("status IN ({})".format(", ".join(f"'{s.value}'" for s in sorted(OPEN_STATUSES))))


class Ticket(CreatedAtMixin, Base):
    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_queue", "priority", "created_at", "id"),
        Index("ix_ticket_status_queue", "status", "priority", "created_at", "id"),
        Index("ix_ticket_assignee_queue", "assignee_id", "status", "priority", "created_at", "id"),
        Index("ix_ticket_team_queue", "team_id", "status", "priority", "created_at", "id"),
        # A team's unfinished tickets in queue order: a queue of several statuses (open and in
        # progress) reads one page of it, where the index above sorts every such ticket.
        Index(
            "ix_ticket_team_unfinished",
            "team_id",
            "priority",
            "created_at",
            "id",
            postgresql_where=UNFINISHED,
            sqlite_where=UNFINISHED,
        ),
        Index("ix_ticket_requester", "requester_id", "created_at", "id"),
        Index("ix_ticket_organization", "organization_id", "created_at", "id"),
        Index("ix_ticket_updated", "updated_at", "id"),
        Index("ix_ticket_created", "created_at", "id"),
        Index("ix_ticket_resolved", "status", "resolved_at", "id"),
        Index("ix_ticket_sla_due", "sla_due_at", "id"),
        # a team's queue by deadline (sort=sla_due_at with team_id=)
        Index("ix_ticket_team_sla_due", "team_id", "sla_due_at", "id"),
        Index("ix_ticket_sla_check", "sla_check_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.new)
    priority: Mapped[Priority] = mapped_column(PriorityType())
    impact: Mapped[Level] = mapped_column(enum_column(Level), default=Level.medium)
    urgency: Mapped[Level] = mapped_column(enum_column(Level), default=Level.medium)
    priority_overridden: Mapped[bool] = mapped_column(default=False)
    priority_reason: Mapped[str | None] = mapped_column(Text)
    type: Mapped[TicketType] = mapped_column(enum_column(TicketType), index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requester_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="SET NULL"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    resolution: Mapped[str | None] = mapped_column(Text)
    # How it ended (None while open): only `resolved` counts as a resolution anywhere.
    closure_code: Mapped[ClosureCode | None] = mapped_column(enum_column(ClosureCode), index=True)
    closure_reason: Mapped[str | None] = mapped_column(Text)
    # A duplicate's surviving ticket, set once by the merge (a second merge is refused).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    # The SLA as of the ticket's last change (api/sla/tracking.py keeps them, in the change's
    # transaction, without bumping `version`): the policy version it follows, the earliest
    # projected breach of a running clock (past once overdue; it orders queues), whether a
    # clock is paused with none running, whether any clock breached, and the next instant the
    # periodic scan must look at it (a warning or a breach not yet written).
    sla_policy_id: Mapped[int | None]
    sla_policy_version: Mapped[int | None]
    sla_due_at: Mapped[datetime | None]
    sla_paused: Mapped[bool] = mapped_column(default=False)
    sla_breached: Mapped[bool] = mapped_column(default=False)
    sla_check_at: Mapped[datetime | None]

    __mapper_args__ = {"version_id_col": version}

    requester: Mapped["User"] = relationship(foreign_keys=[requester_id], lazy="raise")
    tag_rows: Mapped[list["TicketTag"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="TicketTag.tag"
    )

    @property
    def tags(self) -> list[str]:
        return [t.tag for t in self.tag_rows]


class TicketTag(Base):
    __tablename__ = "ticket_tag"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(50), primary_key=True, index=True)


class TicketEvent(CreatedAtMixin, Base):
    """Append-only history: one row per change, written in the change's transaction.

    The SLA engine replays these in id (commit) order, so every status, priority, assignment
    and comment change lands here with the actor's role and whether customers may see it.
    """

    __tablename__ = "ticket_event"
    __table_args__ = (Index("ix_ticket_event_ticket", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    field: Mapped[str | None] = mapped_column(String(60))
    from_value: Mapped[str | None] = mapped_column(Text)
    to_value: Mapped[str | None] = mapped_column(Text)
    public: Mapped[bool]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    actor_role: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The knowledge article (a guide too) or the bulletin the event names, if any: whether the
    # requester sees the event depends on what customers may read of it at reading time. No
    # foreign key: a deleted article must hide the event, not turn into "names nothing".
    article_id: Mapped[int | None]
    bulletin_id: Mapped[int | None]
    # Filled by the history query (`repository.events_page`): `public`, and what it names.
    requester_sees: Mapped[bool] = query_expression()
