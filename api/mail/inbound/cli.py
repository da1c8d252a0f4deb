"""`sportello mail ingest`: one message on stdin, as a mail server's pipe delivers it.

Exit status follows sysexits.h, which mail servers read: 0 taken in (a ticket, a comment,
ignored or quarantined: the desk has it), 65 refused as too large (the server bounces it),
75 the database could not be reached (the server keeps the message and retries).
"""

import json
import sys
from typing import BinaryIO

import typer
from sqlalchemy.exc import OperationalError

from api.core.clock import utcnow
from api.core.config import Settings
from api.db.session import Database, transaction
from api.mail.inbound import ingest_message, repository

EX_DATAERR = 65
EX_TEMPFAIL = 75


def ingest_from(source: BinaryIO, settings: Settings, mailbox_id: int | None) -> int:
    raw = source.read(settings.mail_refuse_bytes + 1)
    if len(raw) > settings.mail_refuse_bytes:
        typer.echo(f"Refused: over {settings.mail_refuse_bytes} bytes.", err=True)
        return EX_DATAERR
    if not raw.strip():
        typer.echo("Refused: no message on stdin.", err=True)
        return EX_DATAERR
    try:
        db = Database.connect(settings)
    except OperationalError as exc:
        typer.echo(f"Database unavailable, try again later: {exc}", err=True)
        return EX_TEMPFAIL
    try:
        with transaction(db) as session:
            outcome = ingest_message(
                session, raw, settings, mailbox_id=mailbox_id, received_at=utcnow()
            )
            ids = {outcome.ticket_id} if outcome.ticket_id is not None else set()
            number = repository.ticket_numbers(session, ids).get(outcome.ticket_id or 0)
    except OperationalError as exc:
        typer.echo(f"Database unavailable, try again later: {exc}", err=True)
        return EX_TEMPFAIL
    finally:
        db.engine.dispose()
    typer.echo(
        json.dumps(
            {
                "status": outcome.status,
                "ticket_id": outcome.ticket_id,
                "ticket_number": number,
                "comment_id": outcome.comment_id,
                "reason": outcome.reason,
            }
        )
    )
    return 0


def ingest_stdin(settings: Settings, mailbox_id: int | None) -> int:
    return ingest_from(sys.stdin.buffer, settings, mailbox_id)
