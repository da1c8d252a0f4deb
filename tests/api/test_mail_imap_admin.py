"""Mailboxes through the API: administrators keep them, the password goes in and never comes
out, and "test connection" signs in to a real Dovecot (tests/dovecot.py) and says what it found
or why it failed. Nobody else may touch them."""

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.db.session import transaction
from api.mail.mailbox.models import Mailbox
from tests.api.conftest import Person, World
from tests.api.test_assignment import assert_problem
from tests.dovecot import UTF8_PASSWORD, UTF8_USER, Dovecot, mail

MAILBOXES = "/api/v1/mailboxes"


def mailbox_body(server: Dovecot | None = None, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Support",
        "host": server.host if server else "127.0.0.1",
        "port": server.port if server else 143,
        "security": "none",
        "username": server.user if server else "desk",
        "password": server.password if server else "imap secret",
        "desk_address": "support@desk.example",
    }
    return body | fields


def create_mailbox(
    client: TestClient, who: Person, server: Dovecot | None = None, **fields: Any
) -> dict[str, Any]:
    response = client.post(MAILBOXES, json=mailbox_body(server, **fields), headers=who.headers)
    assert response.status_code == 201, response.text
    mailbox: dict[str, Any] = response.json()
    return mailbox


def _no_secret(body: Any, secret: str) -> None:
    text = str(body)
    assert "password" not in text
    assert secret not in text


