"""Who may open the event stream, and how: bearer header or a short-lived stream ticket; a
revoked session's stream ends; a Last-Event-ID the log cannot serve gets a reset."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for

STREAM = "/api/v1/events/stream"
LIFETIME = 2.0


@pytest.fixture
def short_streams(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The API on the leg's database, its streams ending after LIFETIME seconds, so that the
    test client (which reads a response to its end) can read them."""
    app: FastAPI = create_app(
        settings_for(
            database_url,
            tmp_path / "data",
            live_stream_max_seconds=LIFETIME,
            live_keepalive_seconds=0.2,
        )
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    app.state.db.engine.dispose()


def test_a_stream_needs_a_token_or_a_good_ticket(short_streams: TestClient, world: World) -> None:
    assert short_streams.get(STREAM).status_code == 401
    forged = short_streams.get(STREAM, params={"ticket": "made.up.ticket"})
    assert forged.status_code == 401
    assert forged.headers["www-authenticate"] == "Bearer"
    made = short_streams.post("/api/v1/events/stream-tickets", headers=world.alice.headers)
    assert made.status_code == 201
    assert set(made.json()) == {"ticket", "expires_at"}
    opened = short_streams.get(STREAM, params={"ticket": made.json()["ticket"]})
    assert opened.status_code == 200
    assert opened.headers["content-type"].startswith("text/event-stream")
    assert opened.headers["cache-control"] == "no-cache"
    assert ": ready" in opened.text
    assert ": keep-alive" in opened.text
    # The ticket is a key to a stream only, never to the rest of the API.
    assert (
        short_streams.get("/api/v1/tickets", params={"ticket": made.json()["ticket"]}).status_code
        == 401
    )
    assert short_streams.post("/api/v1/events/stream-tickets").status_code == 401


def test_a_stream_ticket_dies_with_its_session(
    short_streams: TestClient, client: TestClient, world: World
) -> None:
    made = short_streams.post("/api/v1/events/stream-tickets", headers=world.bob.headers).json()
    assert client.delete("/api/v1/auth/token", headers=world.bob.headers).status_code == 204
    assert short_streams.get(STREAM, params={"ticket": made["ticket"]}).status_code == 401


@pytest.mark.slow
def test_a_last_event_id_the_log_cannot_serve_gets_a_reset(
    short_streams: TestClient, client: TestClient, world: World
) -> None:
    world.open_ticket(client)
    events = client.get("/api/v1/tickets/1001/events", headers=world.agent.headers).json()
    newest = max(e["id"] for e in events["items"])
    response = short_streams.get(
        STREAM, headers=world.agent.headers | {"Last-Event-ID": str(newest + 1000)}
    )
    assert f"id: {newest}\nevent: reset\ndata: {{}}" in response.text
    replay = short_streams.get(STREAM, headers=world.agent.headers | {"Last-Event-ID": "0"})
    assert f"id: {newest}\nevent: ticket\n" in replay.text
    assert "event: reset" not in replay.text
    unknown = short_streams.get(STREAM, headers=world.agent.headers | {"Last-Event-ID": "soon"})
    assert unknown.status_code == 200
    assert f"id: {newest}\nevent: reset\n" in unknown.text
