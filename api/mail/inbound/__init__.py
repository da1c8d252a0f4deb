"""Incoming email: a raw message becomes a ticket, a comment, or a quarantine entry.

The one entry point for every way mail arrives (the ingest endpoint, `sportello mail ingest`
piped from a mail server, IMAP polling):

    outcome = ingest_message(session, raw, settings, received_at=now)

It never raises on bad mail (that is quarantined) and writes in the given session: the
caller commits.
"""

from datetime import datetime

from sqlalchemy.orm import Session

from api.core.config import Settings
from api.mail.inbound.intake import IngestOutcome, take_in
from api.mail.inbound.quarantine import record_refusal

__all__ = ["IngestOutcome", "ingest_message"]


def ingest_message(
    session: Session,
    raw: bytes,
    settings: Settings,
    *,
    mailbox_id: int | None = None,
    received_at: datetime,
) -> IngestOutcome:
    result = take_in(session, raw, settings, mailbox_id=mailbox_id, received_at=received_at)
    if isinstance(result, IngestOutcome):
        return result
    record_refusal(session, settings, raw, result, mailbox_id=mailbox_id, received_at=received_at)
    if result.status == "held":
        return IngestOutcome("quarantined", reason=result.reason)
    return IngestOutcome("ignored", reason=result.reason)
