"""Email in, the quarantine: mail too large or unreadable is held for an admin, who inspects,
releases (takes it in after all) or drops it, and intake carries on meanwhile."""

import base64
import os
import time
from email.message import EmailMessage

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.mail.inbound.quarantine import directory
from tests.api.conftest import Person, World
from tests.api.mail_inbound import counts, ingest, message

MB = 1024 * 1024


def _files(app: FastAPI) -> set[str]:
    folder = directory(app.state.settings)
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _with_attachment(mail: EmailMessage, size: int) -> bytes:
    """The message with a file of `size` bytes attached, encoded faster than `email` does."""
    head = mail.as_bytes().partition(b"\n\n")[0]
    head = b"\n".join(
        line for line in head.split(b"\n") if not line.lower().startswith((b"content-", b"mime"))
    )
    encoded = base64.encodebytes(os.urandom(size))
    return b"\n".join(
        [
            head,
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/mixed; boundary="cut"',
            b"",
            b"--cut",
            b"Content-Type: text/plain; charset=utf-8",
            b"",
            b"Scans attached.",
            b"--cut",
            b'Content-Type: application/octet-stream; name="scan.bin"',
            b"Content-Transfer-Encoding: base64",
            b'Content-Disposition: attachment; filename="scan.bin"',
            b"",
            encoded,
            b"--cut--",
            b"",
        ]
    )


def _held(client: TestClient, admin: Person) -> list[dict[str, object]]:
    response = client.get("/api/v1/mail/quarantine", headers=admin.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


def test_a_30_mb_mail_is_held_while_the_next_100_are_taken_in(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    huge = _with_attachment(message("Hugo <hugo@example.com>", subject="Scans"), 30 * MB)
    assert len(huge) > app.state.settings.mail_max_bytes
    outcome = ingest(client, admin, huge)
    assert outcome["status"] == "quarantined"
    assert "over the limit" in outcome["reason"]
    started = time.perf_counter()
    numbers = set()
    for index in range(100):
        sender = f"Person {index % 10} <person{index % 10}@example.com>"
        taken = ingest(client, admin, message(sender, subject=f"Request {index}"))
        assert taken["status"] == "ticket_created", taken
        numbers.add(taken["ticket_number"])
    elapsed = time.perf_counter() - started
    print(f"100 messages taken in after the held one in {elapsed:.1f} s")
    assert len(numbers) == 100
    (item,) = _held(client, admin)
    assert item["size"] == len(huge)
    assert item["sender"] == "Hugo <hugo@example.com>"
    assert item["has_raw"] is True
    assert counts(app)["tickets"] == 100


def test_an_admin_inspects_and_releases_held_mail_into_a_ticket(
    client: TestClient, app: FastAPI, world: World
) -> None:
    limit = app.state.settings.max_upload_bytes
    too_big = message(
        world.alice.email,
        subject="Big log",
        files=[("big.log", "text/plain", b"x" * (limit + 1))],
    )
    kept_before = _files(app)
    assert ingest(client, world.admin, too_big)["status"] == "quarantined"
    assert len(_files(app) - kept_before) == 1  # the raw message, kept for the admin
    (item,) = _held(client, world.admin)
    detail = client.get(f"/api/v1/mail/quarantine/{item['id']}", headers=world.admin.headers)
    assert detail.status_code == 200
    assert detail.json()["headers"]["Subject"] == "Big log"
    assert "big.log" in detail.json()["reason"]
    etag = detail.headers["ETag"]
    for who in (world.agent, world.alice):
        refused = client.post(f"/api/v1/mail/quarantine/{item['id']}/release", headers=who.headers)
        assert refused.status_code == 403
    released = client.post(
        f"/api/v1/mail/quarantine/{item['id']}/release",
        headers=world.admin.headers | {"If-Match": etag},
    )
    assert released.status_code == 200, released.text
    number = released.json()["ticket_number"]
    assert released.json()["status"] == "ticket_created"
    files = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.alice.headers)
    assert [f["filename"] for f in files.json()["items"]] == ["big.log"]
    assert _held(client, world.admin) == []
    after = client.get(f"/api/v1/mail/quarantine/{item['id']}", headers=world.admin.headers)
    assert (after.json()["status"], after.json()["ticket_number"]) == ("released", number)
    assert after.json()["has_raw"] is False
    assert _files(app) == kept_before
    again = client.post(
        f"/api/v1/mail/quarantine/{item['id']}/release", headers=world.admin.headers
    )
    assert again.status_code == 409


def test_unreadable_mail_is_held_and_can_be_dropped(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    kept_before = _files(app)
    for raw in (b"this is not an email at all", b"Subject: no sender\r\n\r\nhello\r\n"):
        assert ingest(client, admin, raw)["status"] == "quarantined"
    assert len(_files(app) - kept_before) == 2
    items = _held(client, admin)
    assert len(items) == 2
    stale = client.get(f"/api/v1/mail/quarantine/{items[0]['id']}", headers=admin.headers)
    cannot = client.post(f"/api/v1/mail/quarantine/{items[0]['id']}/release", headers=admin.headers)
    assert cannot.status_code == 409  # still unreadable: it stays held
    for item in items:
        dropped = client.post(f"/api/v1/mail/quarantine/{item['id']}/drop", headers=admin.headers)
        assert dropped.status_code == 200, dropped.text
        assert dropped.json()["status"] == "dropped"
    assert _held(client, admin) == []
    gone = client.get("/api/v1/mail/quarantine?status=dropped", headers=admin.headers).json()
    assert len(gone["items"]) == 2
    assert _files(app) == kept_before
    stale_drop = client.post(
        f"/api/v1/mail/quarantine/{items[0]['id']}/drop",
        headers=admin.headers | {"If-Match": stale.headers["ETag"]},
    )
    assert stale_drop.status_code == 412
    assert counts(app)["tickets"] == 0


def test_the_ingest_endpoint_is_for_admins(client: TestClient, world: World) -> None:
    raw = message().as_bytes()
    headers = {"Content-Type": "message/rfc822"}
    assert client.post("/api/v1/mail/inbound", content=raw, headers=headers).status_code == 401
    for who in (world.agent, world.alice):
        response = client.post("/api/v1/mail/inbound", content=raw, headers=who.headers | headers)
        assert response.status_code == 403
    listed = client.get("/api/v1/mail/quarantine", headers=world.supervisor.headers)
    assert listed.status_code == 403
