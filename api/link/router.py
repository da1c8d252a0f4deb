from fastapi import APIRouter, Response, status

from api.auth.deps import CurrentActor
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.link import repository, service
from api.link.repository import SeenLink
from api.link.schemas import LinkCreate, LinkedTicket, LinkOut
from api.ticket.deps import TicketDep, TicketToChangeDep

router = APIRouter(prefix="/tickets/{number}/links", tags=["links"])


def link_out(seen: SeenLink, prefix: str) -> LinkOut:
    other = seen.other
    return LinkOut(
        id=seen.link.id,
        relation=seen.relation,
        ticket=LinkedTicket(
            number=other.number,
            reference=f"{prefix}{other.number}",
            subject=other.subject,
            type=other.type,
            status=other.status,
            closure_code=other.closure_code,
        ),
    )


@router.get(
    "",
    operation_id="links-list",
    response_model=Page[LinkOut],
    responses=problem_responses(401, 404),
    summary="The ticket's links to tickets you may read too (parent, children, related, ...)",
)
def list_links(
    ticket: TicketDep, actor: CurrentActor, session: SessionDep, settings: SettingsDep
) -> Page[LinkOut]:
    seen = repository.links_of(session, actor, ticket)
    return Page[LinkOut](items=[link_out(s, settings.ticket_prefix) for s in seen])


@router.post(
    "",
    operation_id="links-create",
    response_model=LinkOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Link another ticket as parent, child, related, problem or incident (staff)",
)
def create_link(
    data: LinkCreate,
    ticket: TicketToChangeDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
) -> LinkOut:
    link = service.add_link(session, actor, ticket, data)
    seen = next(s for s in repository.links_of(session, actor, ticket) if s.link.id == link.id)
    return link_out(seen, settings.ticket_prefix)


@router.delete(
    "/{link_id}",
    operation_id="links-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409, 412),
    summary="Remove a link (staff); a merge's duplicate link stays",
)
def delete_link(
    link_id: int, ticket: TicketToChangeDep, actor: CurrentActor, session: SessionDep
) -> Response:
    service.remove_link(session, actor, ticket, link_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
