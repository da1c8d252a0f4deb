"""Keeps each ticket's SLA columns true, in the ticket's own transaction.

`history.record` (every change to a ticket passes there) calls `mark`; just before the
transaction commits, `settle` applies the first matching policy to tickets created or
reclassified, replays the events of every marked ticket that has a policy through
`compute_sla` (one query for all their events, one for the policy and calendar versions they
name) and writes `sla_*` on the ticket without bumping its version: the SLA moving is not an
edit someone else's If-Match should trip over.
"""

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, event, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from api.configuration.cache import cached
from api.sla import repository
from api.sla.alerts import AlertKey, DueAlert, due_alerts, next_check_at
from api.sla.clock import WALL_CLOCK, Calendar, Clock
from api.sla.engine import compute_sla
from api.sla.events import (
    CommentAdded,
    PolicyApplied,
    PriorityChanged,
    SlaEvent,
    StatusChanged,
    TicketCreated,
)
from api.sla.policy import Policy, PolicyRef
from api.sla.report import SlaReport, SlaStatus
from api.sla.rules import Classification, calendar_of, first_match, policy_of
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket, TicketEvent
from api.ticket.priority import Priority
from api.user.roles import Role

POLICY_APPLIED = "sla_policy_applied"
CLASSIFYING_FIELDS = frozenset({"type", "category_id", "organization_id", "channel"})
_DIRTY = "sla_dirty"
_CACHE = "sla_cache"
_SETTLED = "sla_settled"
_BORN = "sla_born"


@dataclass
class _Born:
    """What `start` set of a ticket before its first write, and what it computed."""

    at: datetime
    chosen: tuple[int, int] | None
    computed: "Computed | None"


@dataclass
class _Mark:
    ticket: Ticket
    at: datetime
    reclassified: bool


@dataclass(frozen=True)
class PolicyVersionRow:
    """What the report and the alerts read of a policy version (plain values, kept by every
    worker across transactions while the configuration is the same)."""

    policy_id: int
    version: int
    name: str
    calendar_id: int | None
    calendar_version: int | None
    warning_percent: int


@dataclass(frozen=True)
class CalendarVersionRow:
    name: str
    zone: str


@dataclass(frozen=True)
class Loaded:
    """A policy version as the engine and the report need it."""

    row: PolicyVersionRow
    policy: Policy
    calendar_row: CalendarVersionRow | None
    calendar: Calendar | None

    @property
    def clock(self) -> Clock:
        return WALL_CLOCK if self.calendar is None else self.calendar


@dataclass
class _Cache:
    """The matching policies, read once per transaction (from the worker's copy)."""

    matching: list[tuple[int, int, dict[str, list[Any]]]] | None = None
    names: dict[tuple[int, int], str] = field(default_factory=dict)


# The kinds the replay reads, and the deadline scan's own mark.
_MOVES_CLOCKS = frozenset({*repository.SLA_EVENT_KINDS, "sla_scan"})


def moves_clocks(kind: str, field: str | None, *, public: bool) -> bool:
    """Whether an event can change what the replay computes: one of the kinds it reads (an
    internal note is read but moves no clock) or a change of what picks the policy. Any other
    event (a tag, a link, a watcher) leaves the SLA columns and the report row's verdicts as
    they are; time passing alone is the deadline scan's, at the ticket's `sla_check_at`."""
    if kind == "commented" and not public:
        return False
    return kind in _MOVES_CLOCKS or field in CLASSIFYING_FIELDS


