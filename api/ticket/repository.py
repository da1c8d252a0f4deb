"""Every SELECT on tickets. `readable_tickets` is the one place that says who sees what."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select, update
from sqlalchemy.orm import Session, joinedload, lazyload, with_expression

from api.auth.actor import Actor
from api.bulletin.models import Audience, Bulletin
from api.core.errors import BadRequest
from api.db.base import fits_integer
from api.db.keyset import Keyset, NullsLastKeyset
from api.knowledge.models import Article
from api.knowledge.repository import customer_visible
from api.organization.models import Organization
from api.search.index import engine_named
from api.search.query import parse as parse_query
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.models import Ticket, TicketCounter, TicketEvent, TicketTag
from api.ticket.priority import Priority
from api.watcher.models import TicketWatcher


def readable_tickets(session: Session, actor: Actor) -> Select[Ticket]:
    """Staff read every ticket; a customer reads their own, their organization's if shared,
    and those of their organization they watch."""
    statement = select(Ticket)
    if actor.is_staff:
        return statement
    own: ColumnElement[bool] = Ticket.requester_id == actor.id
    organization_id = actor.user.organization_id
    if organization_id is not None:
        # Still only within their organization: a watch left behind after moving elsewhere
        # opens nothing.
        watched = select(TicketWatcher.ticket_id).where(TicketWatcher.user_id == actor.id)
        own = or_(own, and_(Ticket.organization_id == organization_id, Ticket.id.in_(watched)))
        # Only the flag: loading the Organization would also selectin-load its departments
        # and locations, two more statements on every customer request.
        shared = session.scalar(
            select(Organization.shared_tickets).where(Organization.id == organization_id)
        )
        if shared:
            own = or_(own, Ticket.organization_id == organization_id)
    return statement.where(own)


def readable_number(session: Session, actor: Actor, ticket_id: int) -> int | None:
    """The number of the ticket, if the actor may read it."""
    return readable_numbers(session, actor, {ticket_id}).get(ticket_id)


def readable_numbers(session: Session, actor: Actor, ticket_ids: set[int]) -> dict[int, int]:
    """id -> number of those tickets the actor may read (one query for a whole page)."""
    if not ticket_ids:
        return {}
    statement = readable_tickets(session, actor).where(Ticket.id.in_(ticket_ids))
    rows = session.execute(statement.with_only_columns(Ticket.id, Ticket.number))
    return {int(ticket_id): int(number) for ticket_id, number in rows}


# One query for tickets, their requester (never null) and their tags: a second round trip
# (selectin) cost more than the join, whose rows are few (a page of tickets, a few tags each).
_WITH_REQUESTER_AND_TAGS = (
    joinedload(Ticket.requester, innerjoin=True),
    joinedload(Ticket.tag_rows),
)


def readable_ticket(
    session: Session, actor: Actor, number: int, *, for_update: bool = False
) -> Ticket | None:
    if not fits_integer(number):
        return None
    statement = readable_tickets(session, actor).where(Ticket.number == number)
    if not for_update:
        # one_or_none, not first: every row (one per tag) must reach the tag collection.
        return session.scalars(statement.options(*_WITH_REQUESTER_AND_TAGS)).unique().one_or_none()
    # Writers to one ticket queue up here instead of failing on the version check. The tags
    # are read when first used, after the lock: joined here, they would come from before the
    # wait, stale if the writer ahead changed them. Most writes (a comment) never read them.
    statement = statement.options(
        joinedload(Ticket.requester, innerjoin=True), lazyload(Ticket.tag_rows)
    )
    return session.scalars(statement.with_for_update(of=Ticket)).one_or_none()


# PostgreSQL only (made by the migrations): nextval takes no lock that lasts until commit,
# so concurrent creators do not queue behind each other's whole transaction; the price is a
# gap in the numbers when a creating transaction rolls back.
TICKET_NUMBER_SEQUENCE = sa.Sequence("ticket_number_seq")


def next_ticket_number(session: Session) -> int:
    """A ticket number never handed out before."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(select(TICKET_NUMBER_SEQUENCE.next_value())).scalar_one())
    # SQLite: the writer already holds the database's write lock (BEGIN IMMEDIATE), so the
    # counter row costs no extra waiting, and numbers stay gapless.
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
    sla_due = "sla_due_at"


