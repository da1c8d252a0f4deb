from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from api.auth.actor import Actor
from api.auth.deps import CurrentActor, StaffActor
from api.bulletin import repository, service
from api.bulletin.deps import BulletinDep
from api.bulletin.models import Bulletin
from api.bulletin.repository import BulletinState
from api.bulletin.schemas import (
    BulletinCreate,
    BulletinFollow,
    BulletinLinkResult,
    BulletinOut,
    BulletinResolution,
    BulletinResolve,
    BulletinTicketsLink,
    BulletinUpdate,
)
from api.core import conditional
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from api.knowledge.deps import MarkdownDep, MarkdownToHtml
from api.ticket.schemas import TicketBrief
from api.ticket.service import get_readable as get_ticket

router = APIRouter(prefix="/bulletins", tags=["bulletins"])


def bulletin_out(
    bulletin: Bulletin,
    actor: Actor,
    linked: int | None,
    to_html: MarkdownToHtml,
    *,
    following: bool = False,
) -> BulletinOut:
    return BulletinOut(
        id=bulletin.id,
        title=bulletin.title,
        message=bulletin.message,
        message_html=to_html(bulletin.message),
        category_id=bulletin.category_id,
        service=bulletin.service,
        audience=bulletin.audience,
        starts_at=bulletin.starts_at,
        ends_at=bulletin.ends_at,
        active=service.is_active(bulletin, actor.now),
        created_by_id=bulletin.created_by_id,
        created_at=bulletin.created_at,
        updated_at=bulletin.updated_at,
        resolved_at=bulletin.resolved_at,
        resolution=bulletin.resolution,
        linked_ticket_count=linked if actor.is_staff else None,
        following=following,
        version=bulletin.version,
    )


def _outs(
    session: SessionDep, bulletins: list[Bulletin], actor: Actor, to_html: MarkdownToHtml
) -> list[BulletinOut]:
    ids = [b.id for b in bulletins]
    counts = repository.linked_counts(session, ids) if actor.is_staff else {}
    followed = repository.followed_ids(session, actor.id, ids)
    return [
        bulletin_out(b, actor, counts.get(b.id, 0), to_html, following=b.id in followed)
        for b in bulletins
    ]


def _out(
    session: SessionDep, bulletin: Bulletin, actor: Actor, to_html: MarkdownToHtml
) -> BulletinOut:
    return _outs(session, [bulletin], actor, to_html)[0]


def _etag(bulletin: Bulletin) -> str:
    return conditional.etag("bulletin", bulletin.id, bulletin.version)