def mark(
    session: Session,
    ticket: Ticket,
    at: datetime,
    *,
    kind: str,
    field: str | None,
    public: bool = True,
) -> None:
    """Note that the ticket's history changed (so its SLA must be recomputed before commit)."""
    born: _Born | None = session.info.get(_BORN, {}).get(ticket)
    if born is not None and kind == "created":
        # `start` knew this much already: written beside the "created" event, no replay.
        if born.chosen is not None:
            session.add(_policy_applied(session, ticket.id, born.chosen, born.at))
        if born.computed is not None:
            session.info.setdefault(_SETTLED, {})[ticket.id] = born.computed
        return
    if not moves_clocks(kind, field, public=public):
        return
    dirty: dict[int, _Mark] = session.info.setdefault(_DIRTY, {})
    reclassified = kind == "created" or field in CLASSIFYING_FIELDS
    known = dirty.get(ticket.id)
    if known is None:
        dirty[ticket.id] = _Mark(ticket, at, reclassified)
    else:
        known.at = max(known.at, at)
        known.reclassified |= reclassified


def start(session: Session, ticket: Ticket, at: datetime) -> None:
    """A new ticket's policy and SLA columns, set before its first write: all its history
    then is its creation and the policy applied, so nothing needs reading back or updating.
    Any other change the same transaction records replays it as usual."""
    chosen = first_match(_matching(session), classification(ticket))
    computed = None
    if chosen is not None:
        versions = load_versions(session, [chosen])
        loaded = versions[chosen]
        events: list[SlaEvent] = [
            TicketCreated(at, ticket.priority),
            PolicyApplied(at, PolicyRef(str(chosen[0]), chosen[1])),
        ]
        calendars = [] if loaded.calendar is None else [loaded.calendar]
        computed = Computed(compute_sla(events, [loaded.policy], calendars, at), set(), versions)
    ticket.sla_policy_id = None if chosen is None else chosen[0]
    ticket.sla_policy_version = None if chosen is None else chosen[1]
    for key, value in state_of(computed).items():
        setattr(ticket, f"sla_{key}", value)
    session.info.setdefault(_BORN, {})[ticket] = _Born(at, chosen, computed)


def _cache(session: Session) -> _Cache:
    cache: _Cache = session.info.setdefault(_CACHE, _Cache())
    return cache


def load_versions(
    session: Session, refs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Loaded]:
    """The policy versions named, with their calendars. A version never changes once written,
    so each worker keeps those it read for as long as the configuration's token is the same."""
    known: dict[tuple[int, int], Loaded] = cached(session, "sla_versions", lambda _: {})
    missing = {r for r in refs if r not in known}
    for row, calendar_row in repository.versions_with_calendars(session, missing):
        calendar = None
        if calendar_row is not None:
            calendar = calendar_of(
                calendar_row.calendar_id,
                calendar_row.version,
                calendar_row.zone,
                calendar_row.week,
                calendar_row.holidays,
                calendar_row.overrides,
            )
        pinned = None if row.calendar_id is None else (row.calendar_id, row.calendar_version or 1)
        policy = policy_of(row.policy_id, row.version, pinned, row.targets, row.pausing)
        known[(row.policy_id, row.version)] = Loaded(
            PolicyVersionRow(
                row.policy_id,
                row.version,
                row.name,
                row.calendar_id,
                row.calendar_version,
                row.warning_percent,
            ),
            policy,
            None
            if calendar_row is None
            else CalendarVersionRow(calendar_row.name, calendar_row.zone),
            calendar,
        )
    return known


def _matching(session: Session) -> list[tuple[int, int, dict[str, list[Any]]]]:
    cache = _cache(session)
    if cache.matching is None:
        cache.matching, cache.names = cached(session, "sla_policies", _read_matching)
    return cache.matching


def _read_matching(
    session: Session,
) -> tuple[list[tuple[int, int, dict[str, list[Any]]]], dict[tuple[int, int], str]]:
    """The active policies' current versions in the order they are tried, and their names."""
    active = repository.policies(session, active_only=True)
    matching = [(p.id, v.version, copy.deepcopy(v.conditions)) for p, v in active]
    return matching, {(p.id, v.version): v.name for p, v in active}


def classification(ticket: Ticket) -> Classification:
    return Classification(
        type=ticket.type.value,
        category_id=ticket.category_id,
        organization_id=ticket.organization_id,
        channel=ticket.channel.value,
    )


