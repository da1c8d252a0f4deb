"""Every SELECT on tickets. `readable_tickets` is the one place that says who sees what."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, false, literal, or_, select, tuple_, update
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from api.auth.actor import Actor
from api.core.errors import BadRequest
from api.core.pagination import decode_cursor, encode_cursor
from api.db.base import fits_integer
from api.organization.models import Organization
from api.search.index import engine_named
from api.search.query import parse as parse_query
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket, TicketCounter, TicketEvent, TicketTag
from api.ticket.priority import Priority


def readable_tickets(session: Session, actor: Actor) -> Select[Ticket]:
    """Staff read every ticket; a customer reads their own, and their organization's if shared."""
    statement = select(Ticket)
    if actor.is_staff:
        return statement
    own: ColumnElement[bool] = Ticket.requester_id == actor.id
    organization_id = actor.user.organization_id
    if organization_id is not None:
        # Only the flag: loading the Organization would also selectin-load its departments
        # and locations, two more statements on every customer request.
        shared = session.scalar(
            select(Organization.shared_tickets).where(Organization.id == organization_id)
        )
        if shared:
            own = or_(own, Ticket.organization_id == organization_id)
    return statement.where(own)


def readable_ticket(
    session: Session, actor: Actor, number: int, *, for_update: bool = False
) -> Ticket | None:
    if not fits_integer(number):
        return None
    statement = readable_tickets(session, actor).where(Ticket.number == number)
    statement = statement.options(selectinload(Ticket.requester))
    if for_update:
        # Writers to one ticket queue up here instead of failing on the version check.
        statement = statement.with_for_update(of=Ticket)
    return session.scalars(statement).first()


def next_ticket_number(session: Session) -> int:
    """Atomic increment of the counter row: the row lock serializes concurrent creators."""
    number = session.scalar(
        update(TicketCounter)
        .where(TicketCounter.id == 1)
        .values(last_number=TicketCounter.last_number + 1)
        .returning(TicketCounter.last_number)
    )
    if number is None:
        raise RuntimeError("ticket_counter has no row; run `sportello migrate`")
    return int(number)


class TicketSort(StrEnum):
    priority = "priority"
    created = "created"
    newest = "-created"
    updated = "updated"
    recently_updated = "-updated"


_SORT_COLUMNS: dict[TicketSort, tuple[InstrumentedAttribute[Any], ...]] = {
    TicketSort.priority: (Ticket.priority, Ticket.created_at, Ticket.id),
    TicketSort.created: (Ticket.created_at, Ticket.id),
    TicketSort.newest: (Ticket.created_at, Ticket.id),
    TicketSort.updated: (Ticket.updated_at, Ticket.id),
    TicketSort.recently_updated: (Ticket.updated_at, Ticket.id),
}
_DESCENDING = frozenset({TicketSort.newest, TicketSort.recently_updated})


@dataclass
class TicketFilter:
    statuses: Sequence[Status] = ()
    priorities: Sequence[Priority] = ()
    type: TicketType | None = None
    category_id: int | None = None
    assignee: str | None = None  # an id, "me" or "none"
    team_id: int | None = None
    requester_id: int | None = None
    organization_id: int | None = None
    channel: Channel | None = None
    tag: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    text: str | None = None


def _assignee_condition(assignee: str, actor: Actor) -> ColumnElement[bool]:
    if assignee == "me":
        return Ticket.assignee_id == actor.id
    if assignee == "none":
        return Ticket.assignee_id.is_(None)
    if assignee.isdigit():
        return Ticket.assignee_id == int(assignee)
    raise BadRequest("assignee must be a user id, 'me' or 'none'.")


