"""Opening and changing tickets. Services flush; the request commits."""

from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import refused_fields, refused_filters
from api.category.details import validate_details
from api.category.models import Category
from api.core.errors import (
    Conflict,
    FieldError,
    Forbidden,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from api.link import repository as links
from api.link.rules import parent_resolution_refusal
from api.organization import repository as organizations
from api.priority.service import current_matrix
from api.routing import apply as routing
from api.search import documents as search_documents
from api.sla import tracking
from api.ticket import history, repository
from api.ticket.kinds import Channel
from api.ticket.lifecycle import (
    ClosureCode,
    ClosureError,
    Status,
    TransitionError,
    check_closure,
    check_transition,
    closure_after,
    is_reopen,
)
from api.ticket.models import Ticket, TicketTag
from api.ticket.priority import Level, Priority, priority_for
from api.ticket.schemas import TicketCreate, TicketUpdate
from api.user import repository as users
from api.user.models import User


def _refuse_foreign_fields(actor: Actor, sent: set[str], *, creating: bool) -> None:
    refused = refused_fields(actor.role, sent, creating=creating)
    if refused:
        raise ValidationFailed(
            f"Not yours to set: {', '.join(refused)}.",
            errors=[FieldError(field=f, message="not allowed for your role") for f in refused],
        )


def refuse_staff_filters(actor: Actor, filters: dict[str, object]) -> None:
    """A 422 naming each filter given that only the support team may use."""
    refused = refused_filters(actor.role, {k for k, v in filters.items() if v is not None})
    if refused:
        raise ValidationFailed(
            f"Only the support team filters by {', '.join(refused)}.",
            errors=[FieldError(field=f, message="not a filter for your role") for f in refused],
        )


def _clean_details(
    session: Session, category_id: int | None, details: dict[str, Any]
) -> dict[str, Any]:
    if category_id is None:
        if details:
            raise ValidationFailed.on("details", "pick a category before giving its details")
        return {}
    category = session.get(Category, category_id)
    if category is None or not category.active:
        raise ValidationFailed.on("category_id", "no such category")
    cleaned, errors = validate_details(category.detail_fields, details)
    if errors:
        raise ValidationFailed(
            "; ".join(f"{e.field}: {e.message}" for e in errors),
            errors=[FieldError(field=e.field, message=e.message) for e in errors],
        )
    return cleaned


def _requester_for(session: Session, actor: Actor, requester_id: int | None) -> User:
    if requester_id is None or requester_id == actor.id:
        return actor.user
    return _active_requester(session, requester_id)


def _active_requester(session: Session, requester_id: int) -> User:
    requester = users.by_id(session, requester_id)
    if requester is None or not requester.active:
        raise ValidationFailed.on("requester_id", "no such active user")
    return requester


def _check_places(
    session: Session, requester: User, department_id: int | None, location_id: int | None
) -> None:
    """A department or location named by staff must be one of the requester's organization."""
    for field, value, lookup in (
        ("department_id", department_id, organizations.department),
        ("location_id", location_id, organizations.location),
    ):
        if value is None:
            continue
        row = lookup(session, value)
        if row is None or row.organization_id != requester.organization_id:
            raise ValidationFailed.on(field, "not a place of the requester's organization")


def _placement(
    session: Session, requester: User, department_id: int | None, location_id: int | None
) -> tuple[int | None, int | None]:
    """The requester's department and location unless staff name others of the same org."""
    _check_places(session, requester, department_id, location_id)
    return (
        department_id if department_id is not None else requester.department_id,
        location_id if location_id is not None else requester.location_id,
    )


def _refile(
    session: Session, actor: Actor, ticket: Ticket, changes: dict[str, Any], sent: set[str]
) -> bool:
    """Move a misfiled ticket to its real requester, department or location; True if moved.

    The organization always follows the requester. A new requester brings their own department
    and location unless others are sent with them; a department or location sent alone must
    belong to the ticket's organization (null clears it)."""
    requester = ticket.requester
    if "requester_id" in sent:
        requester = _active_requester(session, changes["requester_id"])
    moved = requester.id != ticket.requester_id
    department_id: int | None = (
        changes["department_id"]
        if "department_id" in sent
        else (requester.department_id if moved else ticket.department_id)
    )
    location_id: int | None = (
        changes["location_id"]
        if "location_id" in sent
        else (requester.location_id if moved else ticket.location_id)
    )
    _check_places(session, requester, department_id, location_id)
    changed = False
    for field, old, new in (
        ("requester_id", ticket.requester_id, requester.id),
        ("organization_id", ticket.organization_id, requester.organization_id),
        ("department_id", ticket.department_id, department_id),
        ("location_id", ticket.location_id, location_id),
    ):
        changed |= history.field_changed(session, ticket, actor, field, old, new)
    ticket.requester = requester
    ticket.requester_id = requester.id
    ticket.organization_id = requester.organization_id
    ticket.department_id, ticket.location_id = department_id, location_id
    return changed


def _default_channel(actor: Actor, requester: User) -> Channel:
    if actor.channel in (Channel.api, Channel.email):
        return actor.channel
    # Staff opening a ticket for someone else are taking a call, by default.
    return Channel.phone if actor.is_staff and requester.id != actor.id else Channel.web


def open_ticket(session: Session, actor: Actor, data: TicketCreate) -> Ticket:
    _refuse_foreign_fields(actor, data.model_fields_set, creating=True)
    requester = _requester_for(session, actor, data.requester_id)
    details = _clean_details(session, data.category_id, data.details)
    department_id, location_id = _placement(
        session, requester, data.department_id, data.location_id
    )
    if data.priority is not None and not (data.priority_reason or "").strip():
        raise ValidationFailed.on("priority_reason", "say why the priority is overridden")
    if data.priority_reason is not None and data.priority is None:
        raise ValidationFailed.on("priority_reason", "give a reason only with a priority")
    computed = priority_for(data.impact, data.urgency, current_matrix(session))
    ticket = Ticket(
        number=repository.next_ticket_number(session),
        subject=data.subject,
        description=data.description,
        status=Status.new,
        impact=data.impact,
        urgency=data.urgency,
        priority=data.priority or computed,
        priority_overridden=data.priority is not None,
        priority_reason=data.priority_reason if data.priority is not None else None,
        type=data.type,
        channel=data.channel or _default_channel(actor, requester),
        category_id=data.category_id,
        details=details,
        requester_id=requester.id,
        organization_id=requester.organization_id,
        department_id=department_id,
        location_id=location_id,
        created_by_id=actor.id,
        created_at=actor.now,
        updated_at=actor.now,
        tag_rows=[TicketTag(tag=t) for t in data.tags or []],
    )
    ticket.requester = requester
    tracking.start(session, ticket, actor.now)
    session.add(ticket)
    session.flush()
    search_documents.index_new_ticket(session, ticket)
    history.record(
        session,
        ticket,
        actor,
        "created",
        public=True,
        to_value=Status.new,
        data={
            "priority": ticket.priority.value,
            "impact": ticket.impact.value,
            "urgency": ticket.urgency.value,
            "channel": ticket.channel.value,
            "requester_id": requester.id,
        },
    )
    if ticket.priority_overridden and ticket.priority != computed:
        # The override and its reason belong in the history, as when made later by PATCH.
        history.record(
            session,
            ticket,
            actor,
            "priority_changed",
            field="priority",
            from_value=computed,
            to_value=ticket.priority,
            note=ticket.priority_reason,
            data={"override": True},
        )
    routing.route_new_ticket(session, actor, ticket, change_status)
    tracking.settle(session)  # the SLA the answer shows (the commit would do it anyway)
    return ticket


def get_readable(session: Session, actor: Actor, number: int, *, for_update: bool) -> Ticket:
    ticket = repository.readable_ticket(session, actor, number, for_update=for_update)
    if ticket is None:
        raise NotFound(f"No ticket {number}.")
    return ticket


def change_status(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    target: Status,
    *,
    resolution: str | None = None,
    automatic: bool = False,
    closure: ClosureCode | None = None,
    closure_reason: str | None = None,
    note: str | None = None,
    cause: dict[str, Any] | None = None,
) -> None:
    """Move the ticket and stamp the lifecycle timestamps. `automatic` skips the table check
    for moves the system makes itself (assignment, a customer's reply, auto-close). `closure`
    closes an open ticket unsolved (duplicate, withdrawn, rejected), checked by its own rule;
    `note` and `cause` say why in the history event."""
    current = ticket.status
    if closure is not None and closure is not ClosureCode.resolved:
        try:
            target = check_closure(current, closure, by_customer=not actor.is_staff)
        except ClosureError as exc:
            raise InvalidTransition(str(exc), allowed=[]) from exc
    elif not automatic:
        try:
            check_transition(current, target, by_customer=not actor.is_staff)
        except TransitionError as exc:
            raise InvalidTransition(str(exc), allowed=[s.value for s in exc.allowed]) from exc
    if target is Status.resolved:
        if not resolution or not resolution.strip():
            raise ValidationFailed.on("resolution", "say what fixed it before resolving")
        ticket.resolution = resolution.strip()
        ticket.resolved_at = actor.now
    elif is_reopen(current, target):
        ticket.resolved_at = None
        ticket.resolution = None
    ticket.closure_code = (
        closure if closure is not None else closure_after(current, target, ticket.closure_code)
    )
    if ticket.closure_code is None or ticket.closure_code is ClosureCode.resolved:
        ticket.closure_reason = None
    else:
        ticket.closure_reason = closure_reason.strip() if closure_reason else None
    if target is Status.closed:
        ticket.closed_at = actor.now
    if target is Status.resolved or is_reopen(current, target):
        search_documents.ticket_text_changed(session, ticket)  # the resolution is indexed
    ticket.status = target
    ticket.updated_at = actor.now
    kind = "reopened" if is_reopen(current, target) else "status_changed"
    data: dict[str, Any] = {"automatic": True} if automatic else {}
    if target is Status.closed or target is Status.resolved:
        data["closure"] = ticket.closure_code.value if ticket.closure_code else None
    history.record(
        session,
        ticket,
        actor,
        kind,
        field="status",
        from_value=current,
        to_value=target,
        note=ticket.resolution if target is Status.resolved else (note or ticket.closure_reason),
        data=(data | (cause or {})) or None,
    )


def refuse_resolving_a_parent(
    session: Session, ticket: Ticket, *, forced: bool, reason: str | None
) -> int:
    """409 while children are open, unless forced with a reason; the open children counted."""
    open_children = links.open_children_count(session, ticket)
    refusal = parent_resolution_refusal(open_children, forced=forced, reason=reason)
    if refusal is not None and forced:
        raise ValidationFailed.on("force_reason", refusal)
    if refusal is not None:
        raise Conflict(f"The ticket is a parent: {refusal}.")
    return open_children


def _set_priority(
    ticket: Ticket,
    actor: Actor,
    session: Session,
    new: Priority,
    reason: str | None,
    *,
    overridden: bool,
    cause: dict[str, Any] | None = None,
) -> bool:
    """Set the priority; True if anything about it changed."""
    before = (ticket.priority, ticket.priority_overridden, ticket.priority_reason)
    ticket.priority = new
    ticket.priority_overridden = overridden
    ticket.priority_reason = reason if overridden else None
    if before == (ticket.priority, ticket.priority_overridden, ticket.priority_reason):
        return False
    history.record(
        session,
        ticket,
        actor,
        "priority_changed",
        field="priority",
        from_value=before[0],
        to_value=new,
        note=reason,
        data={"override": overridden} | (cause or {}),
    )
    return True


def override_priority(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    priority: Priority,
    reason: str,
    *,
    cause: dict[str, Any] | None = None,
) -> bool:
    """Set the priority by hand or by a rule, with the reason in the history; True if it
    changed. `cause` adds to the event's data what set it off (an escalation rule)."""
    changed = _set_priority(ticket, actor, session, priority, reason, overridden=True, cause=cause)
    if changed:
        ticket.updated_at = actor.now
    return changed


def update_ticket(session: Session, actor: Actor, ticket: Ticket, data: TicketUpdate) -> Ticket:
    sent = data.model_fields_set
    _refuse_foreign_fields(actor, sent, creating=False)
    if not actor.is_staff and ticket.requester_id != actor.id:
        raise Forbidden("Only the requester may confirm or reopen this ticket.")
    if ticket.status is Status.closed and sent - {"status", "resolution"}:
        raise Conflict("The ticket is closed, and closed is final.")
    changes = data.model_dump(exclude_unset=True)
    for key in ("subject", "description", "type", "impact", "urgency", "status"):
        if key in changes and changes[key] is None:
            raise ValidationFailed.on(key, "must not be null")
    if "resolution" in sent and data.status is not Status.resolved:
        raise ValidationFailed.on("resolution", "give a resolution only when resolving")
    if "priority_reason" in sent and data.priority is None:
        raise ValidationFailed.on("priority_reason", "give a reason only with a priority")

    # Read before touching the ticket: the query would autoflush a half-applied change.
    matrix = current_matrix(session) if sent & {"priority", "impact", "urgency"} else None
    routed = routing.decide(session, ticket) if sent & routing.CLASSIFICATION else None
    changed = False
    indexed_text = (ticket.subject, ticket.description)
    for key in ("subject", "description", "type"):
        if key in changes:
            changed |= history.field_changed(
                session, ticket, actor, key, getattr(ticket, key), changes[key]
            )
            setattr(ticket, key, changes[key])

    if "category_id" in sent or "details" in sent:
        category_id = changes.get("category_id", ticket.category_id)
        details = changes.get("details")
        if details is None:
            details = ticket.details if category_id == ticket.category_id else {}
        cleaned = _clean_details(session, category_id, details)
        changed |= history.field_changed(
            session, ticket, actor, "category_id", ticket.category_id, category_id
        )
        changed |= history.field_changed(session, ticket, actor, "details", ticket.details, cleaned)
        ticket.category_id, ticket.details = category_id, cleaned

    if sent & {"requester_id", "department_id", "location_id"}:
        changed |= _refile(session, actor, ticket, changes, sent)

    if "tags" in sent and (data.tags or []) != ticket.tags:
        new_tags = data.tags or []
        changed |= history.field_changed(session, ticket, actor, "tags", ticket.tags, new_tags)
        ticket.tag_rows = [TicketTag(tag=t) for t in new_tags]

    if "impact" in sent or "urgency" in sent:
        impact: Level = changes.get("impact", ticket.impact)
        urgency: Level = changes.get("urgency", ticket.urgency)
        changed |= history.field_changed(session, ticket, actor, "impact", ticket.impact, impact)
        changed |= history.field_changed(session, ticket, actor, "urgency", ticket.urgency, urgency)
        ticket.impact, ticket.urgency = impact, urgency

    if data.priority is not None:
        if not (data.priority_reason or "").strip():
            raise ValidationFailed.on("priority_reason", "say why the priority is overridden")
        changed |= _set_priority(
            ticket, actor, session, data.priority, data.priority_reason, overridden=True
        )
    elif "priority" in sent or (
        ("impact" in sent or "urgency" in sent) and not ticket.priority_overridden
    ):
        # The matrix decides unless an override stands; `priority: null` drops the override.
        assert matrix is not None
        computed = priority_for(ticket.impact, ticket.urgency, matrix)
        changed |= _set_priority(ticket, actor, session, computed, None, overridden=False)

    if data.status is not None and data.status is not ticket.status:
        if data.status is Status.resolved:
            refuse_resolving_a_parent(session, ticket, forced=False, reason=None)
        change_status(session, ticket, actor, data.status, resolution=data.resolution)
        changed = True
    elif data.status is not None and "resolution" in sent:
        raise ValidationFailed.on("resolution", "the ticket is already resolved")

    if changed:
        ticket.updated_at = actor.now
    session.flush()
    if routed is not None:
        routing.reroute_if_reclassified(session, actor, ticket, routed, change_status)
    if (ticket.subject, ticket.description) != indexed_text:
        search_documents.ticket_text_changed(session, ticket)
    tracking.settle(session)
    return ticket