def _ref_of(data: dict[str, Any] | None) -> tuple[int, int] | None:
    if not data or data.get("policy_id") is None:
        return None
    return int(data["policy_id"]), int(data["version"])


def sla_events(
    rows: Sequence[repository.ReplayedEvent],
) -> tuple[list[SlaEvent], set[AlertKey]]:
    """The engine's events from a ticket's history rows, and the alerts already written."""
    events: list[SlaEvent] = []
    alerted: set[AlertKey] = set()
    for row in rows:
        at, data = row.created_at, row.data or {}
        if row.kind == "created":
            priority = Priority(data.get("priority", Priority.medium.value))
            events.append(TicketCreated(at, priority))
        elif row.kind in ("status_changed", "reopened") and row.to_value:
            events.append(StatusChanged(at, Status(row.to_value)))
        elif row.kind == "priority_changed" and row.to_value:
            events.append(PriorityChanged(at, Priority(row.to_value)))
        elif row.kind == "commented":
            role = Role(row.actor_role) if row.actor_role else Role.customer
            events.append(
                CommentAdded(
                    at,
                    author_role=role,
                    public=row.public,
                    automatic=bool(data.get("automatic", False)),
                    channel=row.channel,
                )
            )
        elif row.kind == POLICY_APPLIED:
            ref = _ref_of(data)
            policy = None if ref is None else PolicyRef(str(ref[0]), ref[1])
            events.append(PolicyApplied(at, policy))
        elif row.kind in ("sla_warning", "sla_breached"):
            alerted.add((str(data.get("metric")), int(data.get("n", 0)), row.kind[4:]))
    return events, alerted


def _refs(events: Sequence[SlaEvent]) -> set[tuple[int, int]]:
    return {
        (int(e.policy.id), e.policy.version)
        for e in events
        if isinstance(e, PolicyApplied) and e.policy is not None
    }


@dataclass(frozen=True)
class Computed:
    report: SlaReport
    alerted: set[AlertKey]
    versions: dict[tuple[int, int], Loaded]

    def percent_of(self, ref: PolicyRef) -> int:
        return self.versions[(int(ref.id), ref.version)].row.warning_percent

    def clock_of(self, ref: PolicyRef) -> Clock:
        return self.versions[(int(ref.id), ref.version)].clock

    def loaded(self, ref: PolicyRef | None) -> Loaded | None:
        return None if ref is None else self.versions.get((int(ref.id), ref.version))


def compute(session: Session, tickets: Sequence[Ticket], now: datetime) -> dict[int, Computed]:
    """Each ticket's SLA report at `now` (two queries however many tickets)."""
    by_ticket: dict[int, list[repository.ReplayedEvent]] = {t.id: [] for t in tickets}
    for row in repository.sla_events(session, by_ticket):
        by_ticket[row.ticket_id].append(row)
    converted = {tid: sla_events(rows) for tid, rows in by_ticket.items()}
    refs = set().union(*(_refs(events) for events, _ in converted.values()))
    versions = load_versions(session, refs)
    policies = [versions[r].policy for r in refs]
    calendars = [c for c in (versions[r].calendar for r in refs) if c is not None]
    return {
        tid: Computed(compute_sla(events, policies, calendars, now), alerted, versions)
        for tid, (events, alerted) in converted.items()
    }


def _apply_policies(session: Session, marks: Sequence[_Mark]) -> None:
    """Record the first matching policy version for tickets created or reclassified."""
    for m in marks:
        ticket = m.ticket
        current = (
            None
            if ticket.sla_policy_id is None
            else (ticket.sla_policy_id, ticket.sla_policy_version or 1)
        )
        chosen = first_match(_matching(session), classification(ticket))
        if chosen == current:
            continue
        session.add(_policy_applied(session, ticket.id, chosen, m.at))
        # Read by the query below; written with the rest of the SLA columns.
        set_committed_value(ticket, "sla_policy_id", None if chosen is None else chosen[0])
        set_committed_value(ticket, "sla_policy_version", None if chosen is None else chosen[1])


