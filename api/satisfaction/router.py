from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from api.auth.deps import CurrentActor
from api.core import conditional
from api.core.clock import utcnow
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.satisfaction import repository, service
from api.satisfaction.rules import SurveyChannel
from api.satisfaction.schemas import SatisfactionIn, SatisfactionLinkOut, SatisfactionOut
from api.ticket.deps import TicketDep
from api.ticket.models import Ticket

router = APIRouter(prefix="/tickets/{number}/satisfaction", tags=["satisfaction"])
links_router = APIRouter(prefix="/satisfaction-links", tags=["satisfaction"])

LinkToken = Annotated[
    str, Path(max_length=512, description="The token of a resolution email's rating link.")
]


def _etag(ticket: Ticket, survey_version: int) -> str:
    # The ticket's version too: whether the caller may still rate follows its status.
    return f'"satisfaction-{ticket.number}-v{survey_version}-t{ticket.version}"'


def _current_etag(session: SessionDep, ticket: Ticket) -> str:
    survey = repository.for_ticket(session, ticket.id)
    return _etag(ticket, survey.version if survey else 0)


@router.get(
    "",
    operation_id="satisfaction-get",
    response_model=SatisfactionOut,
    responses={
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
        **problem_responses(401, 404),
    },
    summary="The ticket's satisfaction survey: the rating, and whether you may rate now",
)
def get_satisfaction(
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    response: Response,
    if_none_match: conditional.IfNoneMatch = None,
) -> Response | SatisfactionOut:
    survey = repository.for_ticket(session, ticket.id)
    current = _etag(ticket, survey.version if survey else 0)
    if conditional.matches(if_none_match, current):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": current})
    response.headers["ETag"] = current
    return service.survey_out(actor, ticket, survey)


@router.put(
    "",
    operation_id="satisfaction-rate",
    response_model=SatisfactionOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Rate the resolved ticket, or change the rating until it is closed (the requester)",
)
def rate_ticket(
    data: SatisfactionIn,
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> SatisfactionOut:
    conditional.require_match(if_match, _current_etag(session, ticket), "rating")
    survey = service.rate(session, actor, ticket, data, SurveyChannel.portal)
    response.headers["ETag"] = _etag(ticket, survey.version)
    return service.survey_out(actor, ticket, survey)


@links_router.get(
    "/{token}",
    operation_id="satisfaction-links-get",
    response_model=SatisfactionLinkOut,
    responses=problem_responses(404, 422),
    summary="What an email rating link rates; changes nothing (mail scanners follow links)",
)
def read_link(token: LinkToken, session: SessionDep, settings: SettingsDep) -> SatisfactionLinkOut:
    ticket = service.ticket_of_link(session, token, settings, for_update=False)
    return service.link_out(session, service.link_actor(ticket, utcnow()), ticket)


@links_router.post(
    "/{token}",
    operation_id="satisfaction-links-rate",
    response_model=SatisfactionLinkOut,
    responses=problem_responses(404, 409, 422),
    summary="Rate through an email link, without signing in",
)
def rate_by_link(
    token: LinkToken, data: SatisfactionIn, session: SessionDep, settings: SettingsDep
) -> SatisfactionLinkOut:
    ticket = service.ticket_of_link(session, token, settings, for_update=True)
    actor = service.link_actor(ticket, utcnow())
    service.rate(session, actor, ticket, data, SurveyChannel.email)
    return service.link_out(session, actor, ticket)
