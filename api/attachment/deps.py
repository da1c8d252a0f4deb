from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from api.attachment.schemas import AttachmentUpload
from api.auth.deps import CurrentActor
from api.ticket.deps import TicketDep

# The form is described by hand because the route reads it itself (see read_upload).
UPLOAD_REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": AttachmentUpload.model_json_schema(ref_template="{model}")
            }
        },
    }
}


async def read_upload(
    request: Request, _actor: CurrentActor, _ticket: TicketDep
) -> AsyncIterator[AttachmentUpload]:
    """Parse the multipart body only once the caller is signed in and may see the ticket.

    FastAPI reads a form body before it runs any dependency, so a route with File() parameters
    would spool a stranger's upload to disk before answering 401.
    """
    form = await request.form(max_files=1, max_fields=4)
    try:
        values = {key: value for key, value in form.multi_items() if value != ""}
        try:
            upload = AttachmentUpload.model_validate(values)
        except ValidationError as exc:
            raise RequestValidationError(
                [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
            ) from exc
        yield upload
    finally:
        await form.close()


UploadDep = Annotated[AttachmentUpload, Depends(read_upload)]
