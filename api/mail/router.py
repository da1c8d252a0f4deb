from fastapi import APIRouter

from api.auth.deps import AdminActor
from api.core.clock import utcnow
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import InvalidTransition, problem_responses
from api.mail import service
from api.mail.schemas import (
    MailTestIn,
    MailTestOut,
    ResolutionAnswerIn,
    ResolutionLinkIn,
    ResolutionLinkOut,
)
from api.ticket.models import Ticket

router = APIRouter()


@router.post(
    "/mail/test",
    operation_id="mail-test",
    tags=["mail"],
    response_model=MailTestOut,
    responses=problem_responses(401, 403, 422),
    summary="Send a test message through the SMTP settings (administrators)",
)
def send_test(
    data: MailTestIn, actor: AdminActor, session: SessionDep, settings: SettingsDep
) -> MailTestOut:
    return service.send_test(session, actor, data.to, settings)


def _link_out(ticket: Ticket, actionable: bool, prefix: str) -> ResolutionLinkOut:
    return ResolutionLinkOut(
        reference=f"{prefix}{ticket.number}",
        number=ticket.number,
        subject=ticket.subject,
        status=ticket.status,
        actionable=actionable,
    )


@router.post(
    "/resolution-links/inspect",
    operation_id="resolution-links-inspect",
    tags=["resolution-links"],
    response_model=ResolutionLinkOut,
    responses=problem_responses(404, 422),
    summary="The ticket a resolution mail's link names (changes nothing)",
    description="Public: the signed token is the credential. POST rather than GET so that "
    "the token stays out of URLs and logs.",
)
def inspect_link(
    data: ResolutionLinkIn, session: SessionDep, settings: SettingsDep
) -> ResolutionLinkOut:
    ticket, standing = service.ticket_of_link(session, data.token, settings)
    return _link_out(ticket, standing, settings.ticket_prefix)


@router.post(
    "/resolution-links/answer",
    operation_id="resolution-links-answer",
    tags=["resolution-links"],
    response_model=ResolutionLinkOut,
    responses=problem_responses(404, 409, 422),
    summary="Confirm or reopen a resolved ticket from its resolution mail",
    description="Public: the signed token is the credential. Acts only while the resolution "
    "the mail announced still stands (409 otherwise).",
)
def answer_link(
    data: ResolutionAnswerIn, session: SessionDep, settings: SettingsDep
) -> ResolutionLinkOut:
    ticket, standing = service.ticket_of_link(session, data.token, settings)
    if not standing:
        raise InvalidTransition("This resolution was already answered or has changed.", allowed=[])
    ticket = service.answer(session, ticket, data.action, utcnow())
    return _link_out(ticket, False, settings.ticket_prefix)
