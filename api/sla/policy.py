"""SLA policies: targets per priority and metric, on a calendar or on wall-clock time.

Policies are immutable and versioned; editing one makes a new version, and which version a
ticket follows is itself an event (see engine.PolicyApplied).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType

from api.sla.clock import CalendarRef
from api.ticket.lifecycle import OPEN_STATUSES, Status
from api.ticket.priority import Priority


class Metric(StrEnum):
    first_reply = "first_reply"
    next_reply = "next_reply"
    periodic_update = "periodic_update"
    resolution = "resolution"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @property
    def is_reply(self) -> bool:
        """Reply metrics are cancelled, not achieved, when the ticket is resolved first."""
        return self is not Metric.resolution


DEFAULT_PAUSING: Mapping[Metric, frozenset[Status]] = MappingProxyType(
    {
        Metric.first_reply: frozenset(),
        Metric.next_reply: frozenset(),
        Metric.periodic_update: frozenset({Status.pending}),
        Metric.resolution: frozenset({Status.pending}),
    }
)


class PolicyError(ValueError):
    """A policy that cannot be used: non-positive target, pausing on a final status."""


@dataclass(frozen=True)
class PolicyRef:
    id: str
    version: int


@dataclass(frozen=True, eq=False)
class Policy:
    """`targets[priority][metric]` in seconds; a missing entry means no target for it.

    `pausing` names, per metric, the statuses that stop its clock; a metric left out keeps
    the default (periodic update and resolution pause while pending).
    """

    id: str
    version: int
    targets: Mapping[Priority, Mapping[Metric, int]]
    calendar: CalendarRef | None = None
    pausing: Mapping[Metric, frozenset[Status]] = field(default_factory=lambda: DEFAULT_PAUSING)

    def __post_init__(self) -> None:
        for priority, row in self.targets.items():
            for metric, seconds in row.items():
                if seconds <= 0:
                    raise PolicyError(f"target for {priority} {metric} must be positive")
        for metric, statuses in self.pausing.items():
            if not statuses <= OPEN_STATUSES:
                raise PolicyError(f"{metric} can only pause on open statuses")
        frozen = {p: MappingProxyType(dict(row)) for p, row in self.targets.items()}
        pausing = {m: frozenset(self.pausing.get(m, DEFAULT_PAUSING[m])) for m in Metric}
        object.__setattr__(self, "targets", MappingProxyType(frozen))
        object.__setattr__(self, "pausing", MappingProxyType(pausing))

    @property
    def ref(self) -> PolicyRef:
        return PolicyRef(self.id, self.version)

    def target(self, priority: Priority, metric: Metric) -> timedelta | None:
        seconds = self.targets.get(priority, {}).get(metric)
        return None if seconds is None else timedelta(seconds=seconds)

    def pauses(self, metric: Metric, status: Status) -> bool:
        return status in self.pausing[metric]
