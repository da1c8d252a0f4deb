"""The ticket lifecycle as a transition table. Pure: no database, no HTTP."""

from enum import StrEnum


class Status(StrEnum):
    new = "new"
    open = "open"
    in_progress = "in_progress"
    pending = "pending"
    resolved = "resolved"
    closed = "closed"


# Moves a person may ask for through PATCH. First-contact resolution: new/open -> resolved.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.new: frozenset({Status.open, Status.resolved}),
    Status.open: frozenset({Status.in_progress, Status.pending, Status.resolved}),
    Status.in_progress: frozenset({Status.open, Status.pending, Status.resolved}),
    Status.pending: frozenset({Status.open, Status.in_progress, Status.resolved}),
    Status.resolved: frozenset({Status.open, Status.closed}),
    Status.closed: frozenset(),
}

# A customer may only confirm (close) or reopen their resolved ticket.
CUSTOMER_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.resolved: frozenset({Status.open, Status.closed}),
}

OPEN_STATUSES = frozenset({Status.new, Status.open, Status.in_progress, Status.pending})


class ClosureCode(StrEnum):
    """How a ticket ended. Only `resolved` is a resolution: the others close it unsolved."""

    resolved = "resolved"
    duplicate = "duplicate"
    withdrawn = "withdrawn"
    rejected = "rejected"


# Where each code takes an open ticket: a resolution waits for the requester's confirmation;
# a duplicate, a withdrawal or a rejection is final at once.
CLOSURE_STATUS: dict[ClosureCode, Status] = {
    ClosureCode.resolved: Status.resolved,
    ClosureCode.duplicate: Status.closed,
    ClosureCode.withdrawn: Status.closed,
    ClosureCode.rejected: Status.closed,
}

# The codes a customer may close their own open request with.
CUSTOMER_CLOSURES = frozenset({ClosureCode.withdrawn})


class ClosureError(Exception):
    """A closure the ticket's state or the actor's role does not allow."""


def check_closure(current: Status, code: ClosureCode, *, by_customer: bool) -> Status:
    """The status the ticket takes when closed with `code`; raise before anything is written
    if the ticket is not open or the code is not the actor's to use."""
    if by_customer and code not in CUSTOMER_CLOSURES:
        raise ClosureError(f"A requester may only withdraw a request, not close it as {code}.")
    if current not in OPEN_STATUSES:
        raise ClosureError(f"Only an open ticket can be closed as {code}; this one is {current}.")
    return CLOSURE_STATUS[code]


def closure_after(current: Status, target: Status, code: ClosureCode | None) -> ClosureCode | None:
    """The closure code once a status move is made: resolving codes it `resolved`, a reopen
    clears it, and confirming a resolution keeps it."""
    if target is Status.resolved:
        return ClosureCode.resolved
    if target in OPEN_STATUSES:
        return None
    return code


def counts_as_resolved(code: ClosureCode | None) -> bool:
    """Whether a ticket counts in resolution metrics (resolved counts, SLA achievement)."""
    return code is ClosureCode.resolved


class TransitionError(Exception):
    def __init__(self, current: Status, target: Status, allowed: frozenset[Status]) -> None:
        self.current, self.target = current, target
        self.allowed = sorted(allowed)
        names = ", ".join(self.allowed) or "none: the ticket is final"
        super().__init__(f"A ticket cannot go from {current} to {target}; allowed: {names}.")


def allowed_transitions(current: Status, *, by_customer: bool) -> frozenset[Status]:
    table = CUSTOMER_TRANSITIONS if by_customer else TRANSITIONS
    return table.get(current, frozenset())


def check_transition(current: Status, target: Status, *, by_customer: bool = False) -> None:
    """Raise TransitionError before anything is written if the move is not allowed."""
    allowed = allowed_transitions(current, by_customer=by_customer)
    if target not in allowed:
        raise TransitionError(current, target, allowed)


def is_reopen(current: Status, target: Status) -> bool:
    return current is Status.resolved and target is Status.open


def status_after_customer_reply(current: Status) -> Status | None:
    """A public customer reply puts a waiting or resolved ticket back in the queue."""
    if current in (Status.pending, Status.resolved):
        return Status.open
    return None


def status_after_assignment(current: Status) -> Status | None:
    """Assigning a new ticket registers it: it becomes open."""
    return Status.open if current is Status.new else None


def status_after_unassignment(current: Status) -> Status | None:
    """A ticket nobody holds any more goes back to the triage queue."""
    return Status.new if current in (Status.open, Status.in_progress) else None
