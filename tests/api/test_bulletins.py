"""Bulletins: who publishes, who sees them, tickets linked as a major incident, and the
resolution that reaches every requester at once, or not at all."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.bulletin import service as bulletin_service
from api.db.session import transaction
from api.ticket.models import Ticket
from tests.api.conftest import World
from tests.api.kb import created


def iso(moment: datetime) -> str:
    return moment.isoformat()


def bulletin(client: TestClient, world: World, **fields: Any) -> dict[str, Any]:
    body = {"title": "Email outage", "message": "Email is down; we are on it."} | fields
    return created(client.post("/api/v1/bulletins", json=body, headers=world.supervisor.headers))


def listed(client: TestClient, who: Any, **params: Any) -> list[str]:
    response = client.get("/api/v1/bulletins", params=params, headers=who.headers)
    return [b["title"] for b in created(response)["items"]]


def test_supervisors_and_admins_publish_bulletins(client: TestClient, world: World) -> None:
    body = {"title": "VPN down", "message": "Working on it."}
    for who in (world.agent, world.alice):
        assert client.post("/api/v1/bulletins", json=body, headers=who.headers).status_code == 403
    made = created(client.post("/api/v1/bulletins", json=body, headers=world.admin.headers))
    assert made["active"] is True
    assert made["audience"] == "agents"
    assert made["message_html"] == "<p>Working on it.</p>\n"
    bad = client.post(
        "/api/v1/bulletins",
        json=body | {"starts_at": "2026-01-02T00:00:00Z", "ends_at": "2026-01-01T00:00:00Z"},
        headers=world.admin.headers,
    )
    assert bad.status_code == 422


def test_who_sees_which_bulletin(client: TestClient, world: World) -> None:
    now = datetime.now(UTC)
    bulletin(client, world, title="Agents only")
    bulletin(client, world, title="For everyone", audience="everyone")
    bulletin(
        client, world, title="Tomorrow", audience="everyone", starts_at=iso(now + timedelta(days=1))
    )
    bulletin(
        client,
        world,
        title="Last week",
        audience="everyone",
        starts_at=iso(now - timedelta(days=8)),
        ends_at=iso(now - timedelta(days=7)),
    )
    assert set(listed(client, world.agent)) == {"Agents only", "For everyone"}
    assert listed(client, world.alice) == ["For everyone"]
    assert listed(client, world.agent, state="upcoming") == ["Tomorrow"]
    assert listed(client, world.agent, state="past") == ["Last week"]
    assert len(listed(client, world.agent, state="all")) == 4
    assert listed(client, world.alice, state="past") == []  # customers: active ones only
    agents_only = client.get("/api/v1/bulletins", headers=world.agent.headers).json()["items"]
    hidden = next(b for b in agents_only if b["title"] == "Agents only")
    assert (
        client.get(f"/api/v1/bulletins/{hidden['id']}", headers=world.alice.headers).status_code
        == 404
    )
    shown = client.get("/api/v1/bulletins", headers=world.alice.headers).json()["items"][0]
    assert shown["linked_ticket_count"] is None  # the team's business


def test_tickets_join_the_incident_once(client: TestClient, world: World) -> None:
    outage = bulletin(client, world, audience="everyone")
    other = bulletin(client, world, title="Other")
    numbers = [world.open_ticket(client, who)["number"] for who in (world.alice, world.bob)]
    path = f"/api/v1/bulletins/{outage['id']}/tickets"
    linked = created(client.post(path, json={"numbers": numbers}, headers=world.agent.headers))
    assert linked == {"bulletin_id": outage["id"], "linked": numbers, "already_linked": []}
    again = created(client.post(path, json={"numbers": numbers[:1]}, headers=world.agent.headers))
    assert again["already_linked"] == numbers[:1]
    elsewhere = client.post(
        f"/api/v1/bulletins/{other['id']}/tickets",
        json={"numbers": numbers[:1]},
        headers=world.agent.headers,
    )
    assert elsewhere.status_code == 409
    missing = client.post(path, json={"numbers": [999999]}, headers=world.agent.headers)
    assert missing.status_code == 422
    assert (
        client.post(path, json={"numbers": numbers}, headers=world.alice.headers).status_code == 403
    )
    page = created(client.get(path, headers=world.agent.headers))
    assert [t["number"] for t in page["items"]] == numbers
    got = created(client.get(f"/api/v1/bulletins/{outage['id']}", headers=world.agent.headers))
    assert got["linked_ticket_count"] == 2
    # The requester sees their ticket is part of a known outage (a public bulletin).
    events = client.get(f"/api/v1/tickets/{numbers[0]}/events", headers=world.alice.headers)
    assert "bulletin_linked" in [e["kind"] for e in events.json()["items"]]
    removed = client.delete(f"{path}/{numbers[1]}", headers=world.agent.headers)
    assert removed.status_code == 204
    assert client.delete(f"{path}/{numbers[1]}", headers=world.agent.headers).status_code == 404


def test_a_bulletin_closes_fifty_linked_tickets_at_once(client: TestClient, world: World) -> None:
    outage = bulletin(client, world, audience="everyone")
    requesters = [world.alice, world.bob, world.carol]
    numbers = [
        world.open_ticket(client, requesters[i % 3], subject=f"No email {i}")["number"]
        for i in range(50)
    ]
    # One was already solved another way: it is left as it is.
    created(
        client.patch(
            f"/api/v1/tickets/{numbers[0]}",
            json={"status": "resolved", "resolution": "Used webmail meanwhile."},
            headers=world.agent.headers,
        )
    )
    created(
        client.post(
            f"/api/v1/bulletins/{outage['id']}/tickets",
            json={"numbers": numbers},
            headers=world.agent.headers,
        )
    )
    note = "The mail server is back; queued mail has been delivered."
    path = f"/api/v1/bulletins/{outage['id']}/resolve"
    assert (
        client.post(path, json={"resolution": note}, headers=world.agent.headers).status_code == 403
    )
    result = created(client.post(path, json={"resolution": note}, headers=world.supervisor.headers))
    assert result["resolved_tickets"] == numbers[1:]
    assert result["untouched_tickets"] == numbers[:1]
    assert result["bulletin"]["resolved_at"] is not None
    assert result["bulletin"]["active"] is False
    for i, number in enumerate(numbers[1:], start=1):
        requester = requesters[i % 3]
        ticket = created(client.get(f"/api/v1/tickets/{number}", headers=requester.headers))
        assert (ticket["status"], ticket["resolution"]) == ("resolved", note)
        comments = created(
            client.get(f"/api/v1/tickets/{number}/comments", headers=requester.headers)
        )["items"]
        assert [c["body"] for c in comments] == [note]  # the note reached the requester
    first = created(client.get(f"/api/v1/tickets/{numbers[0]}", headers=world.alice.headers))
    assert first["resolution"] == "Used webmail meanwhile."
    again = client.post(path, json={"resolution": note}, headers=world.supervisor.headers)
    assert again.status_code == 409
    assert listed(client, world.alice) == []


def test_bulletin_resolution_is_all_or_nothing(
    client: TestClient, app: FastAPI, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = bulletin(client, world)
    numbers = [world.open_ticket(client, subject=f"No email {i}")["number"] for i in range(5)]
    created(
        client.post(
            f"/api/v1/bulletins/{outage['id']}/tickets",
            json={"numbers": numbers},
            headers=world.agent.headers,
        )
    )
    real = bulletin_service.change_status
    calls = {"n": 0}

    def failing_on_the_fourth(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("the database went away mid-way")
        real(*args, **kwargs)

    monkeypatch.setattr(bulletin_service, "change_status", failing_on_the_fourth)
    response = client.post(
        f"/api/v1/bulletins/{outage['id']}/resolve",
        json={"resolution": "Fixed."},
        headers=world.supervisor.headers,
    )
    assert response.status_code == 500
    assert calls["n"] == 4  # three tickets were resolved in the transaction before the failure
    with transaction(app.state.db, write=False) as session:
        rows = session.query(Ticket).filter(Ticket.number.in_(numbers)).all()
        assert {t.status.value for t in rows} == {"new"}
        assert all(t.resolution is None for t in rows)
    for number in numbers:
        comments = client.get(f"/api/v1/tickets/{number}/comments", headers=world.agent.headers)
        assert comments.json()["items"] == []
    still = created(client.get(f"/api/v1/bulletins/{outage['id']}", headers=world.agent.headers))
    assert still["resolved_at"] is None
    assert still["active"] is True
    assert (
        client.get("/api/v1/search", params={"q": "fixed"}, headers=world.agent.headers).json()[
            "items"
        ]
        == []
    )
    monkeypatch.undo()
    done = client.post(
        f"/api/v1/bulletins/{outage['id']}/resolve",
        json={"resolution": "Fixed."},
        headers=world.supervisor.headers,
    )
    assert created(done)["resolved_tickets"] == numbers


def test_a_closed_ticket_cannot_join_and_a_resolved_bulletin_takes_no_more(
    client: TestClient, world: World
) -> None:
    outage = bulletin(client, world)
    number = world.open_ticket(client)["number"]
    for change in ({"status": "resolved", "resolution": "Done."}, {"status": "closed"}):
        created(client.patch(f"/api/v1/tickets/{number}", json=change, headers=world.agent.headers))
    path = f"/api/v1/bulletins/{outage['id']}/tickets"
    closed = client.post(path, json={"numbers": [number]}, headers=world.agent.headers)
    assert closed.status_code == 422
    created(
        client.post(
            f"/api/v1/bulletins/{outage['id']}/resolve",
            json={"resolution": "Over."},
            headers=world.supervisor.headers,
        )
    )
    fresh = world.open_ticket(client)["number"]
    late = client.post(path, json={"numbers": [fresh]}, headers=world.agent.headers)
    assert late.status_code == 409
    edit = client.patch(
        f"/api/v1/bulletins/{outage['id']}", json={"title": "x"}, headers=world.supervisor.headers
    )
    assert edit.status_code == 409


def test_bulletins_page_and_honour_if_match(client: TestClient, world: World) -> None:
    now = datetime.now(UTC)
    for i in range(5):
        bulletin(client, world, title=f"B{i}", starts_at=iso(now - timedelta(hours=5 - i)))
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, "state": "all"} | (
            {"cursor": cursor} if cursor else {}
        )
        page = created(client.get("/api/v1/bulletins", params=params, headers=world.agent.headers))
        seen += [b["title"] for b in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["B4", "B3", "B2", "B1", "B0"]
    one = client.get("/api/v1/bulletins", headers=world.agent.headers).json()["items"][0]
    path = f"/api/v1/bulletins/{one['id']}"
    etag = client.get(path, headers=world.agent.headers).headers["ETag"]
    h = world.supervisor.headers
    assert (
        client.patch(
            path, json={"audience": "everyone"}, headers=h | {"If-Match": etag}
        ).status_code
        == 200
    )
    assert (
        client.patch(path, json={"title": "Late"}, headers=h | {"If-Match": etag}).status_code
        == 412
    )
