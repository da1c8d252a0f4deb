"""Linking tickets: the support team's work. Each link is a history event on both ends."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from api.link import repository
from api.link.models import TicketLink
from api.link.rules import (
    LinkError,
    LinkKind,
    Relation,
    check_link,
    relation_seen_from,
    stored_link,
)
from api.link.schemas import LinkCreate
from api.ticket import history
from api.ticket import repository as tickets
from api.ticket.models import Ticket


def _require_staff(actor: Actor) -> None:
    if not actor.is_staff:
        raise Forbidden("Only the support team links tickets.")


def _record_both(
    session: Session, actor: Actor, kind: str, one: Ticket, other: Ticket, relation: Relation
) -> None:
    # Internal: the event names the other ticket, which the requester may not be able to read.
    history.record(
        session,
        one,
        actor,
        kind,
        public=False,
        to_value=other.number,
        data={"relation": relation.value, "number": other.number},
    )
    history.record(
        session, other, actor, kind, public=False, to_value=one.number, data={"number": one.number}
    )


def add_link(session: Session, actor: Actor, ticket: Ticket, data: LinkCreate) -> TicketLink:
    _require_staff(actor)
    other = tickets.readable_ticket(session, actor, data.number)
    if other is None:
        raise ValidationFailed.on("number", "no such ticket")
    relation = data.relation
    child_id, parent_end = (
        (ticket.id, other.id) if relation is Relation.parent else (other.id, ticket.id)
    )
    try:
        check_link(
            relation,
            this_id=ticket.id,
            this_type=ticket.type,
            other_id=other.id,
            other_type=other.type,
            ancestors_of_parent=(
                repository.ancestors(session, parent_end) | {parent_end}
                if relation in (Relation.parent, Relation.child)
                else frozenset()
            ),
        )
    except LinkError as exc:
        raise ValidationFailed.on(exc.field, str(exc)) from exc
    stored = stored_link(relation, ticket.id, other.id)
    if repository.find(session, stored.kind, stored.ticket_id, stored.other_id) is not None:
        raise Conflict("The tickets are already linked so.")
    if stored.kind is LinkKind.child_of and repository.parent_id(session, child_id) is not None:
        raise Conflict("The child already has a parent; unlink it first.")
    link = TicketLink(
        ticket_id=stored.ticket_id,
        other_id=stored.other_id,
        kind=stored.kind,
        created_by_id=actor.id,
        created_at=actor.now,
    )
    session.add(link)
    _record_both(session, actor, "linked", ticket, other, relation)
    session.flush()
    return link


def remove_link(session: Session, actor: Actor, ticket: Ticket, link_id: int) -> None:
    _require_staff(actor)
    link = repository.link_of_ticket(session, ticket, link_id)
    if link is None:
        raise NotFound(f"No link {link_id} on this ticket.")
    if link.kind is LinkKind.duplicate_of:
        raise Conflict("A merge cannot be undone by unlinking.")
    other_id = link.other_id if link.ticket_id == ticket.id else link.ticket_id
    other = session.get(Ticket, other_id)
    assert other is not None  # the foreign key cascades
    seen_from_ticket_end = link.ticket_id == ticket.id
    relation = relation_seen_from(link.kind, from_ticket_end=seen_from_ticket_end)
    session.delete(link)
    _record_both(session, actor, "unlinked", ticket, other, relation)
    session.flush()
