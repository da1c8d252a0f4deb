"""Mail in over HTTP (for mail servers and scripts, with an admin's API token) and the
quarantine admins inspect, release and drop."""

from typing import Annotated, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.orm import Session

from api.auth.deps import AdminActor
from api.core import conditional
from api.core.conditional import IfMatch
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import ValidationFailed, problem_responses
from api.core.pagination import MAX_LIMIT, Page
from api.mail.inbound import IngestOutcome, ingest_message, quarantine, repository
from api.mail.inbound.deps import QuarantinedMailDep
from api.mail.inbound.kinds import QuarantineStatus
from api.mail.inbound.models import QuarantinedMail
from api.mail.inbound.schemas import MailIngestOut, QuarantinedMailOut

router = APIRouter(prefix="/mail", tags=["mail"])

RAW_MESSAGE_BODY = {
    "requestBody": {
        "required": True,
        # Any Content-Type is read as the raw message (message/rfc822 is the honest one);
        # the contract names octet-stream, which every client and fuzzer can send.
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


async def _raw_message(request: Request) -> bytes:
    raw = await request.body()
    if not raw.strip():
        raise ValidationFailed.on("body", "send the raw message (message/rfc822)")
    return raw


RawMessage = Annotated[bytes, Depends(_raw_message)]


def _outcome_out(session: Session, outcome: IngestOutcome) -> MailIngestOut:
    ids = {outcome.ticket_id} if outcome.ticket_id is not None else set()
    numbers = repository.ticket_numbers(session, ids)
    return MailIngestOut(
        status=outcome.status,
        ticket_number=numbers.get(outcome.ticket_id) if outcome.ticket_id else None,
        comment_id=outcome.comment_id,
        reason=outcome.reason,
    )


def _items_out(session: Session, items: list[QuarantinedMail]) -> list[QuarantinedMailOut]:
    ids = {i.ticket_id for i in items if i.ticket_id is not None}
    numbers = repository.ticket_numbers(session, ids)
    return [
        QuarantinedMailOut(
            id=i.id,
            status=cast(QuarantineStatus, i.status),
            reason=i.reason,
            received_at=i.received_at,
            mailbox_id=i.mailbox_id,
            sender=i.sender,
            subject=i.subject,
            message_id=i.message_id,
            size=i.size,
            headers={str(k): str(v) for k, v in i.headers.items()},
            has_raw=i.storage_key is not None,
            resolved_at=i.resolved_at,
            resolved_by_id=i.resolved_by_id,
            ticket_number=numbers.get(i.ticket_id) if i.ticket_id is not None else None,
            version=i.version,
        )
        for i in items
    ]


def _etag(item: QuarantinedMail) -> str:
    return conditional.etag("quarantined-mail", item.id, item.version)


@router.post(
    "/inbound",
    operation_id="mail-ingest",
    response_model=MailIngestOut,
    responses=problem_responses(400, 401, 403, 413, 422),
    openapi_extra=RAW_MESSAGE_BODY,
    summary="Take in one raw email (message/rfc822) as a mail server would deliver it",
    description="Administrators only (an API token for the mail server's pipe). Machine mail "
    "is ignored, unreadable or oversized mail is quarantined: both still answer 200.",
)
def ingest(
    raw: RawMessage, actor: AdminActor, session: SessionDep, settings: SettingsDep
) -> MailIngestOut:
    outcome = ingest_message(session, raw, settings, received_at=actor.now)
    return _outcome_out(session, outcome)


@router.get(
    "/quarantine",
    operation_id="mail-quarantine-list",
    response_model=Page[QuarantinedMailOut],
    responses=problem_responses(400, 401, 403, 422),
    summary="Incoming mail that became no ticket, newest first",
)
def list_quarantine(
    actor: AdminActor,
    session: SessionDep,
    status: QuarantineStatus = "held",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 25,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[QuarantinedMailOut]:
    rows, next_cursor = repository.quarantine_page(session, status, cursor=cursor, limit=limit)
    return Page[QuarantinedMailOut](items=_items_out(session, rows), next_cursor=next_cursor)


@router.get(
    "/quarantine/{quarantine_id}",
    operation_id="mail-quarantine-get",
    response_model=QuarantinedMailOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="One quarantined message: its headers, size and why it was kept out",
)
def get_quarantined(
    item: QuarantinedMailDep, session: SessionDep, response: Response
) -> QuarantinedMailOut:
    response.headers["ETag"] = _etag(item)
    return _items_out(session, [item])[0]


@router.post(
    "/quarantine/{quarantine_id}/release",
    operation_id="mail-quarantine-release",
    response_model=MailIngestOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Take a held message in after all (limits and the staff-address rule waived)",
)
def release_quarantined(
    item: QuarantinedMailDep,
    actor: AdminActor,
    session: SessionDep,
    settings: SettingsDep,
    if_match: IfMatch = None,
) -> MailIngestOut:
    conditional.require_match(if_match, _etag(item), "message")
    outcome = quarantine.release(session, settings, actor, item)
    return _outcome_out(session, outcome)


@router.post(
    "/quarantine/{quarantine_id}/drop",
    operation_id="mail-quarantine-drop",
    response_model=QuarantinedMailOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Throw a held message away (its raw file is deleted)",
)
def drop_quarantined(
    item: QuarantinedMailDep,
    actor: AdminActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: IfMatch = None,
) -> QuarantinedMailOut:
    conditional.require_match(if_match, _etag(item), "message")
    quarantine.drop(session, settings, actor, item)
    response.headers["ETag"] = _etag(item)
    return _items_out(session, [item])[0]
