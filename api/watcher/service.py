"""Following a ticket. Each change is a history event for the team."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Forbidden, NotFound, ValidationFailed
from api.ticket import history
from api.ticket.models import Ticket
from api.user import repository as users
from api.user.models import User
from api.watcher import repository
from api.watcher.models import TicketWatcher
from api.watcher.rules import Person, may_change_watch, watch_refusal


def _person(user: User) -> Person:
    return Person(id=user.id, is_staff=user.role.is_staff, organization_id=user.organization_id)


def _changeable(actor: Actor, user_id: int) -> None:
    if not may_change_watch(_person(actor.user), user_id):
        raise Forbidden("Only the support team adds or removes others as watchers.")


def may_watch(user: User, ticket: Ticket) -> str | None:
    """Why the user cannot follow the ticket, or None."""
    return watch_refusal(
        _person(user),
        requester_id=ticket.requester_id,
        ticket_organization_id=ticket.organization_id,
    )


def add_watcher(
    session: Session, actor: Actor, ticket: Ticket, user_id: int
) -> tuple[TicketWatcher, User]:
    _changeable(actor, user_id)
    user = users.by_id(session, user_id)
    if user is None or not user.active:
        raise NotFound(f"No active user {user_id}.")
    refusal = may_watch(user, ticket)
    if refusal is not None:
        raise ValidationFailed.on("user_id", refusal)
    existing = repository.watch(session, ticket.id, user.id)
    if existing is not None:
        return existing, user
    watcher = TicketWatcher(
        ticket_id=ticket.id, user_id=user.id, added_by_id=actor.id, created_at=actor.now
    )
    session.add(watcher)
    history.record(
        session,
        ticket,
        actor,
        "watcher_added",
        public=False,
        to_value=user.name,
        data={"user_id": user.id},
    )
    session.flush()
    return watcher, user


def remove_watcher(session: Session, actor: Actor, ticket: Ticket, user_id: int) -> None:
    _changeable(actor, user_id)
    watcher = repository.watch(session, ticket.id, user_id)
    if watcher is None:
        raise NotFound(f"User {user_id} does not watch this ticket.")
    session.delete(watcher)
    history.record(
        session, ticket, actor, "watcher_removed", public=False, data={"user_id": user_id}
    )
    session.flush()


def move_watchers(session: Session, actor: Actor, duplicate: Ticket, survivor: Ticket) -> int:
    """A merge: the duplicate's watchers follow the survivor (once each); the count moved."""
    already = set(repository.watcher_ids(session, survivor))
    moved = 0
    for watcher, user in repository.watchers_of(session, duplicate):
        session.delete(watcher)
        if user.id in already or may_watch(user, survivor) is not None:
            continue
        session.add(
            TicketWatcher(
                ticket_id=survivor.id, user_id=user.id, added_by_id=actor.id, created_at=actor.now
            )
        )
        already.add(user.id)
        moved += 1
    session.flush()
    return moved