EVENTS = Keyset("events", (TicketEvent.id,))
_KEYSETS: dict[TicketSort, Keyset | NullsLastKeyset] = {
    TicketSort.sla_due: NullsLastKeyset("tickets:sla_due_at", Ticket.sla_due_at, Ticket.id),
    TicketSort.priority: Keyset(
        "tickets:priority", (Ticket.priority, Ticket.created_at, Ticket.id)
    ),
    TicketSort.created: Keyset("tickets:created", (Ticket.created_at, Ticket.id)),
    TicketSort.newest: Keyset("tickets:-created", (Ticket.created_at, Ticket.id), descending=True),
    TicketSort.updated: Keyset("tickets:updated", (Ticket.updated_at, Ticket.id)),
    TicketSort.recently_updated: Keyset(
        "tickets:-updated", (Ticket.updated_at, Ticket.id), descending=True
    ),
}


class SlaState(StrEnum):
    breached = "breached"  # a clock breached, or the deadline has passed
    paused = "paused"
    running = "running"  # a deadline ahead


@dataclass
class TicketFilter:
    statuses: Sequence[Status] = ()
    closure_codes: Sequence[ClosureCode] = ()
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
    resolved_after: datetime | None = None
    resolved_before: datetime | None = None
    text: str | None = None
    sla: SlaState | None = None
    sla_due_before: datetime | None = None


def _sla_condition(state: SlaState, now: datetime) -> ColumnElement[bool]:
    if state is SlaState.breached:
        return or_(Ticket.sla_breached.is_(True), Ticket.sla_due_at <= now)
    if state is SlaState.paused:
        return Ticket.sla_paused.is_(True)
    return and_(Ticket.sla_due_at > now, Ticket.sla_breached.is_(False))


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
    if criteria.closure_codes:
        c.append(Ticket.closure_code.in_(criteria.closure_codes))
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
    if criteria.resolved_after is not None:
        c.append(Ticket.resolved_at >= criteria.resolved_after)
    if criteria.resolved_before is not None:
        c.append(Ticket.resolved_at < criteria.resolved_before)
    if criteria.sla is not None:
        c.append(_sla_condition(criteria.sla, actor.now))
    if criteria.sla_due_before is not None:
        c.append(Ticket.sla_due_at < criteria.sla_due_before)
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


def list_tickets(
    session: Session,
    actor: Actor,
    criteria: TicketFilter,
    *,
    sort: TicketSort,
    limit: int,
    cursor: str | None,
) -> tuple[list[Ticket], str | None]:
    """One keyset page: (sort key, id) past the cursor's, so inserts never shift a page."""
    statement = filtered_tickets(session, actor, criteria).options(*_WITH_REQUESTER_AND_TAGS)
    return _KEYSETS[sort].page(session, statement, cursor=cursor, limit=limit)


def requester_sees() -> ColumnElement[bool]:
    """Whether the requester sees an event, decided now: the change is theirs to know, and
    the article or bulletin it names (if any) is one customers may read today, so taking an
    article or a bulletin away from customers later takes it out of every history too."""
    article_readable = exists().where(Article.id == TicketEvent.article_id, customer_visible())
    # Any bulletin meant for everyone, over or not: a history may name a past incident.
    bulletin_readable = exists().where(
        Bulletin.id == TicketEvent.bulletin_id, Bulletin.audience == Audience.everyone
    )
    return and_(
        TicketEvent.public.is_(True),
        or_(TicketEvent.article_id.is_(None), article_readable),
        or_(TicketEvent.bulletin_id.is_(None), bulletin_readable),
    )


def events_page(
    session: Session, ticket: Ticket, *, public_only: bool, cursor: str | None, limit: int
) -> tuple[list[TicketEvent], str | None]:
    """The ticket's history; each event says whether the requester sees it (`requester_sees`),
    and `public_only` keeps just those."""
    shown = requester_sees()
    statement = (
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket.id)
        .options(with_expression(TicketEvent.requester_sees, shown))
        .execution_options(populate_existing=True)
    )
    if public_only:
        statement = statement.where(shown)
    return EVENTS.page(session, statement, cursor=cursor, limit=limit)
