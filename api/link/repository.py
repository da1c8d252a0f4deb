"""Every SELECT on ticket links. The other end of a link goes through `readable_tickets`."""

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload

from api.auth.actor import Actor
from api.link.models import TicketLink
from api.link.rules import LinkKind, Relation, relation_seen_from
from api.ticket.lifecycle import OPEN_STATUSES
from api.ticket.models import Ticket
from api.ticket.repository import readable_tickets

# A parent chain longer than this is not a plan any more; it also bounds the walk.
MAX_DEPTH = 50


@dataclass(frozen=True)
class SeenLink:
    link: TicketLink
    relation: Relation
    other: Ticket


def open_children_count(session: Session, ticket: Ticket) -> int:
    child = aliased(Ticket)
    statement = (
        select(func.count())
        .select_from(TicketLink)
        .join(child, child.id == TicketLink.ticket_id)
        .where(
            TicketLink.other_id == ticket.id,
            TicketLink.kind == LinkKind.child_of,
            child.status.in_(OPEN_STATUSES),
        )
    )
    return int(session.scalar(statement) or 0)


def links_of(session: Session, actor: Actor, ticket: Ticket) -> list[SeenLink]:
    """The ticket's links whose other end the actor may read too: a customer never learns of
    a ticket through a link that they could not open."""
    readable = readable_tickets(session, actor).subquery()
    other = aliased(Ticket, readable)
    seen: list[SeenLink] = []
    for mine, theirs in (
        (TicketLink.ticket_id, TicketLink.other_id),
        (TicketLink.other_id, TicketLink.ticket_id),
    ):
        statement = (
            select(TicketLink, other)
            .join(other, other.id == theirs)
            .where(mine == ticket.id)
            .options(joinedload(other.requester, innerjoin=True))
            .order_by(TicketLink.id)
        )
        from_ticket_end = mine is TicketLink.ticket_id
        for link, other_ticket in session.execute(statement).unique():
            relation = relation_seen_from(link.kind, from_ticket_end=from_ticket_end)
            seen.append(SeenLink(link, relation, other_ticket))
    seen.sort(key=lambda s: s.link.id)
    return seen


def find(session: Session, kind: LinkKind, ticket_id: int, other_id: int) -> TicketLink | None:
    return session.scalar(
        select(TicketLink).where(
            TicketLink.kind == kind,
            TicketLink.ticket_id == ticket_id,
            TicketLink.other_id == other_id,
        )
    )


def link_of_ticket(session: Session, ticket: Ticket, link_id: int) -> TicketLink | None:
    return session.scalar(
        select(TicketLink).where(
            TicketLink.id == link_id,
            or_(TicketLink.ticket_id == ticket.id, TicketLink.other_id == ticket.id),
        )
    )


def parent_id(session: Session, child_id: int) -> int | None:
    return session.scalar(
        select(TicketLink.other_id).where(
            TicketLink.ticket_id == child_id, TicketLink.kind == LinkKind.child_of
        )
    )


def ancestors(session: Session, ticket_id: int) -> frozenset[int]:
    """The ticket's parent, its parent's parent, and so on."""
    found: list[int] = []
    current: int | None = ticket_id
    while current is not None and len(found) < MAX_DEPTH:
        current = parent_id(session, current)
        if current is not None:
            if current in found:
                break
            found.append(current)
    return frozenset(found)


def open_incidents_for_update(session: Session, problem: Ticket) -> list[Ticket]:
    incidents = select(TicketLink.ticket_id).where(
        TicketLink.other_id == problem.id, TicketLink.kind == LinkKind.incident_of
    )
    statement = (
        select(Ticket)
        .where(Ticket.id.in_(incidents), Ticket.status.in_(OPEN_STATUSES))
        .order_by(Ticket.number)
        .options(joinedload(Ticket.requester, innerjoin=True))
        .with_for_update(of=Ticket)
    )
    return list(session.scalars(statement).unique())
