"""Pure rules of IMAP polling: which UIDs a poll takes, and folder names on the wire.

No SQLAlchemy, no sockets: the poller (polling.py) feeds these plain facts.
"""

import base64
from collections.abc import Iterable
from dataclasses import dataclass

# A message whose ingest failed this many polls in a row is skipped (left unflagged in the
# folder for a person to look at), so that one message cannot stop its mailbox for good.
MAX_ATTEMPTS_PER_MESSAGE = 3


@dataclass(frozen=True)
class Cursor:
    """Where a mailbox's folder was read up to: every UID <= last_uid is done, while the
    folder's UIDVALIDITY stays `uid_validity`. `catching_up`: the folder is being read from
    its start (a new mailbox, or one whose UIDVALIDITY changed)."""

    uid_validity: int | None
    last_uid: int
    catching_up: bool = False


@dataclass(frozen=True)
class Plan:
    after: int  # take UIDs above this one
    unseen_only: bool
    catching_up: bool


def plan_poll(cursor: Cursor, uid_validity: int, *, marks_seen: bool) -> Plan:
    """What a poll reads. A cursor of another UIDVALIDITY (or none yet) says nothing about
    the folder's UIDs: it is read again from its start. While catching up, a mailbox that
    flags what it took in skips the messages already \\Seen (its own flags, or mail read
    before the desk was set up); every message is also checked by Message-ID, so nothing is
    taken in twice."""
    if cursor.uid_validity != uid_validity:
        return Plan(after=0, unseen_only=marks_seen, catching_up=True)
    return Plan(
        after=cursor.last_uid,
        unseen_only=marks_seen and cursor.catching_up,
        catching_up=cursor.catching_up,
    )


def cursor_after_batch(
    plan: Plan, uid_validity: int, last_done: int, batch_was_all: bool, uid_next: int
) -> Cursor:
    """Where the next poll starts. A catch-up that took every candidate is over: the cursor
    jumps to the folder's last UID when selected (those skipped as seen are done with)."""
    if plan.catching_up and batch_was_all:
        return Cursor(uid_validity, max(last_done, uid_next - 1), catching_up=False)
    return Cursor(uid_validity, last_done, catching_up=plan.catching_up)


def uids_to_take(found: Iterable[int], after: int, limit: int) -> list[int]:
    """The next batch, oldest first. `UID SEARCH UID n:*` also answers the folder's last UID
    when it is below n, so the UIDs at or below the cursor are dropped here."""
    return sorted(uid for uid in set(found) if uid > after)[:limit]


def skips_stuck(stuck_uid: int | None, stuck_attempts: int, uid: int) -> bool:
    return stuck_uid == uid and stuck_attempts >= MAX_ATTEMPTS_PER_MESSAGE


def encode_folder(name: str) -> str:
    """A folder name as IMAP writes it (RFC 3501 5.1.3, modified UTF-7), quoted."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            utf16 = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(utf16).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    encoded = "".join(out)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'
