from urllib.parse import quote

from fastapi import APIRouter, status
from fastapi.responses import FileResponse

from api.attachment import service, storage
from api.attachment.deps import UPLOAD_REQUEST_BODY, UploadDep
from api.attachment.schemas import AttachmentOut
from api.auth.deps import CurrentActor
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import NotFound, problem_responses
from api.core.pagination import Page
from api.ticket.deps import TicketDep

router = APIRouter(prefix="/tickets/{number}/attachments", tags=["attachments"])


@router.post(
    "",
    operation_id="attachments-create",
    response_model=AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 404, 409, 413, 422),
    summary="Upload a file to the ticket, or to one of your comments on it",
    description="Refused (401, 404, 413) before any of the file is stored.",
    openapi_extra=UPLOAD_REQUEST_BODY,
)
def upload(
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    form: UploadDep,
) -> AttachmentOut:
    attachment = service.attach(
        session,
        settings.attachments_dir,
        actor,
        ticket,
        source=form.file.file,
        filename=form.file.filename,
        comment_id=form.comment_id,
        max_bytes=settings.max_upload_bytes,
    )
    return AttachmentOut.model_validate(attachment)


@router.get(
    "",
    operation_id="attachments-list",
    response_model=Page[AttachmentOut],
    responses=problem_responses(401, 404),
)
def list_attachments(
    ticket: TicketDep, actor: CurrentActor, session: SessionDep
) -> Page[AttachmentOut]:
    rows = service.readable_attachments(session, actor, ticket)
    return Page[AttachmentOut](items=[AttachmentOut.model_validate(a) for a in rows])


@router.get(
    "/{attachment_id}",
    operation_id="attachments-download",
    response_class=FileResponse,
    responses={
        200: {
            # The sniffed type of the file, whatever it is.
            "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The file",
        },
        **problem_responses(401, 404),
    },
    summary="Download (always as an attachment, with the sniffed content type)",
)
def download(
    attachment_id: int,
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
) -> FileResponse:
    attachment = service.readable_attachment(session, actor, ticket, attachment_id)
    path = storage.path_of(settings.attachments_dir, attachment.storage_key)
    if not path.is_file():
        raise NotFound("The file is missing from storage.")
    ascii_name = attachment.filename.encode("ascii", "replace").decode().replace('"', "_")
    return FileResponse(
        path,
        media_type=attachment.content_type,
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_name}"; '
            f"filename*=UTF-8''{quote(attachment.filename)}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )
