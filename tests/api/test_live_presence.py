"""Presence on a ticket: heartbeats, who is there, leaving, expiry; the support team only."""

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for

TTL = 2  # seconds without a heartbeat before someone is gone (the default is 30)


@pytest.fixture
def short_presence(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The API on the leg's database with a presence that expires after TTL seconds."""
    app: FastAPI = create_app(
        settings_for(database_url, tmp_path / "data", presence_ttl_seconds=TTL)
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    app.state.db.engine.dispose()


def _url(ticket: dict[str, object]) -> str:
    return f"/api/v1/tickets/{ticket['number']}/presence"


def test_agents_see_who_is_viewing_and_replying(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client)
    url = _url(ticket)
    first = client.put(url, json={"activity": "viewing"}, headers=world.agent.headers)
    assert first.status_code == 200, first.text
    assert [p["name"] for p in first.json()["items"]] == ["Andrea Agent"]
    beat = client.put(url, json={"activity": "replying"}, headers=world.supervisor.headers)
    assert beat.status_code == 200
    listed = client.get(url, headers=world.network_agent.headers)
    assert listed.status_code == 200
    assert [(p["name"], p["activity"]) for p in listed.json()["items"]] == [
        ("Andrea Agent", "viewing"),
        ("Sam Supervisor", "replying"),
    ]
    assert listed.json()["next_cursor"] is None

    # A heartbeat keeps `since`; a change of activity restarts it.
    again = client.put(url, json={"activity": "viewing"}, headers=world.agent.headers).json()
    mine = next(p for p in again["items"] if p["user_id"] == world.agent.id)
    before = next(p for p in listed.json()["items"] if p["user_id"] == world.agent.id)
    assert mine["since"] == before["since"]
    assert mine["seen_at"] >= before["seen_at"]
    changed = client.put(url, json={"activity": "replying"}, headers=world.agent.headers).json()
    mine = next(p for p in changed["items"] if p["user_id"] == world.agent.id)
    assert mine["since"] > before["since"]

    # Leaving takes you off at once.
    assert client.delete(url, headers=world.agent.headers).status_code == 204
    names = [p["name"] for p in client.get(url, headers=world.agent.headers).json()["items"]]
    assert names == ["Sam Supervisor"]


def test_a_viewer_who_stops_sending_heartbeats_disappears(
    short_presence: TestClient, world: World, client: TestClient
) -> None:
    ticket = world.open_ticket(client)
    url = _url(ticket)
    sent = time.monotonic()
    beat = short_presence.put(url, json={"activity": "viewing"}, headers=world.agent.headers)
    assert beat.status_code == 200
    answered = time.monotonic()
    while True:
        listed = short_presence.get(url, headers=world.supervisor.headers).json()["items"]
        if not listed:
            break
        assert [p["name"] for p in listed] == ["Andrea Agent"]
        time.sleep(0.2)
    gone = time.monotonic()
    # Never before TTL since the heartbeat, and soon after (allowing for a loaded machine).
    assert gone - sent >= TTL, gone - sent
    assert gone - answered < TTL + 3, gone - answered


def test_the_default_expiry_takes_a_silent_viewer_off_within_45_seconds(app: FastAPI) -> None:
    # The SPA beats every 15 s; a tab that dies right after a beat is gone TTL later.
    assert app.state.settings.presence_ttl_seconds <= 45


def test_presence_is_the_support_teams_business(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client)  # alice's own ticket
    url = _url(ticket)
    for method in ("GET", "PUT", "DELETE"):
        body = {"activity": "viewing"} if method == "PUT" else None
        response = client.request(method, url, json=body, headers=world.alice.headers)
        assert response.status_code == 403, (method, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    assert (
        client.get("/api/v1/tickets/999999/presence", headers=world.agent.headers).status_code
        == 404
    )
    assert client.get(url).status_code == 401
    wrong = client.put(url, json={"activity": "typing"}, headers=world.agent.headers)
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "activity"
