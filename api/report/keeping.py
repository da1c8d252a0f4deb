"""Keeps `report_ticket` true in each ticket's own transaction, and rebuilds it on demand.

Subscribed to the ticket event bus: every transaction that changes tickets rewrites their
report rows (one upsert for all of them). The bus dispatches before the SLA tracking settles,
so a ticket created in this transaction has no policy yet: its verdicts are first written by
its next change, which is also the first moment one of them can exist (a reply or a
resolution). `rebuild` recomputes every row (`sportello reports rebuild`), for databases that
had tickets before reports existed.
"""

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.db.upsert import insert
from api.events import subscribe
from api.report.models import ReportTicket
from api.sla import tracking
from api.sla.clock import WALL_CLOCK, Clock
from api.sla.policy import Metric
from api.sla.report import SlaReport, SlaStatus
from api.ticket.models import Ticket, TicketEvent

REOPENED = "reopened"
_CHUNK = 500


def _verdict(report: SlaReport | None, metric: Metric) -> str | None:
    """The last finished clock of the metric: met or missed (None: no target, or not yet)."""
    if report is None:
        return None
    for instance in reversed(report.of(metric)):
        if instance.target is None:
            continue
        if instance.status is SlaStatus.achieved:
            return "met"
        if instance.status is SlaStatus.breached:
            return "missed"
    return None


def _reopen_counts(session: Session, ids: Sequence[int]) -> dict[int, int]:
    statement = (
        select(TicketEvent.ticket_id, func.count())
        .where(TicketEvent.ticket_id.in_(ids), TicketEvent.kind == REOPENED)
        .group_by(TicketEvent.ticket_id)
    )
    return {tid: int(n) for tid, n in session.execute(statement).all()}


def _seconds(clock: Clock, start: datetime, end: datetime | None) -> tuple[int | None, int | None]:
    if end is None:
        return None, None
    calendar = max(int((end - start).total_seconds()), 0)
    return calendar, int(clock.business_time(start, end).total_seconds())


def rows_for(session: Session, tickets: Sequence[Ticket], now: datetime) -> list[dict[str, Any]]:
    """The report rows of these tickets, as of `now` (three queries however many)."""
    if not tickets:
        return []
    reopens = _reopen_counts(session, [t.id for t in tickets])
    tracked = [t for t in tickets if t.sla_policy_id is not None]
    computed = tracking.compute(session, tracked, now) if tracked else {}
    rows = []
    for t in tickets:
        done = computed.get(t.id)
        report = done.report if done is not None else None
        loaded = done.loaded(report.policy) if done is not None and report is not None else None
        clock = loaded.clock if loaded is not None else WALL_CLOCK
        first, first_business = _seconds(clock, t.created_at, t.first_response_at)
        resolution, resolution_business = _seconds(clock, t.created_at, t.resolved_at)
        rows.append(
            {
                "ticket_id": t.id,
                "created_at": t.created_at,
                "status": t.status.value,
                "priority": t.priority.value,
                "channel": t.channel.value,
                "team_id": t.team_id,
                "assignee_id": t.assignee_id,
                "organization_id": t.organization_id,
                "category_id": t.category_id,
                "first_response_at": t.first_response_at,
                "first_response_seconds": first,
                "first_response_business_seconds": first_business,
                "resolved_at": t.resolved_at,
                "resolution_seconds": resolution,
                "resolution_business_seconds": resolution_business,
                "reopen_count": reopens.get(t.id, 0),
                "first_response_sla": _verdict(report, Metric.first_reply),
                "resolution_sla": _verdict(report, Metric.resolution),
            }
        )
    return rows


def write(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    statement = insert(session, ReportTicket.__table__)
    columns = {k: statement.excluded[k] for k in rows[0] if k != "ticket_id"}
    session.execute(
        statement.on_conflict_do_update(index_elements=["ticket_id"], set_=columns), rows
    )


def keep(session: Session, tickets: Sequence[Ticket], now: datetime) -> None:
    write(session, rows_for(session, tickets, now))


@subscribe("reports")
def on_ticket_events(session: Session, events: Sequence[TicketEvent]) -> None:
    ids = sorted({e.ticket_id for e in events})
    now = max(e.created_at for e in events)
    for chunk in _chunks(ids):
        tickets = list(session.scalars(select(Ticket).where(Ticket.id.in_(chunk))))
        keep(session, tickets, now)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def rebuild(session: Session, now: datetime) -> int:
    """Recompute every ticket's report row; returns how many."""
    ids = list(session.scalars(select(Ticket.id).order_by(Ticket.id)))
    for chunk in _chunks(ids):
        tickets = list(session.scalars(select(Ticket).where(Ticket.id.in_(chunk))))
        keep(session, tickets, now)
        session.flush()
        session.expunge_all()
    return len(ids)
