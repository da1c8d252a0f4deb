from datetime import datetime

from fastapi import UploadFile
from pydantic import BaseModel, ConfigDict, Field


class AttachmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    comment_id: int | None
    uploader_id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    internal: bool
    created_at: datetime


class AttachmentUpload(BaseModel):
    """The multipart form of an upload."""

    file: UploadFile = Field(description="The file")
    comment_id: int | None = Field(
        default=None, description="One of your comments on the ticket to attach the file to."
    )
