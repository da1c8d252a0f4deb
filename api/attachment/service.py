import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.attachment import storage
from api.attachment.models import Attachment
from api.auth.actor import Actor
from api.comment import repository as comments
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.db.base import fits_integer
from api.ticket import history
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket


def clean_filename(name: str | None) -> str:
    """A file name is text: no path, no control characters, a sane length."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    return base[:255] or "attachment"


def attach(
    session: Session,
    directory: Path,
    actor: Actor,
    ticket: Ticket,
    *,
    source: BinaryIO,
    filename: str | None,
    comment_id: int | None,
    max_bytes: int,
) -> Attachment:
    if ticket.status is Status.closed:
        raise Conflict("The ticket is closed.")
    internal = False
    if comment_id is not None:
        comment = comments.readable_comment(
            session, ticket, comment_id, public_only=not actor.is_staff
        )
        if comment is None:
            raise ValidationFailed.on("comment_id", "no such comment on this ticket")
        if comment.author_id != actor.id:
            raise ValidationFailed.on("comment_id", "attach files to your own comments only")
        internal = comment.internal
    stored = storage.save(directory, source, max_bytes=max_bytes)
    storage.remove_on_rollback(session, directory, stored.key)
    attachment = Attachment(
        ticket_id=ticket.id,
        comment_id=comment_id,
        uploader_id=actor.id,
        filename=clean_filename(filename),
        content_type=stored.content_type,
        size=stored.size,
        sha256=stored.sha256,
        storage_key=stored.key,
        internal=internal,
        created_at=actor.now,
    )
    session.add(attachment)
    session.flush()
    history.record(
        session,
        ticket,
        actor,
        "attachment_added",
        public=not internal,
        to_value=attachment.filename,
        data={"attachment_id": attachment.id, "size": attachment.size},
    )
    ticket.updated_at = actor.now
    session.flush()
    return attachment


def readable_attachments(session: Session, actor: Actor, ticket: Ticket) -> list[Attachment]:
    statement = select(Attachment).where(Attachment.ticket_id == ticket.id)
    if not actor.is_staff:
        statement = statement.where(Attachment.internal.is_(False))
    return list(session.scalars(statement.order_by(Attachment.id)))


def readable_attachment(
    session: Session, actor: Actor, ticket: Ticket, attachment_id: int
) -> Attachment:
    attachment = session.get(Attachment, attachment_id) if fits_integer(attachment_id) else None
    if (
        attachment is None
        or attachment.ticket_id != ticket.id
        or (attachment.internal and not actor.is_staff)
    ):
        raise NotFound(f"No attachment {attachment_id} on this ticket.")
    return attachment
