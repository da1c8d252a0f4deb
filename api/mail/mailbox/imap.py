"""A small IMAP client over the standard library's imaplib: sign in, open a folder, list UIDs,
fetch a message without marking it read, and flag or move it afterwards.

Every failure (refused sign-in, unreachable host, timeout, missing folder, a server's NO) is
raised as `ImapFailure` with words an administrator can act on.
"""

import imaplib
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from api.mail.mailbox.kinds import Security
from api.mail.mailbox.rules import encode_folder

_UID = re.compile(rb"UID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')


class ImapFailure(Exception):
    """Something an administrator can read: what failed and what the server said."""


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    security: Security
    username: str
    password: str
    timeout: float

    def __repr__(self) -> str:  # never print the password
        return f"ImapAccount({self.username}@{self.host}:{self.port}, {self.security})"


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes
    internal_date: datetime | None


def _text(data: object) -> str:
    if isinstance(data, list):
        data = b" ".join(d for d in data if isinstance(d, bytes))
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace").strip()
    return str(data).strip()


def _connect(account: ImapAccount) -> imaplib.IMAP4:
    where = f"{account.host}:{account.port}"
    try:
        if account.security is Security.ssl:
            return imaplib.IMAP4_SSL(
                account.host,
                account.port,
                ssl_context=ssl.create_default_context(),
                timeout=account.timeout,
            )
        client = imaplib.IMAP4(account.host, account.port, timeout=account.timeout)
        if account.security is Security.starttls:
            try:
                client.starttls(ssl_context=ssl.create_default_context())
            except BaseException:
                client.shutdown()
                raise
        return client
    except TimeoutError as exc:
        raise ImapFailure(f"No answer from {where} within {account.timeout:g} s.") from exc
    except ssl.SSLError as exc:
        reason = getattr(exc, "verify_message", None) or exc.reason or exc
        raise ImapFailure(f"TLS with {where} failed: {reason}.") from exc
    except imaplib.IMAP4.error as exc:
        raise ImapFailure(f"{where} refused the connection: {_text(exc.args[0])}") from exc
    except OSError as exc:
        raise ImapFailure(f"Cannot connect to {where}: {exc.strerror or exc}.") from exc


@contextmanager
def _translated(timeout: float) -> Iterator[None]:
    """imaplib's and the socket's exceptions as `ImapFailure`."""
    try:
        yield
    except TimeoutError as exc:
        raise ImapFailure(f"The server stopped answering within {timeout:g} s.") from exc
    except imaplib.IMAP4.abort as exc:
        raise ImapFailure(f"The server closed the connection: {_text(exc.args[0])}") from exc
    except imaplib.IMAP4.error as exc:
        raise ImapFailure(f"IMAP failed: {_text(exc.args[0]) if exc.args else exc}") from exc
    except OSError as exc:
        raise ImapFailure(f"The connection failed: {exc.strerror or exc}.") from exc


class ImapFolder:
    """One signed-in session with one folder selected."""

    def __init__(
        self,
        client: imaplib.IMAP4,
        timeout: float,
        *,
        uid_validity: int,
        uid_next: int,
        message_count: int,
    ) -> None:
        self.client = client
        self.timeout = timeout
        self.uid_validity = uid_validity
        self.uid_next = uid_next  # when selected: later messages get this UID or above
        self.message_count = message_count

    def _ask(self, what: str, command: str, *args: str) -> list[object]:
        with _translated(self.timeout):
            typ, data = self.client.uid(command, *args)
        if typ != "OK":
            raise ImapFailure(f"{what} failed: {_text(data)}")
        return list(data)

    def uids(self, after: int, *, unseen_only: bool = False) -> list[int]:
        criteria = ["UID", f"{after + 1}:*"] + (["UNSEEN"] if unseen_only else [])
        data = self._ask("Listing the folder", "SEARCH", *criteria)
        return [int(n) for n in b" ".join(d for d in data if isinstance(d, bytes)).split()]

    def fetch(self, uid: int) -> FetchedMessage | None:
        """The whole message (BODY.PEEK: it stays unread), or None if it is gone meanwhile."""
        data = self._ask(
            f"Fetching message {uid}", "FETCH", str(uid), "(UID INTERNALDATE BODY.PEEK[])"
        )
        for part in data:
            if isinstance(part, tuple) and len(part) == 2:
                head, raw = part
                found = _UID.search(head)
                if found is not None and int(found.group(1)) == uid:
                    return FetchedMessage(uid, raw, _internal_date(head))
        return None

    def mark_seen(self, uid: int) -> None:
        self._ask(f"Flagging message {uid}", "STORE", str(uid), "+FLAGS.SILENT", r"(\Seen)")

    def move(self, uid: int, folder: str) -> None:
        target = encode_folder(folder)
        capabilities = self._capabilities()
        if "MOVE" in capabilities:
            self._ask(f"Moving message {uid} to {folder!r}", "MOVE", str(uid), target)
            return
        # No MOVE (RFC 6851): copy, then flag the original deleted, and expunge just that one
        # where UIDPLUS allows (else the server's next expunge removes it).
        self._ask(f"Copying message {uid} to {folder!r}", "COPY", str(uid), target)
        flags = r"(\Deleted \Seen)"
        self._ask(f"Flagging message {uid}", "STORE", str(uid), "+FLAGS.SILENT", flags)
        if "UIDPLUS" in capabilities:
            self._ask(f"Expunging message {uid}", "EXPUNGE", str(uid))

    def _capabilities(self) -> set[str]:
        with _translated(self.timeout):
            typ, data = self.client.capability()
        if typ != "OK":
            raise ImapFailure(f"Asking the capabilities failed: {_text(data)}")
        return set(_text(data).upper().split())


def _number(data: object) -> int:
    text = _text(data)
    return int(text) if text.isdigit() else 0


def _internal_date(head: bytes) -> datetime | None:
    found = _INTERNALDATE.search(head)
    if found is None:
        return None
    try:
        return parsedate_to_datetime(found.group(1).decode().replace("-", " ", 2))
    except (TypeError, ValueError):
        return None


@contextmanager
def open_folder(
    account: ImapAccount, folder: str, *, readonly: bool = False
) -> Iterator[ImapFolder]:
    """Sign in and select `folder`; log out however the block ends."""
    client = _connect(account)
    try:
        with _translated(account.timeout):
            try:
                _sign_in(client, account)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                raise ImapFailure(f"Sign-in refused: {_text(exc.args[0])}") from exc
            typ, data = client.select(encode_folder(folder), readonly=readonly)
            if typ != "OK":
                raise ImapFailure(f"Cannot open the folder {folder!r}: {_text(data)}")
            _, validity = client.response("UIDVALIDITY")
            _, uid_next = client.response("UIDNEXT")
        yield ImapFolder(
            client,
            account.timeout,
            uid_validity=_number(validity),
            uid_next=_number(uid_next),
            message_count=_number(data),
        )
    finally:
        _log_out(client)


def _sign_in(client: imaplib.IMAP4, account: ImapAccount) -> None:
    if f"{account.username}{account.password}".isascii():
        client.login(account.username, account.password)
        return
    # LOGIN is ASCII only; SASL PLAIN carries UTF-8 (RFC 4616).
    credentials = f"\0{account.username}\0{account.password}".encode()
    client.authenticate("PLAIN", lambda _challenge: credentials)


def _log_out(client: imaplib.IMAP4) -> None:
    with suppress(imaplib.IMAP4.error, OSError):  # already closed: nothing to release
        client.logout()


def message_count(account: ImapAccount, folder: str) -> int:
    with open_folder(account, folder, readonly=True) as opened:
        return opened.message_count
