"""Mail held for an admin (raw bytes on disk until released or dropped) and mail ignored
by the loop guards (headers only)."""

import io
from datetime import datetime
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from api.attachment import storage
from api.auth.actor import Actor
from api.core.config import Settings
from api.core.errors import Conflict
from api.mail.inbound.intake import IngestOutcome, Refusal, take_in
from api.mail.inbound.models import QuarantinedMail
from api.mail.inbound.parsing import headers_of, message_ids_in

HELD, IGNORED, RELEASED, DROPPED = "held", "ignored", "released", "dropped"
STATUSES = (HELD, IGNORED, RELEASED, DROPPED)
_REMOVE_ON_COMMIT = "mail_quarantine_files_to_remove"


def directory(settings: Settings) -> Path:
    return settings.data_dir / "mail-quarantine"


def record_refusal(
    session: Session,
    settings: Settings,
    raw: bytes,
    refusal: Refusal,
    *,
    mailbox_id: int | None,
    received_at: datetime,
) -> QuarantinedMail:
    headers = headers_of(raw)
    key: str | None = None
    if refusal.status == HELD:
        stored = storage.save(directory(settings), io.BytesIO(raw), max_bytes=len(raw) + 1)
        storage.remove_on_rollback(session, directory(settings), stored.key)
        key = stored.key
    message_ids = message_ids_in(headers.get("Message-ID", ""))
    item = QuarantinedMail(
        status=refusal.status,
        reason=refusal.reason[:500],
        received_at=received_at,
        mailbox_id=mailbox_id,
        sender=headers.get("From", "")[:320],
        subject=headers.get("Subject", "")[:998],
        message_id=message_ids[0][:998] if message_ids else None,
        size=len(raw),
        headers=headers,
        storage_key=key,
        created_at=received_at,
    )
    session.add(item)
    session.flush()
    return item


def raw_of(settings: Settings, item: QuarantinedMail) -> bytes | None:
    if item.storage_key is None:
        return None
    try:
        return storage.path_of(directory(settings), item.storage_key).read_bytes()
    except FileNotFoundError:
        return None


def _remove_on_commit(session: Session, settings: Settings, item: QuarantinedMail) -> None:
    if item.storage_key is not None:
        path = storage.path_of(directory(settings), item.storage_key)
        session.info.setdefault(_REMOVE_ON_COMMIT, []).append(path)
        item.storage_key = None


@event.listens_for(Session, "after_commit")
def _remove_files(session: Session) -> None:
    for path in session.info.pop(_REMOVE_ON_COMMIT, []):
        path.unlink(missing_ok=True)


@event.listens_for(Session, "after_rollback")
def _keep_files(session: Session) -> None:
    session.info.pop(_REMOVE_ON_COMMIT, None)


def _resolve(item: QuarantinedMail, actor: Actor, status: str) -> None:
    item.status = status
    item.resolved_at = actor.now
    item.resolved_by_id = actor.id


def release(
    session: Session, settings: Settings, actor: Actor, item: QuarantinedMail
) -> IngestOutcome:
    """Take a held message in on the admin's word (limits and the staff-address rule waived)."""
    if item.status != HELD:
        raise Conflict(f"Only held mail can be released; this one is {item.status}.")
    raw = raw_of(settings, item)
    if raw is None:
        raise Conflict("The held message's file is gone; drop it.")
    result = take_in(
        session, raw, settings, mailbox_id=item.mailbox_id, received_at=actor.now, vouched=True
    )
    if isinstance(result, Refusal):
        if result.status == HELD:
            raise Conflict(f"The message still cannot be taken in: {result.reason}.")
        item.reason = result.reason[:500]
        _resolve(item, actor, IGNORED)
        _remove_on_commit(session, settings, item)
        return IngestOutcome("ignored", reason=result.reason)
    _resolve(item, actor, RELEASED)
    item.ticket_id = result.ticket_id
    _remove_on_commit(session, settings, item)
    session.flush()
    return result


def drop(session: Session, settings: Settings, actor: Actor, item: QuarantinedMail) -> None:
    if item.status != HELD:
        raise Conflict(f"Only held mail can be dropped; this one is {item.status}.")
    _resolve(item, actor, DROPPED)
    _remove_on_commit(session, settings, item)
    session.flush()
