from sqlalchemy import select
from sqlalchemy.orm import Session

from api.attachment.models import Attachment


def storage_keys(session: Session) -> set[str]:
    """The name of every file an attachment row points to."""
    return set(session.scalars(select(Attachment.storage_key)))
