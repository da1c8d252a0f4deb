from fastapi import APIRouter, Response, status

from api.auth.deps import AdminActor
from api.core import conditional
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.jobs import defer
from api.mail.mailbox import repository, service
from api.mail.mailbox.deps import MailboxDep
from api.mail.mailbox.models import Mailbox
from api.mail.mailbox.schemas import (
    ConnectionTestOut,
    MailboxOut,
    MailboxPatch,
    MailboxWrite,
    PollQueued,
)
from api.mail.mailbox.tasks import POLL_ONE

router = APIRouter(prefix="/mailboxes", tags=["mailboxes"])


def _etag(mailbox: Mailbox) -> str:
    return conditional.etag("mailbox", mailbox.id, mailbox.version)


def _out(mailbox: Mailbox, response: Response) -> MailboxOut:
    response.headers["ETag"] = _etag(mailbox)
    return service.mailbox_out(mailbox)


@router.get(
    "",
    operation_id="mailboxes-list",
    response_model=Page[MailboxOut],
    responses=problem_responses(401, 403),
    summary="Every mailbox the desk reads, by name, with its last poll",
)
def list_mailboxes(actor: AdminActor, session: SessionDep) -> Page[MailboxOut]:
    mailboxes = repository.all_mailboxes(session)
    return Page[MailboxOut](items=[service.mailbox_out(m) for m in mailboxes])


@router.post(
    "",
    operation_id="mailboxes-create",
    response_model=MailboxOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add a mailbox; its password is stored sealed and never returned",
)
def create_mailbox(
    data: MailboxWrite,
    actor: AdminActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> MailboxOut:
    return _out(service.create(session, actor, settings, data), response)


@router.get(
    "/{mailbox_id}",
    operation_id="mailboxes-get",
    response_model=MailboxOut,
    responses=problem_responses(401, 403, 404),
)
def get_mailbox(mailbox: MailboxDep, response: Response) -> MailboxOut:
    return _out(mailbox, response)


@router.patch(
    "/{mailbox_id}",
    operation_id="mailboxes-update",
    response_model=MailboxOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Change a mailbox; send `password` only to replace it",
)
def update_mailbox(
    data: MailboxPatch,
    mailbox: MailboxDep,
    actor: AdminActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> MailboxOut:
    conditional.require_match(if_match, _etag(mailbox), "mailbox")
    return _out(service.update(session, actor, settings, mailbox, data), response)


@router.delete(
    "/{mailbox_id}",
    operation_id="mailboxes-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 412),
    summary="Stop reading a mailbox (the mail it took in stays)",
)
def delete_mailbox(
    mailbox: MailboxDep, session: SessionDep, if_match: conditional.IfMatch = None
) -> Response:
    conditional.require_match(if_match, _etag(mailbox), "mailbox")
    service.delete(session, mailbox)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{mailbox_id}/connection-test",
    operation_id="mailboxes-test-connection",
    response_model=ConnectionTestOut,
    responses=problem_responses(401, 403, 404),
    summary="Sign in and count the folder's messages, or say why that fails",
    description="Answers 200 either way: `ok` says whether it worked and `error` why not. "
    "Each network step waits at most SPORTELLO_IMAP_TIMEOUT_SECONDS.",
)
def test_connection(
    mailbox: MailboxDep, session: SessionDep, settings: SettingsDep
) -> ConnectionTestOut:
    return service.test_connection(session, settings, mailbox)


@router.post(
    "/{mailbox_id}/polls",
    operation_id="mailboxes-poll",
    response_model=PollQueued,
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(401, 403, 404),
    summary="Poll the mailbox now, in the background, rather than at the next minute",
)
def poll_mailbox(mailbox: MailboxDep, session: SessionDep) -> PollQueued:
    defer(session, POLL_ONE, mailbox_id=mailbox.id)
    return PollQueued(mailbox_id=mailbox.id)
