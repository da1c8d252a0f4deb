from datetime import datetime

from pydantic import BaseModel, ConfigDict


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
