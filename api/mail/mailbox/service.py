"""Keeping mailboxes (administrators) and testing their connection. Services flush; requests
commit."""

import time
from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.config import Settings
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.mail.mailbox import credentials, repository
from api.mail.mailbox.imap import ImapAccount, ImapFailure, message_count
from api.mail.mailbox.kinds import AfterIngest
from api.mail.mailbox.models import Mailbox, MailboxPoll
from api.mail.mailbox.schemas import ConnectionTestOut, MailboxOut, MailboxPatch, MailboxWrite
from api.team import repository as teams

# Changing any of these points the cursor at another folder: it starts over (deduplicated).
_WHERE_FIELDS = frozenset({"host", "port", "username", "folder"})


def get_mailbox(session: Session, mailbox_id: int, *, for_update: bool = False) -> Mailbox:
    mailbox = repository.get(session, mailbox_id, for_update=for_update)
    if mailbox is None:
        raise NotFound(f"No mailbox {mailbox_id}.")
    return mailbox


def mailbox_out(mailbox: Mailbox) -> MailboxOut:
    poll = mailbox.poll
    return MailboxOut(
        id=mailbox.id,
        name=mailbox.name,
        host=mailbox.host,
        port=mailbox.port,
        security=mailbox.security,
        username=mailbox.username,
        folder=mailbox.folder,
        after_ingest=mailbox.after_ingest,
        move_to=mailbox.move_to,
        desk_address=mailbox.desk_address,
        team_id=mailbox.team_id,
        active=mailbox.active,
        uid_validity=poll.uid_validity,
        last_uid=poll.last_uid,
        last_polled_at=poll.polled_at,
        last_poll_status=poll.status,
        last_poll_error=poll.error,
        last_poll_ingested=poll.ingested,
        created_at=mailbox.created_at,
        updated_at=mailbox.updated_at,
        version=mailbox.version,
    )


def account_of(mailbox: Mailbox, settings: Settings) -> ImapAccount:
    """Raises credentials.PasswordUnreadable when the secret key changed."""
    return ImapAccount(
        host=mailbox.host,
        port=mailbox.port,
        security=mailbox.security,
        username=mailbox.username,
        password=credentials.unseal(mailbox.password_sealed, settings),
        timeout=settings.imap_timeout_seconds,
    )


def _check_name(session: Session, name: str, except_id: int | None = None) -> None:
    clash = repository.id_named(session, name)
    if clash is not None and clash != except_id:
        raise Conflict(f"A mailbox named {name!r} already exists.")


def _check_team(session: Session, team_id: int | None) -> None:
    if team_id is not None and teams.get(session, team_id) is None:
        raise ValidationFailed.on("team_id", "no such team")


def _forget_cursor(poll: MailboxPoll) -> None:
    poll.uid_validity = None
    poll.last_uid = 0
    poll.catching_up = False
    poll.stuck_uid = None
    poll.stuck_attempts = 0


def _check_move_to(after_ingest: AfterIngest, move_to: str | None, folder: str) -> None:
    if after_ingest is AfterIngest.move and not move_to:
        raise ValidationFailed.on("move_to", "name the folder to move messages to")
    if after_ingest is AfterIngest.move and move_to == folder:
        raise ValidationFailed.on("move_to", "must differ from the folder read")


def create(session: Session, actor: Actor, settings: Settings, data: MailboxWrite) -> Mailbox:
    name = data.name.strip()
    _check_move_to(data.after_ingest, data.move_to, data.folder)
    _check_name(session, name)
    _check_team(session, data.team_id)
    mailbox = Mailbox(
        name=name,
        host=data.host,
        port=data.port,
        security=data.security,
        username=data.username,
        password_sealed=credentials.seal(data.password, settings),
        folder=data.folder,
        after_ingest=data.after_ingest,
        move_to=data.move_to if data.after_ingest is AfterIngest.move else None,
        desk_address=str(data.desk_address),
        team_id=data.team_id,
        active=data.active,
        created_at=actor.now,
        updated_at=actor.now,
        poll=MailboxPoll(),
    )
    session.add(mailbox)
    session.flush()
    return mailbox


def update(
    session: Session, actor: Actor, settings: Settings, mailbox: Mailbox, data: MailboxPatch
) -> Mailbox:
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        _check_name(session, changes["name"], mailbox.id)
    if "team_id" in changes:
        _check_team(session, changes["team_id"])
    if "desk_address" in changes:
        changes["desk_address"] = str(changes["desk_address"])
    password = changes.pop("password", None)
    after_ingest = changes.get("after_ingest", mailbox.after_ingest)
    move_to = changes.get("move_to", mailbox.move_to)
    folder = changes.get("folder", mailbox.folder)
    _check_move_to(after_ingest, move_to, folder)
    if after_ingest is AfterIngest.mark_seen:
        changes["move_to"] = None
    touched = False
    for key, value in changes.items():
        if getattr(mailbox, key) != value:
            setattr(mailbox, key, value)
            touched = True
            if key in _WHERE_FIELDS:
                _forget_cursor(mailbox.poll)
    if password is not None:
        mailbox.password_sealed = credentials.seal(password, settings)
        touched = True
    if touched:
        mailbox.updated_at = actor.now
    session.flush()
    return mailbox


def delete(session: Session, mailbox: Mailbox) -> None:
    session.delete(mailbox)
    session.flush()


def test_connection(session: Session, settings: Settings, mailbox: Mailbox) -> ConnectionTestOut:
    """Sign in, open the folder, count its messages; the error in words when that fails.
    Bounded by SPORTELLO_IMAP_TIMEOUT_SECONDS per network step."""
    try:
        account = account_of(mailbox, settings)
    except credentials.PasswordUnreadable as exc:
        return ConnectionTestOut(ok=False, message_count=None, error=str(exc), elapsed_ms=0)
    folder = mailbox.folder
    # Nothing more to read or write: end the transaction before waiting on the network, so
    # the database (SQLite's write lock above all) is not held meanwhile.
    session.commit()
    started = time.monotonic()
    try:
        count = message_count(account, folder)
    except ImapFailure as exc:
        error: str | None = str(exc)
        count_or_none: int | None = None
    else:
        error, count_or_none = None, count
    elapsed_ms = round((time.monotonic() - started) * 1000)
    return ConnectionTestOut(
        ok=error is None, message_count=count_or_none, error=error, elapsed_ms=elapsed_ms
    )
