"""Keeps `report_ticket` true in each ticket's own transaction, and rebuilds it on demand.

Subscribed to the ticket event bus, which only notes the tickets a transaction changed: their
report rows are rewritten (one upsert for all of them) just before it commits, after the SLA
tracking settled, so the verdicts reuse the clocks it has just computed. `rebuild` recomputes
every row (`sportello reports rebuild`), for databases that had tickets before reports existed.
"""

import functools
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, select
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
_CHANGED = "report_changed"  # session.info: ticket id -> its latest event's instant
# session.info: the changed tickets whose reopenings must be counted again (reopened in this
# transaction); a ticket created in it has none, any other keeps its stored count.
_RECOUNT = "report_recount"
# session.info: the changed tickets whose durations and SLA verdicts must be worked out again
# (an event the SLA replay reads); any other keeps its stored ones.
_REJUDGE = "report_rejudge"


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


def _timing(ticket: Ticket, done: tracking.Computed | None) -> dict[str, Any]:
    """How long the first response and the resolution took, on the calendar of the ticket's
    service level, and the SLA's verdicts on them. Only an event the SLA replay reads (a reply,
    a status change) can change any of these: for any other, the stored ones stand."""
    report = done.report if done is not None else None
    loaded = done.loaded(report.policy) if done is not None and report is not None else None
    clock = loaded.clock if loaded is not None else WALL_CLOCK
    first, first_business = _seconds(clock, ticket.created_at, ticket.first_response_at)
    resolution, resolution_business = _seconds(clock, ticket.created_at, ticket.resolved_at)
    return {
        "first_response_seconds": first,
        "first_response_business_seconds": first_business,
        "resolution_seconds": resolution,
        "resolution_business_seconds": resolution_business,
        "first_response_sla": _verdict(report, Metric.first_reply),
        "resolution_sla": _verdict(report, Metric.resolution),
    }


def rows_for(
    session: Session,
    tickets: Sequence[Ticket],
    now: datetime,
    settled: dict[int, tracking.Computed] | None = None,
    counted: Collection[int] | None = None,
    judged: Collection[int] | None = None,
) -> list[dict[str, Any]]:
    """The report rows of these tickets, as of `now` (three queries however many; one when
    the SLA tracking has `settled` them all in this transaction, none when no reopening is to
    be `counted`: then the rows of the others leave `reopen_count` out, and the write keeps
    the stored count, 0 for a new row). Likewise only the tickets `judged` (None: all) get
    their durations and SLA verdicts worked out (`_timing`); the others keep theirs."""
    if not tickets:
        return []
    ids = [t.id for t in tickets]
    recount = ids if counted is None else [i for i in ids if i in counted]
    reopens = _reopen_counts(session, recount) if recount else {}
    known = settled or {}
    rejudge = set(ids) if judged is None else set(judged) | known.keys()
    unsettled = [
        t for t in tickets if t.sla_policy_id is not None and t.id not in known and t.id in rejudge
    ]
    computed = dict(known)
    if unsettled:
        computed.update(tracking.compute(session, unsettled, now))
    rows = []
    for t in tickets:
        row: dict[str, Any] = {
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
            "resolved_at": t.resolved_at,
        }
        if t.id in rejudge:
            row |= _timing(t, computed.get(t.id))
        if t.id in recount:
            row["reopen_count"] = reopens.get(t.id, 0)
        rows.append(row)
    return rows


@functools.cache
def _upsert(dialect: str, columns: tuple[str, ...]) -> Any:
    """The upsert of rows with these columns (built once: it is the same for every write)."""
    statement = insert(dialect, ReportTicket.__table__)
    changed = {k: statement.excluded[k] for k in columns if k != "ticket_id"}
    return statement.on_conflict_do_update(index_elements=["ticket_id"], set_=changed)


def write(session: Session, rows: list[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect.name
    alike: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        alike.setdefault(tuple(row), []).append(row)
    for columns, group in alike.items():
        session.execute(_upsert(dialect, columns), group)


def keep(
    session: Session,
    tickets: Sequence[Ticket],
    now: datetime,
    settled: dict[int, tracking.Computed] | None = None,
    counted: Collection[int] | None = None,
    judged: Collection[int] | None = None,
) -> None:
    write(session, rows_for(session, tickets, now, settled, counted, judged))


@subscribe("reports", notifies=False)
def on_ticket_events(session: Session, events: Sequence[TicketEvent]) -> None:
    changed: dict[int, datetime] = session.info.setdefault(_CHANGED, {})
    recount: set[int] = session.info.setdefault(_RECOUNT, set())
    rejudge: set[int] = session.info.setdefault(_REJUDGE, set())
    for e in events:
        changed[e.ticket_id] = max(changed.get(e.ticket_id, e.created_at), e.created_at)
        if e.kind == REOPENED:
            recount.add(e.ticket_id)
        if tracking.moves_clocks(e.kind, e.field, public=e.public):
            rejudge.add(e.ticket_id)


def _tickets(session: Session, ids: Sequence[int]) -> list[Ticket]:
    """From the identity map (the event bus holds the tickets it told of), else one query."""
    held: dict[int, Ticket] = {}
    for ticket_id in ids:
        found = session.identity_map.get(session.identity_key(Ticket, ticket_id))
        if isinstance(found, Ticket):
            held[ticket_id] = found
    absent = [i for i in ids if i not in held]
    if absent:
        held.update((t.id, t) for t in session.scalars(select(Ticket).where(Ticket.id.in_(absent))))
    return [held[i] for i in ids if i in held]


@event.listens_for(Session, "before_commit")
def _keep_before_commit(session: Session) -> None:
    # Registered after the SLA tracking's own hook (this module imports it), so it runs after.
    changed: dict[int, datetime] | None = session.info.pop(_CHANGED, None)
    recount: set[int] = session.info.pop(_RECOUNT, set())
    rejudge: set[int] = session.info.pop(_REJUDGE, set())
    if not changed:
        return
    now = max(changed.values())
    settled = tracking.settled(session)
    for chunk in _chunks(sorted(changed)):
        keep(session, _tickets(session, chunk), now, settled, recount, rejudge)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_CHANGED, None)
        session.info.pop(_RECOUNT, None)
        session.info.pop(_REJUDGE, None)


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
