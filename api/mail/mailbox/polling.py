"""One poll of one mailbox: take in its new messages, each in a transaction of its own, and flag
or move each message only once its ticket or comment is committed.

    claim the mailbox (one poller at a time) -> commit
    sign in, select the folder, list the UIDs past the cursor (a bounded batch)
    for each message: fetch (unread) -> ingest + advance the cursor -> commit -> flag or move
    record the outcome -> commit

No transaction is open while the server is waited on. A message whose ingest fails rolls back
alone and stops the poll; it is tried again on the next polls, and skipped (left unflagged for
a person) after a few failures, so one message never stops its mailbox.
"""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from typing import Protocol

from sqlalchemy.orm import Session

from api.core.clock import utcnow
from api.core.config import Settings
from api.mail.inbound import IngestOutcome
from api.mail.mailbox import repository, rules
from api.mail.mailbox.credentials import PasswordUnreadable
from api.mail.mailbox.imap import ImapFailure, ImapFolder, open_folder
from api.mail.mailbox.kinds import AfterIngest, PollStatus
from api.mail.mailbox.models import Mailbox, MailboxPoll
from api.mail.mailbox.placement import place_with_team
from api.mail.mailbox.service import account_of

logger = logging.getLogger(__name__)

# Renewed at every message; a poller that died lets go when it runs out.
LEASE = timedelta(minutes=5)
ERROR_CHARS = 1000

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


class Ingest(Protocol):
    """The inbound mail engine's entry point (api.mail.inbound.ingest_message)."""

    def __call__(
        self,
        session: Session,
        raw: bytes,
        settings: Settings,
        *,
        mailbox_id: int | None = None,
        received_at: datetime,
    ) -> IngestOutcome: ...


@dataclass(frozen=True)
class PollReport:
    mailbox_id: int
    status: PollStatus | None  # None: not polled (inactive, gone, or another poller has it)
    ingested: int = 0
    duplicates: int = 0
    error: str | None = None


def message_id_of(raw: bytes) -> str | None:
    """The message's Message-ID (with its <>), or None when it has none worth trusting."""
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    if value is None:
        return None
    found = _MESSAGE_ID.search(str(value))
    return found.group(0) if found is not None else None