@router.get(
    "",
    operation_id="bulletins-list",
    response_model=Page[BulletinOut],
    responses=problem_responses(400, 401, 422),
    summary="Bulletins, newest first (customers: the active ones meant for them)",
    description=(
        "Customers read the active bulletins meant for everyone, and the ones they follow "
        "after they end (with their resolution). `ticket` narrows the list to the bulletin "
        "whose incident that ticket is part of, if the caller may read both."
    ),
)
def list_bulletins(
    markdown: MarkdownDep,
    actor: CurrentActor,
    session: SessionDep,
    state: BulletinState = BulletinState.active,
    ticket: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="A ticket's number.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[BulletinOut]:
    rows, next_cursor = repository.list_bulletins(
        session, actor, state, ticket_number=ticket, limit=limit, cursor=cursor
    )
    return Page[BulletinOut](items=_outs(session, rows, actor, markdown), next_cursor=next_cursor)


@router.post(
    "",
    operation_id="bulletins-create",
    response_model=BulletinOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 422),
    summary="Announce a known problem or outage (supervisors and administrators)",
)
def create_bulletin(
    markdown: MarkdownDep,
    data: BulletinCreate,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> BulletinOut:
    bulletin = service.create_bulletin(session, actor, data)
    response.headers["Location"] = f"/api/v1/bulletins/{bulletin.id}"
    response.headers["ETag"] = _etag(bulletin)
    return bulletin_out(bulletin, actor, 0, markdown)


@router.get(
    "/{bulletin_id}",
    operation_id="bulletins-get",
    response_model=BulletinOut,
    responses=problem_responses(401, 404, 422),
    summary="One bulletin",
)
def get_bulletin(
    markdown: MarkdownDep,
    bulletin: BulletinDep,
    actor: CurrentActor,
    session: SessionDep,
    response: Response,
) -> BulletinOut:
    response.headers["ETag"] = _etag(bulletin)
    return _out(session, bulletin, actor, markdown)


@router.patch(
    "/{bulletin_id}",
    operation_id="bulletins-update",
    response_model=BulletinOut,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
    summary="Change the message, audience or window (supervisors and administrators)",
)
def update_bulletin(
    markdown: MarkdownDep,
    data: BulletinUpdate,
    bulletin: BulletinDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> BulletinOut:
    conditional.require_match(if_match, _etag(bulletin), "bulletin")
    service.update_bulletin(session, actor, bulletin, data)
    response.headers["ETag"] = _etag(bulletin)
    return _out(session, bulletin, actor, markdown)


@router.get(
    "/{bulletin_id}/tickets",
    operation_id="bulletins-tickets",
    response_model=Page[TicketBrief],
    responses=problem_responses(400, 401, 403, 404, 422),
    summary="The tickets linked to the bulletin's incident (support team)",
)
def list_linked_tickets(
    bulletin: BulletinDep,
    actor: StaffActor,
    session: SessionDep,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[TicketBrief]:
    rows, next_cursor = repository.linked_tickets_page(
        session, bulletin, cursor=cursor, limit=limit
    )
    return Page[TicketBrief](
        items=[TicketBrief.of(t, settings.ticket_prefix) for t in rows],
        next_cursor=next_cursor,
    )


@router.post(
    "/{bulletin_id}/tickets",
    operation_id="bulletins-link-tickets",
    response_model=BulletinLinkResult,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Link tickets to the bulletin as part of its major incident (support team)",
    description="If-Match takes the bulletin's ETag: the links are the bulletin's incident.",
)
def link_tickets(
    data: BulletinTicketsLink,
    bulletin: BulletinDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> BulletinLinkResult:
    conditional.require_match(if_match, _etag(bulletin), "bulletin")
    linked, already = service.link_tickets(session, actor, bulletin, data.numbers)
    response.headers["ETag"] = _etag(bulletin)
    return BulletinLinkResult(bulletin_id=bulletin.id, linked=linked, already_linked=already)


@router.delete(
    "/{bulletin_id}/tickets/{number}",
    operation_id="bulletins-unlink-ticket",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Take a ticket out of the bulletin's incident",
    description="If-Match takes the bulletin's ETag: the links are the bulletin's incident.",
)
def unlink_ticket(
    bulletin: BulletinDep,
    number: int,
    actor: StaffActor,
    session: SessionDep,
    if_match: conditional.IfMatch = None,
) -> Response:
    conditional.require_match(if_match, _etag(bulletin), "bulletin")
    ticket = get_ticket(session, actor, number, for_update=True)
    service.unlink_ticket(session, actor, bulletin, ticket)
    return Response(status_code=status.HTTP_204_NO_CONTENT, headers={"ETag": _etag(bulletin)})


@router.post(
    "/{bulletin_id}/resolve",
    operation_id="bulletins-resolve",
    response_model=BulletinResolution,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Resolve the incident: every linked open ticket resolved with one note, at once",
    description=(
        "In one transaction: each linked ticket that is still open gets the note as a public "
        "reply to its requester and as its resolution, and the bulletin ends. Any failure "
        "changes nothing."
    ),
)
def resolve_bulletin(
    markdown: MarkdownDep,
    data: BulletinResolve,
    bulletin: BulletinDep,
    actor: StaffActor,
    session: SessionDep,
    if_match: conditional.IfMatch = None,
) -> BulletinResolution:
    conditional.require_match(if_match, _etag(bulletin), "bulletin")
    resolved, untouched = service.resolve_bulletin(session, actor, bulletin, data)
    return BulletinResolution(
        bulletin=_out(session, bulletin, actor, markdown),
        resolved_tickets=resolved,
        untouched_tickets=untouched,
    )


@router.put(
    "/{bulletin_id}/follow",
    operation_id="bulletins-follow",
    response_model=BulletinOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Follow a known outage instead of filing a duplicate request (customers)",
    description=(
        "The customer keeps reading the bulletin after it ends, resolution included, and sees "
        "it among the bulletins they follow; it counts as a deflection (a self-service answer "
        "that solved it). Following twice is following once."
    ),
)
def follow_bulletin(
    markdown: MarkdownDep,
    data: BulletinFollow,
    bulletin: BulletinDep,
    actor: CurrentActor,
    session: SessionDep,
) -> BulletinOut:
    service.follow_bulletin(session, actor, bulletin, data)
    return _out(session, bulletin, actor, markdown)


@router.delete(
    "/{bulletin_id}/follow",
    operation_id="bulletins-unfollow",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 422),
    summary="Stop following a bulletin",
)
def unfollow_bulletin(bulletin: BulletinDep, actor: CurrentActor, session: SessionDep) -> Response:
    service.unfollow_bulletin(session, actor, bulletin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
