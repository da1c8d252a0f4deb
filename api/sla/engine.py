"""The SLA engine: one pure function from a ticket's history to its SLA report.

Model. A ticket runs one clock per *metric instance*: first reply and resolution start at
creation; next reply #n starts at the oldest unanswered public customer comment once the first
reply is over (on a resolved ticket, when it reopens); periodic update #n starts at each public
agent comment, the first reply included. Public agent comments fulfil the open reply clocks;
resolving fulfils resolution and cancels open reply clocks that have not breached; a reopen
resumes resolution with its elapsed time kept (the resolved stretch shows as a pause).

A clock's elapsed time is the open time of the policy's calendar (or wall-clock time) since it
started, minus the stretches spent in one of the metric's pausing statuses. Its target comes from
the policy version and the priority in force, and moves when either changes.

The one breach rule: `breach_at` is the first instant at which elapsed reaches the target in
force at that instant. A clock fulfilled exactly then is achieved; raising the priority past
the elapsed time breaches at the change; lowering it never takes a breach back; pausing never
hides one.

`compute_sla(events, policies, calendars, now)` replays the events in the order given (commit
order; an event stamped earlier than its predecessor is taken at the predecessor's instant),
ignores those after `now`, reads no clock and does no I/O.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from api.sla.clock import WALL_CLOCK, Calendar, Clock
from api.sla.events import (
    CommentAdded,
    PolicyApplied,
    PriorityChanged,
    SlaEvent,
    StatusChanged,
    TicketCreated,
)
from api.sla.policy import Metric, Policy, PolicyRef
from api.sla.report import (
    Cause,
    Explanation,
    MetricInstance,
    PausedInterval,
    SlaReport,
    SlaStatus,
    StopReason,
    describe,
)
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.priority import Priority

__all__ = ["SlaConfigError", "compute_sla"]

_FINAL = frozenset({Status.resolved, Status.closed})
_ZERO = timedelta(0)


class SlaConfigError(LookupError):
    """An event names a policy or a policy a calendar that was not passed in."""


@dataclass
class _Clock:
    """One metric instance while the history is replayed."""

    metric: Metric
    n: int
    started_at: datetime
    last_at: datetime
    policy: PolicyRef | None = None
    target: timedelta | None = None
    clock: Clock = WALL_CLOCK
    elapsed: timedelta = _ZERO
    paused_in: Status | None = None
    paused: list[PausedInterval] = field(default_factory=list)
    stopped_at: datetime | None = None
    stop_reason: StopReason | None = None
    cancelled: bool = False
    breach_at: datetime | None = None
    ever_targeted: bool = False

    @property
    def is_open(self) -> bool:
        return self.stopped_at is None

    def advance(self, until: datetime) -> None:
        """Count open time up to `until`, noting the breach if the target is reached before."""
        if self.is_open and self.paused_in is None:
            gained = self.clock.business_time(self.last_at, until)
            if self.breach_at is None and self.target is not None:
                need = self.target - self.elapsed
                if gained >= need:
                    reached = self.clock.add_business_time(self.last_at, max(need, _ZERO))
                    # Reached exactly at `until`: a reply at that instant still meets it.
                    if reached < until:
                        self.breach_at = reached
            self.elapsed += gained
        self.last_at = until

    def breach_if_past(self, at: datetime) -> None:
        """A target moved below the elapsed time: breached at the change itself."""
        if self.breach_at is None and self.target is not None and self.elapsed > self.target:
            self.breach_at = at

    def pause(self, at: datetime, status: Status) -> None:
        if self.paused_in is None:
            self.paused_in = status
            self.paused.append(PausedInterval(at, None, status))

    def resume(self, at: datetime) -> None:
        if self.paused_in is not None:
            self.paused_in = None
            last = self.paused[-1]
            self.paused[-1] = PausedInterval(last.start_at, at, last.status)

    def stop(self, at: datetime, reason: StopReason) -> None:
        self.resume(at)
        self.stopped_at, self.stop_reason = at, reason
        self.cancelled = (
            reason is StopReason.resolved and self.metric.is_reply
        ) or reason is StopReason.closed_unsolved


class _Replay:
    def __init__(self, policies: Iterable[Policy], calendars: Iterable[Calendar]) -> None:
        self.policies = {p.ref: p for p in policies}
        self.calendars = {c.ref: c for c in calendars}
        self.clocks: list[_Clock] = []
        self.explanation: list[Explanation] = []
        self.created = False
        self.status = Status.new
        self.priority = Priority.medium
        self.policy: Policy | None = None
        # A public customer comment no public agent comment has followed yet.
        self.awaiting_answer = False

    # -- the current rules -------------------------------------------------------------------

    def _clock_of(self, policy: Policy | None) -> Clock:
        if policy is None or policy.calendar is None:
            return WALL_CLOCK
        try:
            return self.calendars[policy.calendar]
        except KeyError:
            ref = policy.calendar
            raise SlaConfigError(f"calendar {ref.id} v{ref.version} was not given") from None

    def _target(self, metric: Metric) -> timedelta | None:
        return None if self.policy is None else self.policy.target(self.priority, metric)

    def _pauses(self, metric: Metric) -> bool:
        return self.policy is not None and self.policy.pauses(metric, self.status)

    def _open(self, metric: Metric) -> _Clock | None:
        for c in self.clocks:
            if c.metric is metric and c.is_open:
                return c
        return None

    def _start(self, metric: Metric, at: datetime) -> None:
        n = 1 + sum(1 for c in self.clocks if c.metric is metric)
        clock = _Clock(metric, n, started_at=at, last_at=at)
        self.clocks.append(clock)
        self._apply_rules(clock, at, why=None)

    def _apply_rules(
        self,
        c: _Clock,
        at: datetime,
        why: str | None,
        cause: Cause | None = None,
        value: str | None = None,
    ) -> None:
        """Give a clock the current policy's calendar, target and pausing."""
        old = c.target
        c.policy = None if self.policy is None else self.policy.ref
        c.clock = self._clock_of(self.policy)
        c.target = self._target(c.metric)
        c.ever_targeted = c.ever_targeted or c.target is not None
        if self._pauses(c.metric):
            c.pause(at, self.status)
        else:
            c.resume(at)
        was_breached = c.breach_at is not None
        c.breach_if_past(at)
        if why is not None and old != c.target and (old is not None or c.started_at != at):
            text = f"{why}: {c.metric.label} #{c.n} target {describe(old)} -> {describe(c.target)}"
            breached = c.breach_at == at and not was_breached
            if breached:
                text += f", already past with {describe(c.elapsed)} elapsed: breached at the change"
            self.explanation.append(
                Explanation(at, text, c.metric, c.n, cause, value, old, c.target, breached)
            )

    # -- events ------------------------------------------------------------------------------

    def apply(self, event: SlaEvent, at: datetime) -> None:
        for c in self.clocks:
            c.advance(at)
        if isinstance(event, TicketCreated):
            self._created(event, at)
        elif isinstance(event, PolicyApplied):
            self._policy_applied(event, at)
        elif not self.created:
            return
        elif isinstance(event, PriorityChanged):
            self._priority_changed(event, at)
        elif isinstance(event, StatusChanged):
            self._status_changed(event.status, at)
            if event.closure not in (None, ClosureCode.resolved):
                self._closed_unsolved(at)
        elif isinstance(event, CommentAdded):
            self._commented(event, at)

    def _created(self, event: TicketCreated, at: datetime) -> None:
        if self.created:
            raise ValueError("a ticket is created once")
        self.created = True
        self.priority, self.status = event.priority, event.status
        self._start(Metric.first_reply, at)
        self._start(Metric.resolution, at)

    def _policy_applied(self, event: PolicyApplied, at: datetime) -> None:
        ref = event.policy
        if ref is None:
            self.policy = None
        elif ref not in self.policies:
            raise SlaConfigError(f"policy {ref.id} v{ref.version} was not given")
        else:
            self.policy = self.policies[ref]
        name = "no policy" if ref is None else f"policy {ref.id} v{ref.version}"
        value = None if ref is None else f"{ref.id}:{ref.version}"
        cause = Cause.policy_applied
        self.explanation.append(
            Explanation(at, f"{name} applies from here on", None, None, cause, value)
        )
        for c in self.clocks:
            if c.is_open:
                self._apply_rules(c, at, f"{name} applied", cause, value)

    def _priority_changed(self, event: PriorityChanged, at: datetime) -> None:
        old, self.priority = self.priority, event.priority
        if old is event.priority:
            return
        for c in self.clocks:
            if c.is_open:
                why = f"priority {old} -> {event.priority}"
                self._apply_rules(c, at, why, Cause.priority_changed, event.priority.value)

    def _status_changed(self, status: Status, at: datetime) -> None:
        old, self.status = self.status, status
        if status in _FINAL and old not in _FINAL:
            self._resolved(at)
        elif old in _FINAL and status not in _FINAL:
            self._reopened(at)
        else:
            for c in self.clocks:
                if c.is_open:
                    if self._pauses(c.metric):
                        c.pause(at, status)
                    else:
                        c.resume(at)

    def _resolved(self, at: datetime) -> None:
        for c in self.clocks:
            if not c.is_open:
                continue
            c.stop(at, StopReason.resolved)
            if c.breach_at is not None:
                c.cancelled = False  # a breached reply stays breached
            elif c.cancelled and c.ever_targeted:
                text = f"resolved: {c.metric.label} #{c.n} cancelled"
                self.explanation.append(Explanation(at, text, c.metric, c.n, Cause.resolved))

    def _closed_unsolved(self, at: datetime) -> None:
        """Nothing was resolved: the resolution clock is cancelled, never achieved or breached
        (replies already breached stay breached: the requester did wait)."""
        for c in self.clocks:
            if c.metric is Metric.resolution and c.stop_reason is not None:
                c.stop_reason, c.cancelled, c.breach_at = StopReason.closed_unsolved, True, None
                self.explanation.append(
                    Explanation(at, "closed unsolved: resolution cancelled", c.metric, c.n)
                )

    def _reopened(self, at: datetime) -> None:
        resolution = next(c for c in self.clocks if c.metric is Metric.resolution)
        if resolution.stopped_at is not None:
            resolution.paused.append(PausedInterval(resolution.stopped_at, at, Status.resolved))
            resolution.stopped_at = resolution.stop_reason = None
            resolution.last_at = at
            self.explanation.append(
                Explanation(
                    at,
                    f"reopened: resolution resumes with {describe(resolution.elapsed)} elapsed",
                    Metric.resolution,
                    resolution.n,
                    Cause.reopened,
                )
            )
            self._apply_rules(resolution, at, "reopened", Cause.reopened)
        self._start_next_reply(at)

    def _commented(self, event: CommentAdded, at: datetime) -> None:
        if event.is_agent_reply:
            for metric in (Metric.first_reply, Metric.next_reply, Metric.periodic_update):
                c = self._open(metric)
                if c is not None:
                    c.stop(at, StopReason.fulfilled)
            self.awaiting_answer = False
            if self.status not in _FINAL:
                self._start(Metric.periodic_update, at)
        elif event.is_customer_reply:
            self.awaiting_answer = True
            self._start_next_reply(at)

    def _start_next_reply(self, at: datetime) -> None:
        # On a resolved ticket the clock starts when it reopens, not at the comment.
        if (
            self.awaiting_answer
            and self.status not in _FINAL
            and self._open(Metric.first_reply) is None
            and self._open(Metric.next_reply) is None
        ):
            self._start(Metric.next_reply, at)

    # -- the report --------------------------------------------------------------------------

    def report(self, now: datetime) -> SlaReport:
        for c in self.clocks:
            c.advance(now)
        instances = [self._instance(c, now) for c in self.clocks if c.ever_targeted]
        for metric in Metric:
            if not any(i.metric is metric for i in instances):
                instances.append(self._not_started(metric))
        instances.sort(key=lambda i: (list(Metric).index(i.metric), i.n))
        due = [c.breach_at for c in self.clocks if c.is_open and c.breach_at is not None]
        due += [i.breach_at for i in instances if i.status is SlaStatus.active and i.breach_at]
        return SlaReport(
            now=now,
            policy=None if self.policy is None else self.policy.ref,
            instances=tuple(instances),
            next_breach_at=min(due, default=None),
            explanation=tuple(self.explanation),
        )

    def _instance(self, c: _Clock, now: datetime) -> MetricInstance:
        breach_at = c.breach_at
        if breach_at is not None:
            status = SlaStatus.breached
        elif not c.is_open:
            status = SlaStatus.cancelled if c.cancelled else SlaStatus.achieved
        elif c.paused_in is not None:
            status = SlaStatus.paused
        else:
            status = SlaStatus.active
            if c.target is not None:
                breach_at = c.clock.add_business_time(now, c.target - c.elapsed)
        return MetricInstance(
            metric=c.metric,
            n=c.n,
            policy=c.policy,
            target=c.target,
            started_at=c.started_at,
            stopped_at=c.stopped_at,
            stop_reason=c.stop_reason,
            elapsed=c.elapsed,
            remaining=None if c.target is None else c.target - c.elapsed,
            paused=tuple(c.paused),
            status=status,
            breach_at=breach_at,
        )

    def _not_started(self, metric: Metric) -> MetricInstance:
        target = self._target(metric)
        return MetricInstance(
            metric=metric,
            n=1 + sum(1 for c in self.clocks if c.metric is metric),
            policy=None if self.policy is None else self.policy.ref,
            target=target,
            started_at=None,
            stopped_at=None,
            stop_reason=None,
            elapsed=_ZERO,
            remaining=target,
            paused=(),
            status=SlaStatus.not_started,
            breach_at=None,
        )


def compute_sla(
    events: Sequence[SlaEvent],
    policies: Iterable[Policy],
    calendars: Iterable[Calendar],
    now: datetime,
) -> SlaReport:
    """The ticket's SLA report at `now` from its history (see the module docstring)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    replay = _Replay(policies, calendars)
    last: datetime | None = None
    for event in events:
        if event.at.tzinfo is None:
            raise ValueError("event instants must be timezone-aware")
        at = event.at.astimezone(UTC)
        if last is not None and at < last:
            at = last
        if at > now:
            break
        replay.apply(event, at)
        last = at
    return replay.report(now)
