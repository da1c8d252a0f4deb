"""A real Dovecot IMAP server for tests: a minimal configuration in a temporary directory, a
free port on 127.0.0.1, one user with a plain password, maildirs on disk.

Runs as whoever runs the tests. As root, Dovecot's own unprivileged users (made by Debian's
dovecot-imapd package) run the login and mail processes, since Dovecot refuses root there.
"""

import contextlib
import grp
import imaplib
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

DOVECOT = os.environ.get("SPORTELLO_TEST_DOVECOT", "/usr/sbin/dovecot")
USER = "desk"
PASSWORD = "imap secret"
# A second account whose password is not ASCII (IMAP LOGIN cannot carry it; SASL PLAIN can).
UTF8_USER = "sportello"
UTF8_PASSWORD = "città più €"

_LIST_LINE = re.compile(r'^\([^)]*\) (?:"[^"]*"|NIL) (.+)$')

_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{root}/mail/%u
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
# No growing delay after failed sign-ins (the tests fail some on purpose).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    text = log.read_text() if log.exists() else ""
    raise RuntimeError(f"Dovecot did not start on port {port}:\n{text}")


@dataclass
class Dovecot:
    root: Path
    port: int
    process: subprocess.Popen[bytes]
    user: str = USER
    password: str = PASSWORD
    host: str = "127.0.0.1"

    def connect(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX", flags: str = "") -> int:
        """Deliver a message as a mail client would; its UID."""
        client = self.connect()
        try:
            typ, data = client.append(folder, f"({flags})" if flags else None, None, raw)
            assert typ == "OK", data
            # [APPENDUID <uidvalidity> <uid>]
            return int(data[0].split()[2].rstrip(b"]"))
        finally:
            client.logout()

    def folder(self, folder: str = "INBOX") -> dict[int, set[str]]:
        """UID -> flags of every message in the folder (read-only: nothing changes)."""
        client = self.connect()
        try:
            typ, _ = client.select(f'"{folder}"', readonly=True)
            assert typ == "OK", folder
            typ, data = client.uid("FETCH", "1:*", "(UID FLAGS)")
            found: dict[int, set[str]] = {}
            for line in data:
                if not isinstance(line, bytes):
                    continue
                text = line.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                flags = text.split("FLAGS (")[1].split(")")[0]
                found[uid] = set(flags.split()) - {"\\Recent"}
            return found
        finally:
            client.logout()

    def uid_validity(self, folder: str = "INBOX") -> int:
        client = self.connect()
        try:
            typ, data = client.status(f'"{folder}"', "(UIDVALIDITY)")
            assert typ == "OK", data
            return int(data[0].split(b"UIDVALIDITY ")[1].rstrip(b")"))
        finally:
            client.logout()

    def recreate(self, folder: str) -> None:
        """Delete and create the folder again: a new UIDVALIDITY, as after a server move."""
        client = self.connect()
        try:
            client.delete(f'"{folder}"')
            typ, data = client.create(f'"{folder}"')
            assert typ == "OK", data
        finally:
            client.logout()

    def create(self, folder: str) -> None:
        client = self.connect()
        try:
            typ, data = client.create(f'"{folder}"')
            assert typ == "OK", data
        finally:
            client.logout()

    def empty(self) -> None:
        """Remove every message and every folder but INBOX (between tests)."""
        client = self.connect()
        try:
            _, data = client.list()
            for line in data:
                if not isinstance(line, bytes):
                    continue
                # (\HasNoChildren) "." Support   or   (\HasNoChildren) "." "Taken in"
                found = _LIST_LINE.match(line.decode())
                assert found is not None, line
                name = found.group(1).strip('"')
                if name != "INBOX":
                    client.delete(f'"{name}"')
            _, count = client.select("INBOX")
            if count[0] != b"0":
                client.store("1:*", "+FLAGS.SILENT", r"(\Deleted)")
                client.expunge()
        finally:
            client.logout()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _accounts() -> tuple[str, str, str, int, int]:
    """Internal user, its group, login user, and the uid/gid that owns the mail."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        group = _group_name(me.pw_gid)
        return me.pw_name, group, me.pw_name, me.pw_uid, me.pw_gid
    internal = pwd.getpwnam("dovecot")
    pwd.getpwnam("dovenull")
    return "dovecot", _group_name(internal.pw_gid), "dovenull", internal.pw_uid, internal.pw_gid


def _group_name(gid: int) -> str:
    return grp.getgrgid(gid).gr_name


@contextlib.contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """Start Dovecot in the foreground on a free port; stopped and removed afterwards."""
    if not os.access(DOVECOT, os.X_OK):
        raise RuntimeError(f"{DOVECOT} is missing: apt-get install dovecot-imapd")
    root = Path(tempfile.mkdtemp(prefix="sportello-dovecot-"))
    internal_user, internal_group, login_user, uid, gid = _accounts()
    try:
        root.chmod(0o755)  # Dovecot's unprivileged processes look inside
        for sub in ("run", "state", "mail", "home"):
            (root / sub).mkdir()
        for sub in ("mail", "home"):
            os.chown(root / sub, uid, gid)
        (root / "users").write_text(
            f"{USER}:{{PLAIN}}{PASSWORD}\n{UTF8_USER}:{{PLAIN}}{UTF8_PASSWORD}\n", encoding="utf-8"
        )
        port = free_port()
        conf = root / "dovecot.conf"
        conf.write_text(
            _CONF.format(
                root=root,
                port=port,
                internal_user=internal_user,
                internal_group=internal_group,
                login_user=login_user,
                uid=uid,
                gid=gid,
            )
        )
        process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server = Dovecot(root, port, process)
        try:
            _wait_for_port(port, process, root / "dovecot.log")
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def mail(
    subject: str,
    *,
    sender: str = "Carla Customer <carla@customer.example>",
    to: str = "support@desk.example",
    message_id: str | None = None,
    body: str = "Hello, it does not work.",
) -> bytes:
    """A plain message as a customer's mail client writes it."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = message_id or make_msgid(domain="customer.example")
    message.set_content(body)
    return message.as_bytes()


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server


@pytest.fixture
def imap(dovecot_server: Dovecot) -> Iterator[Dovecot]:
    """The server, emptied after each test."""
    yield dovecot_server
    dovecot_server.empty()


if __name__ == "__main__":
    # For the browser tests: a server holding a message per subject given, its address on the
    # first line of output, running until standard input closes.
    with running_dovecot() as running:
        for subject in sys.argv[1:]:
            running.append(mail(subject))
        address = {"port": running.port, "user": running.user, "password": running.password}
        print(json.dumps(address), flush=True)
        sys.stdin.read()
