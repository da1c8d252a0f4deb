"""IMAP polling against a real Dovecot (tests/dovecot.py), on both databases: new mail becomes
tickets, a message is flagged or moved only once its ticket is committed, a failure leaves it
for the next poll, and neither a restart nor a new UIDVALIDITY takes a message in twice."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from click.testing import Result
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, create_engine, text, update
from sqlalchemy.pool import NullPool
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import get_settings
from api.db.session import Database, transaction
from api.mail.inbound import ingest_message
from api.mail.mailbox.kinds import PollStatus
from api.mail.mailbox.models import MailboxPoll
from api.mail.mailbox.polling import PollReport, poll_active_mailboxes
from tests.api.conftest import Person, World
from tests.api.test_mail_imap_admin import MAILBOXES, create_mailbox
from tests.dovecot import Dovecot, mail

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SEEN = {"\\Seen"}


def poll(app: FastAPI, db: Database | None = None) -> list[PollReport]:
    """One run of the periodic poll, as the job engine runs it (its own transaction)."""
    with transaction(db or app.state.db) as session:
        return poll_active_mailboxes(session, app.state.settings, NOW, ingest=ingest_message)


def subjects(client: TestClient, admin: Person) -> list[str]:
    response = client.get("/api/v1/tickets", params={"limit": 100}, headers=admin.headers)
    assert response.status_code == 200, response.text
    return sorted(t["subject"] for t in response.json()["items"])


def mailbox_state(client: TestClient, admin: Person, mailbox: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = client.get(f"{MAILBOXES}/{mailbox['id']}", headers=admin.headers).json()
    return body


def test_new_mail_becomes_tickets_and_is_flagged_after(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    mailbox = create_mailbox(client, admin, imap)
    imap.append(mail("Printer on fire"))
    imap.append(mail("VPN down"))
    (report,) = poll(app)
    assert (report.status, report.ingested, report.error) == ("ok", 2, None)
    assert subjects(client, admin) == ["Printer on fire", "VPN down"]
    assert list(imap.folder().values()) == [SEEN, SEEN]
    state = mailbox_state(client, admin, mailbox)
    assert state["last_poll_status"] == "ok"
    assert state["last_poll_ingested"] == 2
    assert state["uid_validity"] == imap.uid_validity()
    assert state["last_uid"] == max(imap.folder())

    assert poll(app)[0].ingested == 0  # nothing new
    imap.append(mail("Mouse missing"))
    assert poll(app)[0].ingested == 1
    assert subjects(client, admin) == ["Mouse missing", "Printer on fire", "VPN down"]


def test_a_poll_takes_a_bounded_batch_oldest_first(
    client: TestClient,
    app: FastAPI,
    admin: Person,
    imap: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app.state.settings, "imap_batch_size", 2)
    create_mailbox(client, admin, imap)
    for subject in ("First", "Second", "Third"):
        imap.append(mail(subject))
    assert poll(app)[0].ingested == 2
    assert subjects(client, admin) == ["First", "Second"]
    assert list(imap.folder().values()) == [SEEN, SEEN, set()]
    assert poll(app)[0].ingested == 1
    assert subjects(client, admin) == ["First", "Second", "Third"]


def test_a_move_happens_only_after_the_ticket_is_saved(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    imap.create("Taken in")
    create_mailbox(client, admin, imap, after_ingest="move", move_to="Taken in")
    imap.append(mail("Screen flickers"))
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("ok", 1)
    assert imap.folder() == {}
    assert len(imap.folder("Taken in")) == 1
    assert subjects(client, admin) == ["Screen flickers"]


@pytest.fixture
def refused_mail(app: FastAPI) -> Iterator[None]:
    """The database refuses to record mail whose subject names "poison": the failure strikes
    mid-ingest, after the ticket was written in the same transaction."""
    db: Database = app.state.db
    postgres = db.engine.dialect.name == "postgresql"
    with _ddl(db) as conn:
        if postgres:
            conn.execute(
                text(
                    "CREATE OR REPLACE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_message FOR EACH ROW "
                    "WHEN (NEW.subject LIKE '%poison%') EXECUTE FUNCTION refuse_mail()"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_message "
                    "WHEN NEW.subject LIKE '%poison%' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
    try:
        yield
    finally:
        with _ddl(db) as conn:
            conn.execute(
                text(
                    "DROP TRIGGER IF EXISTS refuse_mail" + (" ON mail_message" if postgres else "")
                )
            )
            if postgres:
                conn.execute(text("DROP FUNCTION IF EXISTS refuse_mail()"))


@contextmanager
def _ddl(db: Database) -> Iterator[Connection]:
    """A connection of its own for the test's DDL. SQLite checks "trigger ... already exists"
    against a pooled connection's cached schema, which can still hold a trigger another
    connection dropped since; a new connection reads the schema afresh."""
    engine = create_engine(db.engine.url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def test_a_failed_ingest_leaves_the_message_unflagged_for_the_next_poll(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot, refused_mail: None
) -> None:
    mailbox = create_mailbox(client, admin, imap)
    imap.append(mail("Fine one"))
    poison = imap.append(mail("The poison pill"))
    imap.append(mail("After it"))
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("error", 1)
    assert report.error is not None
    assert f"Message UID {poison} could not be taken in (attempt 1 of 3)" in report.error
    assert subjects(client, admin) == ["Fine one"]  # the poison's ticket rolled back with it
    flags = imap.folder()
    assert [flags[uid] for uid in sorted(flags)] == [SEEN, set(), set()]
    state = mailbox_state(client, admin, mailbox)
    assert state["last_poll_status"] == "error"
    assert state["last_uid"] == poison - 1

    _mend(app)  # the database mends
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("ok", 2)
    assert subjects(client, admin) == ["After it", "Fine one", "The poison pill"]
    assert list(imap.folder().values()) == [SEEN, SEEN, SEEN]


def _mend(app: FastAPI) -> None:
    db: Database = app.state.db
    postgres = db.engine.dialect.name == "postgresql"
    with _ddl(db) as conn:
        conn.execute(text("DROP TRIGGER refuse_mail" + (" ON mail_message" if postgres else "")))


def test_a_message_that_keeps_failing_is_skipped_and_left_unflagged(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot, refused_mail: None
) -> None:
    create_mailbox(client, admin, imap)
    poison = imap.append(mail("poison again"))
    imap.append(mail("Behind it"))
    for attempt in (1, 2, 3):
        (report,) = poll(app)
        assert report.error is not None
        assert f"(attempt {attempt} of 3)" in report.error
        assert subjects(client, admin) == []
    (report,) = poll(app)
    assert report.error is not None
    assert f"Message UID {poison} was skipped after 3 failed attempts" in report.error
    assert report.ingested == 1
    assert subjects(client, admin) == ["Behind it"]
    flags = imap.folder()
    assert [flags[uid] for uid in sorted(flags)] == [set(), SEEN]  # left for a person
    assert poll(app)[0] == PollReport(report.mailbox_id, PollStatus.ok)  # past it now


def test_a_failed_ingest_leaves_the_message_where_it_was_in_move_mode(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot, refused_mail: None
) -> None:
    imap.create("Done")
    create_mailbox(client, admin, imap, after_ingest="move", move_to="Done")
    imap.append(mail("poison in move mode"))
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("error", 0)
    assert list(imap.folder().values()) == [set()]  # neither moved nor flagged
    assert imap.folder("Done") == {}
    _mend(app)
    assert poll(app)[0].ingested == 1
    assert imap.folder() == {}
    assert len(imap.folder("Done")) == 1


def test_quarantined_mail_is_flagged_too_and_names_its_mailbox(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    mailbox = create_mailbox(client, admin, imap)
    # Anyone can write a staff address in From: held for an administrator.
    imap.append(mail("Please reset my password", sender=f"Ada <{admin.email}>"))
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("ok", 1)
    assert subjects(client, admin) == []
    assert list(imap.folder().values()) == [SEEN]  # committed in the quarantine: done with
    held = client.get("/api/v1/mail/quarantine", headers=admin.headers).json()["items"]
    assert [(q["subject"], q["mailbox_id"]) for q in held] == [
        ("Please reset my password", mailbox["id"])
    ]


def test_the_cursor_survives_a_restart_and_unread_marks(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    create_mailbox(client, admin, imap)
    for subject in ("One", "Two"):
        imap.append(mail(subject))
    assert poll(app)[0].ingested == 2
    client_imap = imap.connect()  # someone marks both unread again in their mail client
    client_imap.select("INBOX")
    client_imap.store("1:*", "-FLAGS", r"(\Seen)")
    client_imap.logout()

    restarted = Database.connect(app.state.settings)  # a new process: nothing in memory
    try:
        (report,) = poll(app, restarted)
    finally:
        restarted.engine.dispose()
    assert (report.status, report.ingested) == ("ok", 0)
    assert subjects(client, admin) == ["One", "Two"]


def test_a_new_uidvalidity_starts_over_without_duplicates(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    imap.create("Support")
    mailbox = create_mailbox(client, admin, imap, folder="Support")
    first = [mail(s, message_id=f"<{s}@customer.example>") for s in ("alpha", "beta")]
    for raw in first:
        imap.append(raw, "Support")
    assert poll(app)[0].ingested == 2
    before = mailbox_state(client, admin, mailbox)["uid_validity"]

    imap.recreate("Support")  # e.g. the mail server was migrated: same mail, new UIDs
    for raw in first:
        imap.append(raw, "Support")
    imap.append(mail("gamma"), "Support")
    assert imap.uid_validity("Support") != before
    (report,) = poll(app)
    assert (report.status, report.ingested, report.duplicates) == ("ok", 1, 2)
    assert subjects(client, admin) == ["alpha", "beta", "gamma"]
    assert list(imap.folder("Support").values()) == [SEEN, SEEN, SEEN]
    state = mailbox_state(client, admin, mailbox)
    assert state["uid_validity"] == imap.uid_validity("Support")
    assert poll(app)[0].ingested == 0


def test_another_folder_is_read_from_its_start_skipping_mail_already_read(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    mailbox = create_mailbox(client, admin, imap)
    imap.append(mail("In the inbox"))
    assert poll(app)[0].ingested == 1
    imap.create("Other")
    imap.append(mail("Read long ago"), "Other", flags="\\Seen")
    imap.append(mail("Waiting in Other"), "Other")
    changed = client.patch(
        f"{MAILBOXES}/{mailbox['id']}", json={"folder": "Other"}, headers=admin.headers
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["uid_validity"], changed.json()["last_uid"]) == (None, 0)
    (report,) = poll(app)
    assert (report.status, report.ingested) == ("ok", 1)
    assert subjects(client, admin) == ["In the inbox", "Waiting in Other"]
    assert mailbox_state(client, admin, mailbox)["last_uid"] == max(imap.folder("Other"))


def test_new_tickets_go_to_the_mailbox_team_and_replies_thread(
    client: TestClient, app: FastAPI, world: World, imap: Dovecot
) -> None:
    create_mailbox(client, world.admin, imap, team_id=world.network["id"])
    imap.append(mail("Switch is down", message_id="<switch@customer.example>"))
    poll(app)
    (ticket,) = client.get("/api/v1/tickets", headers=world.admin.headers).json()["items"]
    assert ticket["team_id"] == world.network["id"]
    reply = mail("Re: Switch is down", message_id="<reply@customer.example>", body="Still down.")
    reply = reply.replace(b"Subject:", b"In-Reply-To: <switch@customer.example>\nSubject:", 1)
    imap.append(reply)
    (report,) = poll(app)
    assert report.ingested == 1
    assert len(client.get("/api/v1/tickets", headers=world.admin.headers).json()["items"]) == 1
    comments = client.get(
        f"/api/v1/tickets/{ticket['number']}/comments", headers=world.admin.headers
    ).json()["items"]
    assert [c["body"] for c in comments] == ["Still down."]


def test_a_wrong_password_or_a_busy_mailbox_is_a_status_not_a_crash(
    client: TestClient, app: FastAPI, admin: Person, imap: Dovecot
) -> None:
    wrong = create_mailbox(client, admin, imap, name="Wrong", password="nope")
    busy = create_mailbox(client, admin, imap, name="Busy")
    inactive = create_mailbox(client, admin, imap, name="Off", active=False)
    imap.append(mail("Waiting"))
    with transaction(app.state.db) as session:  # another worker is polling "Busy"
        session.execute(
            update(MailboxPoll)
            .where(MailboxPoll.mailbox_id == busy["id"])
            .values(claimed_until=datetime(2026, 12, 1, 9, 3, tzinfo=UTC))
        )
    reports = {r.mailbox_id: r for r in poll(app)}
    assert set(reports) == {wrong["id"], busy["id"]}
    assert reports[wrong["id"]].status == "error"
    assert (reports[wrong["id"]].error or "").startswith("Sign-in refused:")
    assert reports[busy["id"]].status is None
    assert subjects(client, admin) == []
    assert mailbox_state(client, admin, inactive)["last_polled_at"] is None
    state = mailbox_state(client, admin, wrong)
    assert state["last_poll_status"] == "error"
    assert state["last_poll_error"].startswith("Sign-in refused:")


def _run_task(monkeypatch: pytest.MonkeyPatch, app: FastAPI, database_url: str) -> Result:
    monkeypatch.setenv("SPORTELLO_DATABASE_URL", database_url)
    monkeypatch.setenv("SPORTELLO_DATA_DIR", str(app.state.settings.data_dir))
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli, ["jobs", "run", "mail.poll-mailboxes"])
    finally:
        get_settings.cache_clear()


def test_the_periodic_job_polls(
    client: TestClient,
    app: FastAPI,
    admin: Person,
    imap: Dovecot,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_mailbox(client, admin, imap)
    imap.append(mail("Through the job"))
    result = _run_task(monkeypatch, app, database_url)
    assert result.exit_code == 0, result.output
    assert subjects(client, admin) == ["Through the job"]
    assert list(imap.folder().values()) == [SEEN]
