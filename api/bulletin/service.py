"""Bulletins and the major incidents they stand for. Services flush; the request commits."""

from datetime import datetime

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.bulletin import policy, repository
from api.bulletin.models import Audience, Bulletin, BulletinFollower, BulletinTicket
from api.bulletin.schemas import BulletinCreate, BulletinFollow, BulletinResolve, BulletinUpdate
from api.category.models import Category
from api.comment import service as comments
from api.comment.schemas import CommentCreate
from api.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from api.db import upsert
from api.knowledge import counting
from api.ticket import history
from api.ticket.lifecycle import OPEN_STATUSES, Status
from api.ticket.models import Ticket
from api.ticket.service import change_status


def get_readable(session: Session, actor: Actor, bulletin_id: int, *, for_update: bool) -> Bulletin:
    bulletin = repository.readable_bulletin(session, actor, bulletin_id, for_update=for_update)
    if bulletin is None:
        raise NotFound(f"No bulletin {bulletin_id}.")
    return bulletin


def _require_manager(actor: Actor) -> None:
    if not policy.can_manage_bulletins(actor.role):
        raise Forbidden("Bulletins are published by supervisors and administrators.")


def _check_category(session: Session, category_id: int | None) -> None:
    if category_id is not None and session.get(Category, category_id) is None:
        raise ValidationFailed.on("category_id", "no such category")


def create_bulletin(session: Session, actor: Actor, data: BulletinCreate) -> Bulletin:
    _require_manager(actor)
    _check_category(session, data.category_id)
    bulletin = Bulletin(
        title=data.title.strip(),
        message=data.message,
        category_id=data.category_id,
        service=data.service,
        audience=data.audience,
        starts_at=data.starts_at or actor.now,
        ends_at=data.ends_at,
        created_by_id=actor.id,
        created_at=actor.now,
        updated_at=actor.now,
    )
    session.add(bulletin)
    session.flush()
    return bulletin


def update_bulletin(
    session: Session, actor: Actor, bulletin: Bulletin, data: BulletinUpdate
) -> Bulletin:
    _require_manager(actor)
    if bulletin.resolved_at is not None:
        raise Conflict("The bulletin is resolved; publish a new one.")
    sent = data.model_fields_set
    for key in ("title", "message", "audience", "starts_at"):
        if key in sent and getattr(data, key) is None:
            raise ValidationFailed.on(key, "must not be null")
    if "category_id" in sent:
        _check_category(session, data.category_id)
    for key in sent:
        setattr(bulletin, key, getattr(data, key))
    if bulletin.ends_at is not None and bulletin.ends_at <= bulletin.starts_at:
        raise ValidationFailed.on("ends_at", "must be after starts_at")
    bulletin.updated_at = actor.now
    session.flush()
    return bulletin


def link_tickets(
    session: Session, actor: Actor, bulletin: Bulletin, numbers: list[int]
) -> tuple[list[int], list[int]]:
    """Attach tickets to the incident; (newly linked, already linked) numbers."""
    if not policy.can_link_tickets(actor.role):
        raise Forbidden("Only the support team links tickets.")
    if bulletin.resolved_at is not None:
        raise Conflict("The bulletin is resolved; its incident is over.")
    wanted = sorted(set(numbers))
    found = {t.number: t for t in repository.tickets_by_number(session, actor, wanted)}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise ValidationFailed.on("numbers", f"no such tickets: {', '.join(map(str, missing))}")
    closed = [n for n in wanted if found[n].status is Status.closed]
    if closed:
        raise ValidationFailed.on("numbers", f"closed tickets: {', '.join(map(str, closed))}")
    links = repository.links_of(session, [t.id for t in found.values()])
    elsewhere = [n for n in wanted if links.get(found[n].id, bulletin.id) != bulletin.id]
    if elsewhere:
        raise Conflict(f"Already part of another bulletin: {', '.join(map(str, elsewhere))}.")
    linked, already = [], []
    for number in wanted:
        ticket = found[number]
        if ticket.id in links:
            already.append(number)
            continue
        session.add(
            BulletinTicket(
                bulletin_id=bulletin.id,
                ticket_id=ticket.id,
                linked_by_id=actor.id,
                created_at=actor.now,
            )
        )
        history.record(
            session,
            ticket,
            actor,
            "bulletin_linked",
            public=True,
            to_value=bulletin.title,
            data={"bulletin_id": bulletin.id},
            bulletin_id=bulletin.id,
        )
        linked.append(number)
    if linked:
        _links_changed(bulletin, actor)
    session.flush()
    return linked, already