class _Poll:
    def __init__(
        self,
        session: Session,
        settings: Settings,
        mailbox: Mailbox,
        now: datetime,
        ingest: Ingest,
        clock: Callable[[], datetime],
    ) -> None:
        self.session = session
        self.settings = settings
        self.mailbox = mailbox
        self.mailbox_id = mailbox.id
        self.now = now
        self.ingest = ingest
        self.clock = clock
        self.ingested = 0
        self.duplicates = 0
        self.notes: list[str] = []
        self.catching_up = False

    @property
    def state(self) -> MailboxPoll:
        return self.mailbox.poll

    def run(self) -> str | None:
        """Poll; the error that stopped it, if any."""
        try:
            account = account_of(self.mailbox, self.settings)
        except PasswordUnreadable as exc:
            return str(exc)
        folder_name = self.mailbox.folder
        cursor = rules.Cursor(
            self.state.uid_validity, self.state.last_uid, catching_up=self.state.catching_up
        )
        try:
            with open_folder(account, folder_name) as folder:
                plan = rules.plan_poll(
                    cursor,
                    folder.uid_validity,
                    marks_seen=self.mailbox.after_ingest is AfterIngest.mark_seen,
                )
                self.catching_up = plan.catching_up
                found = folder.uids(plan.after, unseen_only=plan.unseen_only)
                limit = self.settings.imap_batch_size
                batch = rules.uids_to_take(found, plan.after, limit)
                for uid in batch:
                    if not self._take(folder, uid):
                        return self._stopped()
                taken_all = len(rules.uids_to_take(found, plan.after, limit + 1)) <= limit
                last_done = batch[-1] if batch else plan.after
                self._move_cursor(
                    rules.cursor_after_batch(
                        plan, folder.uid_validity, last_done, taken_all, folder.uid_next
                    )
                )
        except ImapFailure as exc:
            return str(exc)
        return "; ".join(self.notes) or None

    def _stopped(self) -> str:
        return "; ".join(self.notes)

    def _move_cursor(self, cursor: rules.Cursor) -> None:
        self.state.uid_validity = cursor.uid_validity
        self.state.last_uid = cursor.last_uid
        self.state.catching_up = cursor.catching_up
        self.session.commit()

    def _take(self, folder: ImapFolder, uid: int) -> bool:
        """Take in one message; False when its ingest failed (the poll stops there)."""
        state = self.state
        if rules.skips_stuck(state.stuck_uid, state.stuck_attempts, uid):
            self.notes.append(
                f"Message UID {uid} was skipped after {state.stuck_attempts} failed attempts; "
                "it is left unflagged in the folder."
            )
            self._advance(folder, uid)
            self.session.commit()
            return True
        message = folder.fetch(uid)
        if message is None:  # expunged since the search
            self._advance(folder, uid)
            self.session.commit()
            return True
        try:
            message_id = message_id_of(message.raw)
            if message_id is not None and repository.is_known_message(self.session, message_id):
                duplicate = True
            else:
                duplicate = False
                received_at = message.internal_date or self.now
                outcome = self.ingest(
                    self.session,
                    message.raw,
                    self.settings,
                    mailbox_id=self.mailbox_id,
                    received_at=received_at,
                )
                team_id = self.mailbox.team_id
                if outcome.status == "ticket_created" and outcome.ticket_id and team_id:
                    place_with_team(
                        self.session, outcome.ticket_id, team_id, self.mailbox_id, received_at
                    )
            self._advance(folder, uid)
            self.session.commit()
        except Exception as exc:  # a database failure: this message alone rolls back
            self.session.rollback()
            logger.warning("Mailbox %s: message UID %s failed: %r", self.mailbox_id, uid, exc)
            self._count_failure(uid, exc)
            return False
        if duplicate:
            self.duplicates += 1
        else:
            self.ingested += 1
        # Committed: only now may the server forget it was new.
        if self.mailbox.after_ingest is AfterIngest.move and self.mailbox.move_to:
            folder.move(uid, self.mailbox.move_to)
        else:
            folder.mark_seen(uid)
        return True

    def _advance(self, folder: ImapFolder, uid: int) -> None:
        state = self.state
        state.uid_validity = folder.uid_validity
        state.last_uid = uid
        state.stuck_uid = None
        state.stuck_attempts = 0
        state.catching_up = self.catching_up
        state.claimed_until = self.clock() + LEASE

    def _count_failure(self, uid: int, exc: Exception) -> None:
        state = self.state
        attempts = state.stuck_attempts + 1 if state.stuck_uid == uid else 1
        state.stuck_uid = uid
        state.stuck_attempts = attempts
        self.session.commit()
        cause = getattr(exc, "orig", None) or exc  # the driver's words, not the SQL
        self.notes.append(
            f"Message UID {uid} could not be taken in (attempt {attempts} of "
            f"{rules.MAX_ATTEMPTS_PER_MESSAGE}): {type(cause).__name__}: {cause}"
        )


def poll_mailbox(
    session: Session,
    settings: Settings,
    mailbox_id: int,
    now: datetime,
    *,
    ingest: Ingest,
    clock: Callable[[], datetime] = utcnow,
) -> PollReport:
    """Poll one mailbox if it is active and no other poller holds it. Commits as it goes."""
    mailbox = repository.get(session, mailbox_id)
    if mailbox is None or not mailbox.active:
        return PollReport(mailbox_id, None)
    if not repository.claim(session, mailbox_id, now, now + LEASE):
        session.rollback()
        return PollReport(mailbox_id, None)
    session.commit()
    session.refresh(mailbox.poll)
    poll = _Poll(session, settings, mailbox, now, ingest, clock)
    try:
        error = poll.run()
    finally:
        session.rollback()  # whatever a failure left half-done
    state = mailbox.poll
    state.polled_at = now
    state.status = PollStatus.error if error else PollStatus.ok
    state.error = error[:ERROR_CHARS] if error else None
    state.ingested = poll.ingested
    state.claimed_until = None
    session.commit()
    return PollReport(mailbox_id, state.status, poll.ingested, poll.duplicates, state.error)


def poll_active_mailboxes(
    session: Session, settings: Settings, now: datetime, *, ingest: Ingest
) -> list[PollReport]:
    """Each active mailbox in turn; one mailbox's failure is its own poll status."""
    reports = []
    for mailbox_id in repository.active_ids(session):
        session.commit()
        reports.append(poll_mailbox(session, settings, mailbox_id, now, ingest=ingest))
    return reports
