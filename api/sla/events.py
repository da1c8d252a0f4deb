"""The facts the SLA engine reads: plain records of a ticket's history, in commit order.

The persistence layer builds them from `ticket_event` rows; tests write them by hand.
"""

from dataclasses import dataclass
from datetime import datetime

from api.sla.policy import PolicyRef
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.priority import Priority
from api.user.roles import Role


@dataclass(frozen=True)
class TicketCreated:
    at: datetime
    priority: Priority
    status: Status = Status.new


@dataclass(frozen=True)
class StatusChanged:
    """`closure`: how a final move ended the ticket (the event's `data["closure"]`); None
    (older history) reads as a resolution."""

    at: datetime
    status: Status
    closure: ClosureCode | None = None


@dataclass(frozen=True)
class PriorityChanged:
    at: datetime
    priority: Priority


@dataclass(frozen=True)
class CommentAdded:
    """A comment. `automatic` marks auto-acknowledgements, which never count as a reply."""

    at: datetime
    author_role: Role
    public: bool = True
    automatic: bool = False
    channel: str | None = None

    @property
    def is_agent_reply(self) -> bool:
        return self.public and not self.automatic and self.author_role.is_staff

    @property
    def is_customer_reply(self) -> bool:
        return self.public and not self.automatic and not self.author_role.is_staff


@dataclass(frozen=True)
class PolicyApplied:
    """From `at` on the ticket follows this policy version (None: no SLA)."""

    at: datetime
    policy: PolicyRef | None


SlaEvent = TicketCreated | StatusChanged | PriorityChanged | CommentAdded | PolicyApplied
