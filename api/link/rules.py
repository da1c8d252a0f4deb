"""Which links between tickets make sense, and how a stored link reads from either end.
Pure: no database, no HTTP."""

from dataclasses import dataclass
from enum import StrEnum

from api.ticket.kinds import TicketType


class LinkKind(StrEnum):
    """A link as stored, read from its `ticket` end towards its `other` end."""

    child_of = "child_of"
    related = "related"
    duplicate_of = "duplicate_of"
    incident_of = "incident_of"


class Relation(StrEnum):
    """What the other ticket is to the one being read."""

    parent = "parent"
    child = "child"
    related = "related"
    duplicate_of = "duplicate_of"
    duplicate = "duplicate"
    problem = "problem"
    incident = "incident"


# relation named by the person linking -> (stored kind, whether this is the stored `ticket`)
_STORED: dict[Relation, tuple[LinkKind, bool]] = {
    Relation.parent: (LinkKind.child_of, True),
    Relation.child: (LinkKind.child_of, False),
    Relation.related: (LinkKind.related, True),
    Relation.duplicate_of: (LinkKind.duplicate_of, True),
    Relation.duplicate: (LinkKind.duplicate_of, False),
    Relation.problem: (LinkKind.incident_of, True),
    Relation.incident: (LinkKind.incident_of, False),
}
_SEEN: dict[tuple[LinkKind, bool], Relation] = {v: k for k, v in _STORED.items()}

# Duplicates are linked by merging, never by hand: a merge moves the conversation too.
LINKABLE = frozenset(r for r in Relation if r not in (Relation.duplicate_of, Relation.duplicate))


class LinkError(ValueError):
    """A link that makes no sense; `field` names what to correct."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class StoredLink:
    kind: LinkKind
    ticket_id: int
    other_id: int


def stored_link(relation: Relation, this_id: int, other_id: int) -> StoredLink:
    kind, this_is_ticket = _STORED[relation]
    if kind is LinkKind.related:
        # One row for a symmetric link, whichever end it was made from.
        low, high = sorted((this_id, other_id))
        return StoredLink(kind, low, high)
    if this_is_ticket:
        return StoredLink(kind, this_id, other_id)
    return StoredLink(kind, other_id, this_id)


def relation_seen_from(kind: LinkKind, *, from_ticket_end: bool) -> Relation:
    if kind is LinkKind.related:
        return Relation.related
    return _SEEN[(kind, from_ticket_end)]


def check_link(
    relation: Relation,
    *,
    this_id: int,
    this_type: TicketType,
    other_id: int,
    other_type: TicketType,
    ancestors_of_parent: frozenset[int] = frozenset(),
) -> None:
    """Refuse a link before it is written. `ancestors_of_parent`: the would-be parent's own
    parents up the chain, so that a ticket never ends up its own ancestor."""
    if relation not in LINKABLE:
        raise LinkError("relation", "duplicates are linked by merging the duplicate")
    if this_id == other_id:
        raise LinkError("number", "a ticket cannot be linked to itself")
    problem_end, incident_end = (
        (other_type, this_type) if relation is Relation.problem else (this_type, other_type)
    )
    if relation in (Relation.problem, Relation.incident):
        if problem_end is not TicketType.problem:
            raise LinkError("number", "the problem end must be a ticket of type problem")
        if incident_end is TicketType.problem:
            raise LinkError("number", "a problem is linked to incidents, not to another problem")
    if relation in (Relation.parent, Relation.child):
        child, parent = (this_id, other_id) if relation is Relation.parent else (other_id, this_id)
        if child == parent or child in ancestors_of_parent:
            raise LinkError("number", "the parent would become its own descendant")


def parent_resolution_refusal(
    open_children: int, *, forced: bool, reason: str | None
) -> str | None:
    """Why a parent may not be resolved yet (None: it may). Forcing needs a reason."""
    if open_children == 0:
        return None
    if forced and reason is not None and reason.strip():
        return None
    if forced:
        return "say why the parent is resolved while children are open"
    plural = "child is" if open_children == 1 else "children are"
    return f"{open_children} {plural} still open; resolve them first or force with a reason"
