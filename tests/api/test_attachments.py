"""Attachments: upload, list, safe download, size limit, internal notes, isolation."""

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

PROBLEM = "application/problem+json"
LIMIT = 64 * 1024  # max_upload_bytes in the test settings
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
BINARY = b"\x00\xff\x13\x37\xfe\x00GARBAGE\xc3\x28" * 64  # invalid UTF-8, no known magic


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def _upload(
    client: TestClient,
    number: int,
    who: Person,
    filename: str,
    content: bytes,
    content_type: str = "application/octet-stream",
    comment_id: int | None = None,
) -> httpx.Response:
    data = {"comment_id": str(comment_id)} if comment_id is not None else None
    response: httpx.Response = client.post(
        f"/api/v1/tickets/{number}/attachments",
        files={"file": (filename, content, content_type)},
        data=data,
        headers=who.headers,
    )
    return response


def _uploaded(
    client: TestClient, number: int, who: Person, filename: str, content: bytes, **kwargs: Any
) -> dict[str, Any]:
    response = _upload(client, number, who, filename, content, **kwargs)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _listed(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/attachments", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    # The list envelope; a ticket's attachments come whole, so there is never a next page.
    assert set(body) == {"items", "next_cursor"}, body
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


def _download(client: TestClient, number: int, attachment_id: int, who: Person) -> httpx.Response:
    path = f"/api/v1/tickets/{number}/attachments/{attachment_id}"
    response: httpx.Response = client.get(path, headers=who.headers)
    return response


def _stored_files(app: FastAPI) -> set[str]:
    directory: Path = app.state.settings.attachments_dir
    return {p.name for p in directory.iterdir()} if directory.is_dir() else set()


def _comment(
    client: TestClient, number: int, who: Person, body: str, internal: bool | None = None
) -> dict[str, Any]:
    payload: dict[str, Any] = {"body": body}
    if internal is not None:
        payload["internal"] = internal
    response = client.post(f"/api/v1/tickets/{number}/comments", json=payload, headers=who.headers)
    assert response.status_code == 201, response.text
    comment: dict[str, Any] = response.json()
    return comment


def test_customer_and_agent_upload_list_and_download(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    text = b"Error 0x80070005 at boot\n"
    mine = _uploaded(client, number, world.alice, "boot-log.txt", text, content_type="text/plain")
    assert mine["filename"] == "boot-log.txt"
    assert mine["size"] == len(text)
    assert mine["sha256"] == hashlib.sha256(text).hexdigest()
    assert mine["uploader_id"] == world.alice.id
    assert mine["comment_id"] is None
    assert mine["internal"] is False
    assert mine["content_type"] == "text/plain"

    theirs = _uploaded(client, number, world.agent, "fix.png", PNG, content_type="image/png")
    assert theirs["uploader_id"] == world.agent.id

    for who in (world.alice, world.agent, world.network_agent):
        assert [a["id"] for a in _listed(client, number, who)] == [mine["id"], theirs["id"]]

    for attachment, content in ((mine, text), (theirs, PNG)):
        for who in (world.alice, world.agent):
            response = _download(client, number, attachment["id"], who)
            assert response.status_code == 200
            assert response.content == content
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Content-Disposition"].startswith("attachment;")

    headers = _download(client, number, mine["id"], world.alice).headers
    assert headers["Content-Disposition"] == (
        "attachment; filename=\"boot-log.txt\"; filename*=UTF-8''boot-log.txt"
    )

    # The upload is part of the ticket's public history.
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.alice.headers).json()
    added = [e for e in events["items"] if e["kind"] == "attachment_added"]
    assert [e["data"]["attachment_id"] for e in added] == [mine["id"], theirs["id"]]


def test_non_ascii_filename_is_preserved(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    name = "Fattura è già pagata, 東京.txt"
    attachment = _uploaded(client, number, world.alice, name, b"paid", content_type="text/plain")
    assert attachment["filename"] == name
    assert _listed(client, number, world.agent)[0]["filename"] == name

    response = _download(client, number, attachment["id"], world.agent)
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="')
    assert disposition.endswith(f"; filename*=UTF-8''{quote(name)}")
    assert disposition.isascii()
    fallback = disposition.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback.endswith(".txt")


@pytest.mark.parametrize(
    ("filename", "content", "declared", "served"),
    [
        ("photo.png", PNG, "image/png", {"image/png"}),
        # Magic bytes win over the name and the declared type.
        ("innocent.html", PNG, "text/html", {"image/png"}),
        (
            "page.html",
            HTML,
            "text/html",
            {"text/plain; charset=utf-8", "application/octet-stream"},
        ),
        (
            "logo.svg",
            SVG,
            "image/svg+xml",
            {"text/plain; charset=utf-8", "application/octet-stream"},
        ),
        ("blob.bin", BINARY, "image/png", {"application/octet-stream"}),
        ("notes.txt", "Caffè ☕\n".encode(), "text/plain", {"text/plain; charset=utf-8"}),
    ],
    ids=["png", "png-named-html", "html", "svg", "binary", "utf8-text"],
)
def test_download_is_served_with_the_sniffed_safe_type(
    client: TestClient,
    world: World,
    filename: str,
    content: bytes,
    declared: str,
    served: set[str],
) -> None:
    number = world.open_ticket(client)["number"]
    attachment = _uploaded(client, number, world.alice, filename, content, content_type=declared)
    response = _download(client, number, attachment["id"], world.agent)
    assert response.status_code == 200
    assert response.content == content
    content_type = response.headers["content-type"]
    assert content_type in served
    assert "html" not in content_type
    assert "svg" not in content_type
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"].startswith(f'attachment; filename="{filename}"')
    assert attachment["content_type"] == content_type.split(";")[0]


def test_path_like_filenames_keep_only_the_name(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    for sent, stored in (
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system.ini", "system.ini"),
        ("/absolute/path/report.pdf", "report.pdf"),
        ("..", "attachment"),
    ):
        attachment = _uploaded(client, number, world.alice, sent, b"root:x:0:0")
        assert attachment["filename"] == stored, sent
        response = _download(client, number, attachment["id"], world.alice)
        assert response.status_code == 200
        assert response.content == b"root:x:0:0"
        disposition = response.headers["Content-Disposition"]
        assert disposition.startswith(f'attachment; filename="{stored}";'), sent


@pytest.mark.parametrize("size", [LIMIT + 1, 3 * LIMIT], ids=["just-over", "far-over"])
def test_upload_over_the_limit_is_a_413_and_stores_nothing(
    client: TestClient, app: FastAPI, world: World, size: int
) -> None:
    number = world.open_ticket(client)["number"]
    kept = _uploaded(client, number, world.alice, "small.txt", b"ok")
    files_before = _stored_files(app)
    events_before = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers)

    response = _upload(client, number, world.alice, "huge.bin", b"A" * size)
    body = _problem(response, 413)
    assert str(LIMIT) in body["detail"]

    assert [a["id"] for a in _listed(client, number, world.agent)] == [kept["id"]]
    assert _stored_files(app) == files_before
    after = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers)
    assert after.json() == events_before.json()


def test_upload_of_exactly_the_limit_is_accepted(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    attachment = _uploaded(client, number, world.alice, "exact.txt", b"B" * LIMIT)
    assert attachment["size"] == LIMIT
    assert len(_download(client, number, attachment["id"], world.alice).content) == LIMIT


def test_upload_validation(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/attachments"
    no_file = client.post(path, data={"comment_id": "1"}, headers=world.alice.headers)
    assert "file" in [e["field"] for e in _problem(no_file, 422)["errors"]]
    bad_comment = client.post(
        path,
        files={"file": ("a.txt", b"a", "text/plain")},
        data={"comment_id": "first"},
        headers=world.alice.headers,
    )
    assert "comment_id" in [e["field"] for e in _problem(bad_comment, 422)["errors"]]
    assert _listed(client, number, world.agent) == []


@pytest.mark.parametrize("huge", [2**31, 10**20])
def test_ids_no_column_can_hold_are_not_found(client: TestClient, world: World, huge: int) -> None:
    number = world.open_ticket(client)["number"]
    _uploaded(client, number, world.alice, "a.txt", b"a")
    _problem(_download(client, number, huge, world.alice), 404)
    _problem(_download(client, number, huge, world.agent), 404)
    response = _upload(client, number, world.alice, "b.txt", b"b", comment_id=huge)
    assert [e["field"] for e in _problem(response, 422)["errors"]] == ["comment_id"]
    assert len(_listed(client, number, world.agent)) == 1


def test_attachment_on_internal_note_is_invisible_to_the_customer(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    public = _uploaded(client, number, world.alice, "screen.png", PNG)
    note = _comment(client, number, world.agent, "Dump from the crash handler", internal=True)
    hidden = _uploaded(client, number, world.agent, "crash.dmp", BINARY, comment_id=note["id"])
    assert hidden["internal"] is True
    assert hidden["comment_id"] == note["id"]

    assert [a["id"] for a in _listed(client, number, world.alice)] == [public["id"]]
    assert [a["id"] for a in _listed(client, number, world.agent)] == [public["id"], hidden["id"]]

    refused = _download(client, number, hidden["id"], world.alice)
    missing = _download(client, number, 99999, world.alice)
    refused_body, missing_body = _problem(refused, 404), _problem(missing, 404)
    assert refused_body | {"detail": ""} == missing_body | {"detail": ""}
    assert refused_body["detail"].replace(str(hidden["id"]), "N") == missing_body["detail"].replace(
        "99999", "N"
    )

    staff = _download(client, number, hidden["id"], world.network_agent)
    assert staff.status_code == 200
    assert staff.content == BINARY

    customer_events = client.get(
        f"/api/v1/tickets/{number}/events", headers=world.alice.headers
    ).json()["items"]
    assert "crash.dmp" not in str(customer_events)
    assert all((e["data"] or {}).get("attachment_id") != hidden["id"] for e in customer_events)


def test_customer_attaches_only_to_their_own_visible_comments(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    other_number = world.open_ticket(client, subject="Another one")["number"]
    agent_reply = _comment(client, number, world.agent, "Please send a photo.")
    note = _comment(client, number, world.agent, "Probably the GPU.", internal=True)
    elsewhere = _comment(client, other_number, world.alice, "On the other ticket")

    answers = {}
    for label, comment_id in (
        ("agent's reply", agent_reply["id"]),
        ("internal note", note["id"]),
        ("other ticket", elsewhere["id"]),
        ("missing", 99999),
    ):
        response = _upload(client, number, world.alice, "photo.png", PNG, comment_id=comment_id)
        body = _problem(response, 422)
        assert [e["field"] for e in body["errors"]] == ["comment_id"], label
        answers[label] = body
    # An internal note is indistinguishable from a comment that does not exist.
    assert answers["internal note"] == answers["missing"]
    assert _listed(client, number, world.agent) == []

    own = _comment(client, number, world.alice, "Here it is")
    attached = _uploaded(client, number, world.alice, "photo.png", PNG, comment_id=own["id"])
    assert attached["comment_id"] == own["id"]
    assert attached["internal"] is False

    # Agents, too, attach to their own comments only.
    response = _upload(client, number, world.agent, "x.txt", b"x", comment_id=own["id"])
    assert [e["field"] for e in _problem(response, 422)["errors"]] == ["comment_id"]
    assert [a["id"] for a in _listed(client, number, world.agent)] == [attached["id"]]


def test_other_customer_cannot_download_or_list(client: TestClient, world: World) -> None:
    alice_number = world.open_ticket(client)["number"]
    bob_number = world.open_ticket(client, who=world.bob, subject="Globex")["number"]
    secret = _uploaded(client, alice_number, world.alice, "payslip.pdf", b"%PDF-1.4 salary")

    for path in (
        f"/api/v1/tickets/{alice_number}/attachments/{secret['id']}",
        f"/api/v1/tickets/{alice_number}/attachments",
    ):
        foreign = client.get(path, headers=world.bob.headers)
        missing = client.get(path.replace(str(alice_number), "9999"), headers=world.bob.headers)
        foreign_body, missing_body = _problem(foreign, 404), _problem(missing, 404)
        assert foreign_body["detail"].replace(str(alice_number), "N") == missing_body[
            "detail"
        ].replace("9999", "N")
        assert foreign_body | {"detail": ""} == missing_body | {"detail": ""}
        assert b"salary" not in foreign.content

    # Through his own ticket's path the id of alice's file is still not his.
    via_own = client.get(
        f"/api/v1/tickets/{bob_number}/attachments/{secret['id']}", headers=world.bob.headers
    )
    _problem(via_own, 404)
    assert b"salary" not in via_own.content
    # Nor can he attach to her ticket.
    _problem(_upload(client, alice_number, world.bob, "evil.txt", b"x"), 404)
    assert [a["id"] for a in _listed(client, alice_number, world.agent)] == [secret["id"]]


def test_closed_ticket_refuses_uploads(client: TestClient, app: FastAPI, world: World) -> None:
    number = world.open_ticket(client)["number"]
    kept = _uploaded(client, number, world.alice, "before.txt", b"before")
    for change in (
        {"status": "resolved", "resolution": "Reinstalled the driver."},
        {"status": "closed"},
    ):
        response = client.patch(
            f"/api/v1/tickets/{number}", json=change, headers=world.agent.headers
        )
        assert response.status_code == 200, response.text
    files_before = _stored_files(app)
    for who in (world.alice, world.agent):
        _problem(_upload(client, number, who, "after.txt", b"after"), 409)
    assert [a["id"] for a in _listed(client, number, world.agent)] == [kept["id"]]
    assert _stored_files(app) == files_before
    # What was attached before closing stays downloadable.
    assert _download(client, number, kept["id"], world.alice).content == b"before"