def _policy_applied(
    session: Session, ticket_id: int, chosen: tuple[int, int] | None, at: datetime
) -> TicketEvent:
    # Every column named, as `history.record` names them: one INSERT then takes both events.
    return TicketEvent(
        ticket_id=ticket_id,
        kind=POLICY_APPLIED,
        field=None,
        from_value=None,
        to_value=None,
        public=False,
        actor_id=None,
        actor_role=None,
        channel=None,
        note=None,
        article_id=None,
        bulletin_id=None,
        data=None
        if chosen is None
        else {
            "policy_id": chosen[0],
            "version": chosen[1],
            # As named when applied, so the history reads the same after a rename.
            "name": _cache(session).names.get(chosen),
        },
        created_at=at,
    )


_TICKET: Table = Ticket.__table__  # type: ignore[assignment]
_WRITE_STATE = (
    update(_TICKET)
    .where(_TICKET.c.id == bindparam("ticket_id"))
    .values(
        sla_policy_id=bindparam("policy_id"),
        sla_policy_version=bindparam("policy_version"),
        sla_due_at=bindparam("due_at", type_=_TICKET.c.sla_due_at.type),
        sla_paused=bindparam("paused"),
        sla_breached=bindparam("breached"),
        sla_check_at=bindparam("check_at", type_=_TICKET.c.sla_check_at.type),
    )
)


def state_of(computed: Computed | None) -> dict[str, Any]:
    if computed is None:
        return {"due_at": None, "paused": False, "breached": False, "check_at": None}
    report = computed.report
    statuses = [i.status for i in report.instances if i.target is not None]
    return {
        "due_at": report.next_breach_at,
        "paused": SlaStatus.paused in statuses and report.next_breach_at is None,
        "breached": SlaStatus.breached in statuses,
        "check_at": next_check_at(report, computed.alerted, computed.percent_of, computed.clock_of),
    }


def settle(session: Session) -> None:
    """Bring the SLA columns of every ticket marked in this transaction up to date."""
    dirty: dict[int, _Mark] | None = session.info.pop(_DIRTY, None)
    if not dirty:
        return
    marks = list(dirty.values())
    had_policy = {m.ticket.id for m in marks if m.ticket.sla_policy_id is not None}
    if any(m.reclassified for m in marks):
        _apply_policies(session, [m for m in marks if m.reclassified])
    tracked = [m for m in marks if m.ticket.sla_policy_id is not None or m.ticket.id in had_policy]
    if not tracked:
        return
    session.flush()
    with_policy = [m for m in tracked if m.ticket.sla_policy_id is not None]
    # One replay for all: the transaction's latest instant is after every event in it.
    now = max(m.at for m in tracked)
    computed = compute(session, [m.ticket for m in with_policy], now) if with_policy else {}
    session.info.setdefault(_SETTLED, {}).update(computed)
    params = []
    for m in tracked:
        ticket = m.ticket
        state = state_of(computed.get(ticket.id))
        params.append(
            {
                "ticket_id": ticket.id,
                "policy_id": ticket.sla_policy_id,
                "policy_version": ticket.sla_policy_version,
                **state,
            }
        )
        for key, value in state.items():
            set_committed_value(ticket, f"sla_{key}", value)
    session.connection().execute(_WRITE_STATE, params)


def settled(session: Session) -> dict[int, Computed]:
    """What `settle` computed in this transaction, by ticket id, for whoever commits after it
    (the report rows) to reuse instead of replaying the same events again."""
    found: dict[int, Computed] = session.info.get(_SETTLED, {})
    return found


@event.listens_for(Session, "before_commit")
def _settle_before_commit(session: Session) -> None:
    settle(session)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_DIRTY, None)
        session.info.pop(_CACHE, None)
        session.info.pop(_SETTLED, None)
        session.info.pop(_BORN, None)


def due_alerts_of(computed: Computed) -> list[DueAlert]:
    return due_alerts(computed.report, computed.alerted, computed.percent_of)