def _links_changed(bulletin: Bulletin, actor: Actor) -> None:
    # The linked tickets are part of the bulletin (its count, its If-Match): a new version.
    bulletin.updated_at = actor.now


def unlink_ticket(session: Session, actor: Actor, bulletin: Bulletin, ticket: Ticket) -> None:
    if not policy.can_link_tickets(actor.role):
        raise Forbidden("Only the support team links tickets.")
    link = session.get(BulletinTicket, (bulletin.id, ticket.id))
    if link is None:
        raise NotFound(f"Ticket {ticket.number} is not part of bulletin {bulletin.id}.")
    session.delete(link)
    history.record(
        session,
        ticket,
        actor,
        "bulletin_unlinked",
        public=False,
        data={"bulletin_id": bulletin.id},
        bulletin_id=bulletin.id,
    )
    _links_changed(bulletin, actor)
    session.flush()


def resolve_bulletin(
    session: Session, actor: Actor, bulletin: Bulletin, data: BulletinResolve
) -> tuple[list[int], list[int]]:
    """Close the incident: every linked open ticket resolved with the one note, which each
    requester also gets as a public reply. One transaction: all of it, or (on any error)
    none of it."""
    _require_manager(actor)
    if bulletin.resolved_at is not None:
        raise Conflict("The bulletin is already resolved.")
    note = data.resolution.strip()
    if not note:
        raise ValidationFailed.on("resolution", "must not be blank")
    resolved: list[int] = []
    untouched: list[int] = []
    for ticket in repository.linked_tickets_for_update(session, bulletin):
        if ticket.status not in OPEN_STATUSES:
            untouched.append(ticket.number)
            continue
        comments.add_comment(session, actor, ticket, CommentCreate(body=note))
        change_status(session, ticket, actor, Status.resolved, resolution=note)
        history.record(
            session,
            ticket,
            actor,
            "bulletin_resolved",
            public=True,
            to_value=bulletin.title,
            data={"bulletin_id": bulletin.id},
            bulletin_id=bulletin.id,
        )
        resolved.append(ticket.number)
    bulletin.resolved_at = actor.now
    bulletin.resolved_by_id = actor.id
    bulletin.resolution = note
    if bulletin.ends_at is None or bulletin.ends_at > actor.now:
        bulletin.ends_at = max(actor.now, bulletin.starts_at)
    bulletin.updated_at = actor.now
    session.flush()
    return sorted(resolved), sorted(untouched)


def follow_bulletin(
    session: Session, actor: Actor, bulletin: Bulletin, data: BulletinFollow
) -> None:
    """The customer follows the outage rather than filing a duplicate request: they read the
    bulletin, its resolution too, until they stop following it. It counts as a deflection
    (an answer that solved it, naming no article), once a day like every other answer."""
    if not policy.can_follow_bulletins(actor.role):
        raise Forbidden("Customers follow outages; the team links their tickets.")
    if bulletin.audience is not Audience.everyone:  # never reached by customers: a 404 first
        raise NotFound(f"No bulletin {bulletin.id}.")
    if not is_active(bulletin, actor.now):
        raise Conflict("The bulletin is not active: there is nothing to follow.")
    session.execute(
        upsert.insert(session, BulletinFollower)
        .values(bulletin_id=bulletin.id, user_id=actor.id, created_at=actor.now)
        .on_conflict_do_nothing()
    )
    counting.record_answer(
        session,
        user_id=actor.id,
        article_id=None,
        query=(data.query or bulletin.title)[:500],
        answers=None,
        solved=True,
        now=actor.now,
    )
    session.flush()


def unfollow_bulletin(session: Session, actor: Actor, bulletin: Bulletin) -> None:
    follower = session.get(BulletinFollower, (bulletin.id, actor.id))
    if follower is None:
        raise NotFound(f"You do not follow bulletin {bulletin.id}.")
    session.delete(follower)
    session.flush()


def is_active(bulletin: Bulletin, now: datetime) -> bool:
    return (
        bulletin.resolved_at is None
        and bulletin.starts_at <= now
        and (bulletin.ends_at is None or bulletin.ends_at > now)
    )
