"""Closing a ticket with a code, merging a duplicate, and resolving a problem's incidents.

One transaction each: every part of a merge happens, or (on any error) none of it.
"""

from sqlalchemy.orm import Session

from api.attachment import repository as attachments
from api.auth.actor import Actor
from api.closure.schemas import MergeMoves, MergeRequest, TicketClose
from api.comment import repository as comments
from api.comment.schemas import CommentCreate
from api.comment.service import add_comment
from api.core.errors import Conflict, Forbidden, InvalidTransition, ValidationFailed
from api.link import repository as links
from api.link.models import TicketLink
from api.link.rules import LinkKind
from api.search import documents as search_documents
from api.ticket import history
from api.ticket import repository as tickets
from api.ticket.kinds import TicketType
from api.ticket.lifecycle import (
    CUSTOMER_CLOSURES,
    OPEN_STATUSES,
    ClosureCode,
    ClosureError,
    Status,
    check_closure,
)
from api.ticket.models import Ticket
from api.ticket.service import change_status, refuse_resolving_a_parent
from api.watcher import repository as watchers
from api.watcher import service as watching


def _note(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def close_ticket(
    session: Session, actor: Actor, ticket: Ticket, data: TicketClose, *, prefix: str
) -> tuple[list[int], MergeMoves | None]:
    """Close with the code; (incidents resolved with it, what a merge moved)."""
    if not actor.is_staff:
        if data.code not in CUSTOMER_CLOSURES:
            raise ValidationFailed.on("code", "a requester may only withdraw their request")
        if ticket.requester_id != actor.id:
            raise Forbidden("Only the requester may withdraw this request.")
    for field in ("force", "force_reason", "resolve_incidents"):
        if field in data.model_fields_set and data.code is not ClosureCode.resolved:
            raise ValidationFailed.on(field, "only when resolving")
    if data.code is ClosureCode.duplicate:
        if data.duplicate_of is None:
            raise ValidationFailed.on("duplicate_of", "name the ticket this one duplicates")
        moved = merge(
            session,
            actor,
            ticket,
            MergeRequest(into=data.duplicate_of, note=data.note),
            prefix=prefix,
        )
        return [], moved
    if data.duplicate_of is not None:
        raise ValidationFailed.on("duplicate_of", "only with the code duplicate")
    note = _note(data.note)
    if data.code is ClosureCode.resolved:
        return _resolve(session, actor, ticket, data, note), None
    if data.code is ClosureCode.rejected and note is None:
        raise ValidationFailed.on("note", "say why the request is rejected")
    change_status(session, ticket, actor, Status.closed, closure=data.code, closure_reason=note)
    session.flush()
    return [], None


def _resolve(
    session: Session, actor: Actor, ticket: Ticket, data: TicketClose, note: str | None
) -> list[int]:
    if note is None:
        raise ValidationFailed.on("note", "say what fixed it before resolving")
    if data.resolve_incidents and ticket.type is not TicketType.problem:
        raise ValidationFailed.on("resolve_incidents", "only a problem has incidents to resolve")
    if ticket.status not in OPEN_STATUSES:
        raise InvalidTransition(
            f"Only an open ticket can be resolved; this one is {ticket.status}."
        )
    open_children = refuse_resolving_a_parent(
        session, ticket, forced=data.force, reason=data.force_reason
    )
    change_status(session, ticket, actor, Status.resolved, resolution=note)
    if open_children:
        history.record(
            session,
            ticket,
            actor,
            "resolution_forced",
            public=False,
            note=(data.force_reason or "").strip(),
            data={"open_children": open_children},
        )
    resolved: list[int] = []
    if data.resolve_incidents:
        for incident in links.open_incidents_for_update(session, ticket):
            add_comment(session, actor, incident, CommentCreate(body=note))
            change_status(session, incident, actor, Status.resolved, resolution=note)
            # Internal: the problem is the team's, and its requester may not be this one.
            history.record(
                session,
                incident,
                actor,
                "problem_resolved",
                public=False,
                to_value=ticket.number,
                data={"problem": ticket.number},
            )
            resolved.append(incident.number)
    session.flush()
    return resolved


def _survivor(session: Session, actor: Actor, duplicate: Ticket, number: int) -> Ticket:
    if duplicate.merged_into_id is not None:
        raise Conflict("The ticket is already merged into another.")
    survivor = tickets.readable_ticket(session, actor, number, for_update=True)
    if survivor is None:
        raise ValidationFailed.on("into", "no such ticket")
    if survivor.id == duplicate.id:
        raise ValidationFailed.on("into", "a ticket cannot be merged into itself")
    if survivor.merged_into_id is not None:
        raise Conflict("That ticket is itself a merged duplicate; merge into its survivor.")
    if survivor.status is Status.closed:
        raise Conflict("That ticket is closed; merge into an open one.")
    return survivor


def merge_preview(
    session: Session, actor: Actor, duplicate: Ticket, number: int
) -> tuple[Ticket, MergeMoves]:
    if not actor.is_staff:
        raise Forbidden("Only the support team merges tickets.")
    survivor = _survivor(session, actor, duplicate, number)
    already = set(watchers.watcher_ids(session, survivor))
    moving_watchers = [
        u
        for _, u in watchers.watchers_of(session, duplicate)
        if u.id not in already and watching.may_watch(u, survivor) is None
    ]
    return survivor, MergeMoves(
        comments=comments.count_on(session, duplicate.id),
        attachments=attachments.count_on(session, duplicate.id),
        watchers=len(moving_watchers),
    )


def merge(
    session: Session, actor: Actor, duplicate: Ticket, data: MergeRequest, *, prefix: str
) -> MergeMoves:
    """Move the duplicate's conversation, files and watchers to the survivor, tell both
    requesters, and close the duplicate as such. A second merge of it is a 409."""
    if not actor.is_staff:
        raise Forbidden("Only the support team merges tickets.")
    survivor = _survivor(session, actor, duplicate, data.into)
    try:
        check_closure(duplicate.status, ClosureCode.duplicate, by_customer=False)
    except ClosureError as exc:
        raise InvalidTransition(str(exc), allowed=[]) from exc
    session.flush()
    moved = MergeMoves(
        comments=comments.move_all(session, duplicate.id, survivor.id),
        attachments=attachments.move_all(session, duplicate.id, survivor.id),
        watchers=watching.move_watchers(session, actor, duplicate, survivor),
    )
    # The duplicate's requester follows the survivor, where their words now are, if they may.
    requester = duplicate.requester
    if (
        watching.may_watch(requester, survivor) is None
        and watchers.watch(session, survivor.id, requester.id) is None
    ):
        watching.add_watcher(session, actor, survivor, requester.id)
    search_documents.reindex_ticket(session, duplicate)
    search_documents.reindex_ticket(session, survivor)

    readable = tickets.readable_number(session, Actor(user=requester, now=actor.now), survivor.id)
    reference = None if readable is None else f"{prefix}{readable}"
    where = f"the request {reference}" if reference else "another request of the same issue"
    word = _note(data.note)
    add_comment(
        session,
        actor,
        duplicate,
        CommentCreate(
            body=f"This request duplicates {where}: its conversation continues there."
            + (f"\n\n{word}" if word else "")
        ),
    )
    add_comment(
        session,
        actor,
        survivor,
        CommentCreate(
            body="Another report of the same issue was merged into this request; its "
            "conversation continues here."
        ),
    )
    duplicate.merged_into_id = survivor.id
    change_status(
        session, duplicate, actor, Status.closed, closure=ClosureCode.duplicate, closure_reason=word
    )
    session.add(
        TicketLink(
            ticket_id=duplicate.id,
            other_id=survivor.id,
            kind=LinkKind.duplicate_of,
            created_by_id=actor.id,
            created_at=actor.now,
        )
    )
    counts = moved.model_dump()
    history.record(
        session,
        duplicate,
        actor,
        "merged_into",
        public=reference is not None,
        to_value=survivor.number,
        data={"number": survivor.number, **counts},
    )
    history.record(
        session,
        survivor,
        actor,
        "merged_from",
        public=False,
        from_value=duplicate.number,
        data={"number": duplicate.number, **counts},
    )
    session.flush()
    return moved