def test_admin_keeps_mailboxes_and_the_password_never_comes_back(
    client: TestClient, app: FastAPI, world: World
) -> None:
    h = world.admin.headers
    created = client.post(
        MAILBOXES,
        json=mailbox_body(
            password="first-secret-1",
            after_ingest="move",
            move_to="Done",
            team_id=world.service_desk["id"],
        ),
        headers=h,
    )
    assert created.status_code == 201, created.text
    mailbox = created.json()
    _no_secret(mailbox, "first-secret-1")
    assert (mailbox["folder"], mailbox["after_ingest"], mailbox["move_to"]) == (
        "INBOX",
        "move",
        "Done",
    )
    assert (mailbox["last_uid"], mailbox["uid_validity"], mailbox["last_poll_status"]) == (
        0,
        None,
        None,
    )
    url = f"{MAILBOXES}/{mailbox['id']}"
    got = client.get(url, headers=h)
    assert got.status_code == 200
    assert got.json() == mailbox
    listed = client.get(MAILBOXES, headers=h).json()
    assert [m["id"] for m in listed["items"]] == [mailbox["id"]]
    _no_secret(listed, "first-secret-1")

    changed = client.patch(
        url,
        json={"password": "second-secret-2", "after_ingest": "mark_seen", "active": False},
        headers=h | {"If-Match": got.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    _no_secret(changed.json(), "second-secret-2")
    assert (changed.json()["move_to"], changed.json()["active"]) == (None, False)
    assert changed.headers["ETag"] != got.headers["ETag"]
    stale = client.patch(url, json={"name": "Other"}, headers=h | {"If-Match": got.headers["ETag"]})
    assert_problem(stale, 412)

    with transaction(app.state.db) as session:
        sealed = session.scalar(select(Mailbox.password_sealed))
    assert sealed is not None
    assert "second-secret-2" not in sealed  # sealed at rest, not kept as typed

    assert client.delete(url, headers=h).status_code == 204
    assert_problem(client.get(url, headers=h), 404)


def test_mailbox_fields_are_checked(client: TestClient, world: World) -> None:
    h = world.admin.headers
    for fields, field in (
        ({"after_ingest": "move"}, "move_to"),
        ({"after_ingest": "move", "move_to": "INBOX"}, "move_to"),
        ({"after_ingest": "move", "move_to": "Done", "folder": "Done"}, "move_to"),
        ({"port": 0}, "port"),
        ({"security": "tls"}, "security"),
        ({"host": "imap example.com"}, "host"),
        ({"desk_address": "not an address"}, "desk_address"),
        ({"password": ""}, "password"),
    ):
        response = client.post(MAILBOXES, json=mailbox_body(**fields), headers=h)
        assert_problem(response, 422, field)
    assert_problem(client.post(MAILBOXES, json=mailbox_body(team_id=999_999), headers=h), 422)
    mailbox = create_mailbox(client, world.admin)
    assert_problem(client.post(MAILBOXES, json=mailbox_body(), headers=h), 409)
    url = f"{MAILBOXES}/{mailbox['id']}"
    assert_problem(client.patch(url, json={"after_ingest": "move"}, headers=h), 422, "move_to")
    assert_problem(client.patch(url, json={"password": None}, headers=h), 422, "password")


def test_only_administrators_see_or_touch_mailboxes(client: TestClient, world: World) -> None:
    mailbox = create_mailbox(client, world.admin)
    url = f"{MAILBOXES}/{mailbox['id']}"
    for who in (world.supervisor, world.agent, world.alice):
        h = who.headers
        assert_problem(client.get(MAILBOXES, headers=h), 403)
        assert_problem(client.get(url, headers=h), 403)
        assert_problem(client.post(MAILBOXES, json=mailbox_body(name="Mine"), headers=h), 403)
        assert_problem(client.patch(url, json={"active": False}, headers=h), 403)
        assert_problem(client.delete(url, headers=h), 403)
        assert_problem(client.post(f"{url}/connection-test", headers=h), 403)
        assert_problem(client.post(f"{url}/polls", headers=h), 403)
    assert_problem(client.get(MAILBOXES), 401)
    assert client.get(url, headers=world.admin.headers).json()["active"] is True


def test_connection_test_counts_the_folder_or_says_why_not(
    client: TestClient, world: World, imap: Dovecot
) -> None:
    h = world.admin.headers
    imap.append(mail("First"))
    imap.append(mail("Second"))
    good = create_mailbox(client, world.admin, imap)
    result = client.post(f"{MAILBOXES}/{good['id']}/connection-test", headers=h)
    assert result.status_code == 200, result.text
    assert result.json() | {"elapsed_ms": 0} == {
        "ok": True,
        "message_count": 2,
        "error": None,
        "elapsed_ms": 0,
    }
    assert list(imap.folder().values()) == [set(), set()]  # still there, still unread

    wrong = create_mailbox(client, world.admin, imap, name="Wrong", password="not it")
    refused = client.post(f"{MAILBOXES}/{wrong['id']}/connection-test", headers=h).json()
    assert refused["ok"] is False
    assert refused["message_count"] is None
    assert refused["error"].startswith("Sign-in refused:")
    assert "Authentication failed" in refused["error"]
    _no_secret(refused, "not it")

    accented = create_mailbox(
        client, world.admin, imap, name="UTF-8", username=UTF8_USER, password=UTF8_PASSWORD
    )
    signed_in = client.post(f"{MAILBOXES}/{accented['id']}/connection-test", headers=h).json()
    assert (signed_in["ok"], signed_in["message_count"]) == (True, 0)

    no_folder = create_mailbox(client, world.admin, imap, name="Folder", folder="Nowhere")
    missing = client.post(f"{MAILBOXES}/{no_folder['id']}/connection-test", headers=h).json()
    assert missing["ok"] is False
    assert "Cannot open the folder 'Nowhere'" in missing["error"]

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # nobody listens once closed
    nobody = create_mailbox(client, world.admin, name="Nobody", port=port)
    unreachable = client.post(f"{MAILBOXES}/{nobody['id']}/connection-test", headers=h).json()
    assert unreachable["ok"] is False
    assert unreachable["error"].startswith(f"Cannot connect to 127.0.0.1:{port}")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts connections and never says a word: an IMAP server that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_connection_test_gives_up_after_the_timeout(
    client: TestClient, app: FastAPI, world: World, silent_server: int, monkeypatch: Any
) -> None:
    monkeypatch.setattr(app.state.settings, "imap_timeout_seconds", 0.5)
    mailbox = create_mailbox(client, world.admin, port=silent_server)
    response = client.post(
        f"{MAILBOXES}/{mailbox['id']}/connection-test", headers=world.admin.headers
    )
    result = response.json()
    assert result["ok"] is False
    assert result["error"] == f"No answer from 127.0.0.1:{silent_server} within 0.5 s."
    assert 400 <= result["elapsed_ms"] < 5000


def test_poll_now_queues_a_job(client: TestClient, world: World) -> None:
    mailbox = create_mailbox(client, world.admin)
    h = world.admin.headers
    assert client.post(f"{MAILBOXES}/{mailbox['id']}/polls", headers=h).status_code == 202
    jobs = client.get("/api/v1/jobs", headers=h).json()["items"]
    assert [(j["task_name"], j["args"]) for j in jobs] == [
        ("mail.poll-mailbox", {"mailbox_id": mailbox["id"]})
    ]
    assert_problem(client.post(f"{MAILBOXES}/999999/polls", headers=h), 404)


def test_the_contract_says_the_password_is_write_only(client: TestClient) -> None:
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("MailboxWrite", "MailboxPatch"):
        assert schemas[name]["properties"]["password"]["writeOnly"] is True
    assert not [p for p in schemas["MailboxOut"]["properties"] if "password" in p]