def _conditions(criteria: TicketFilter, actor: Actor, *, dialect: str) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if criteria.statuses:
        c.append(Ticket.status.in_(criteria.statuses))
    if criteria.priorities:
        c.append(Ticket.priority.in_(criteria.priorities))
    if criteria.type is not None:
        c.append(Ticket.type == criteria.type)
    if criteria.category_id is not None:
        c.append(Ticket.category_id == criteria.category_id)
    if criteria.assignee is not None:
        c.append(_assignee_condition(criteria.assignee, actor))
    if criteria.team_id is not None:
        c.append(Ticket.team_id == criteria.team_id)
    if criteria.requester_id is not None:
        c.append(Ticket.requester_id == criteria.requester_id)
    if criteria.organization_id is not None:
        c.append(Ticket.organization_id == criteria.organization_id)
    if criteria.channel is not None:
        c.append(Ticket.channel == criteria.channel)
    if criteria.tag is not None:
        tagged = select(TicketTag.ticket_id).where(TicketTag.tag == criteria.tag.strip().lower())
        c.append(Ticket.id.in_(tagged))
    if criteria.created_after is not None:
        c.append(Ticket.created_at >= criteria.created_after)
    if criteria.created_before is not None:
        c.append(Ticket.created_at < criteria.created_before)
    if criteria.updated_after is not None:
        c.append(Ticket.updated_at >= criteria.updated_after)
    if criteria.updated_before is not None:
        c.append(Ticket.updated_at < criteria.updated_before)
    if criteria.text:
        # The full-text index, with the caller's visibility: a customer's words never match
        # an internal note. Text with nothing searchable in it matches nothing.
        query = parse_query(criteria.text)
        if not query:
            c.append(false())
        else:
            engine = engine_named(dialect)
            c.append(Ticket.id.in_(engine.matching_ticket_ids(query, internal=actor.is_staff)))
    return c


def filtered_tickets(session: Session, actor: Actor, criteria: TicketFilter) -> Select[Ticket]:
    """The tickets the actor may read that meet the criteria (lists and search share it)."""
    dialect = session.get_bind().dialect.name
    return readable_tickets(session, actor).where(*_conditions(criteria, actor, dialect=dialect))


def _cursor_values(ticket: Ticket, sort: TicketSort) -> list[Any]:
    return [
        v.rank if isinstance(v, Priority) else v
        for v in (getattr(ticket, col.key) for col in _SORT_COLUMNS[sort])
    ]


def _cursor_types(sort: TicketSort) -> tuple[type, ...]:
    return tuple(datetime if col.key.endswith("_at") else int for col in _SORT_COLUMNS[sort])


def list_tickets(
    session: Session,
    actor: Actor,
    criteria: TicketFilter,
    *,
    sort: TicketSort,
    limit: int,
    cursor: str | None,
) -> tuple[list[Ticket], str | None]:
    """One keyset page: (sort key, id) > the cursor's, so inserts never shift a page."""
    columns = _SORT_COLUMNS[sort]
    descending = sort in _DESCENDING
    statement = filtered_tickets(session, actor, criteria)
    if cursor:
        values = decode_cursor(cursor, f"tickets:{sort.value}", _cursor_types(sort))
        if sort is TicketSort.priority:
            try:
                values[0] = Priority.from_rank(values[0])
            except ValueError as exc:
                raise BadRequest("The cursor is not valid for this list and sort.") from exc
        key = tuple_(*columns)
        bound = tuple_(*(literal(v, col.type) for v, col in zip(values, columns, strict=True)))
        statement = statement.where(key < bound if descending else key > bound)
    order = [col.desc() for col in columns] if descending else list(columns)
    statement = statement.order_by(*order).limit(limit + 1)
    statement = statement.options(selectinload(Ticket.requester))
    rows = list(session.scalars(statement))
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    return page, encode_cursor(f"tickets:{sort.value}", _cursor_values(page[-1], sort))


def events_page(
    session: Session, ticket: Ticket, *, public_only: bool, after_id: int | None, limit: int
) -> list[TicketEvent]:
    statement = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
    if public_only:
        statement = statement.where(TicketEvent.public.is_(True))
    if after_id is not None:
        statement = statement.where(TicketEvent.id > after_id)
    return list(session.scalars(statement.order_by(TicketEvent.id).limit(limit + 1)))
