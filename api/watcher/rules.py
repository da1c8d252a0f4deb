"""Who may follow a ticket, and who may put whom on its watch list. Pure."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    id: int
    is_staff: bool
    organization_id: int | None


def watch_refusal(
    watcher: Person, *, requester_id: int, ticket_organization_id: int | None
) -> str | None:
    """Why `watcher` cannot follow the ticket (None: they can). Colleagues on the support team
    always can; a customer only in the requester's organization, and never the requester."""
    if watcher.is_staff:
        return None
    if watcher.id == requester_id:
        return "the requester already follows their own request"
    if ticket_organization_id is None or watcher.organization_id != ticket_organization_id:
        return "only colleagues of the requester's organization can follow this ticket"
    return None


def may_change_watch(actor: Person, watcher_id: int) -> bool:
    """Anyone adds or removes themselves; the support team adds and removes others."""
    return actor.is_staff or actor.id == watcher_id
