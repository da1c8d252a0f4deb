"""The event stream against a real `sportello serve`, on each database: across two worker
processes, what a customer may see of it, replay after a reconnect."""

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.user.roles import Role
from tests.api.conftest import Person, World, make_person
from tests.api.live_client import SseReader, worker_of
from tests.server import Server, children, serving

CANARY = "CANARY-7f3a internal only"


def _settings(database_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "server"),
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
        # Each keep-alive checks the stream's session again: often, to see a revoked one end.
        "SPORTELLO_LIVE_KEEPALIVE_SECONDS": "1",
    }


@pytest.fixture(scope="module")
def one_worker(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the tests of a leg (each wipes the database, not the server)."""
    tmp_path = tmp_path_factory.mktemp("live")
    with serving(_settings(database_url, tmp_path), tmp_path) as server:
        yield server


def _stream(server: Server, who: Person, **params: object) -> SseReader:
    return SseReader(f"{server.base_url}/api/v1/events/stream", who.headers, dict(params)).start()


def _comment(server: Server, who: Person, number: int, body: str, internal: bool = False) -> None:
    response = httpx.post(
        f"{server.base_url}/api/v1/tickets/{number}/comments",
        json={"body": body, "internal": internal},
        headers=who.headers,
        timeout=30,
    )
    assert response.status_code == 201, response.text


@pytest.mark.slow
def test_an_event_committed_on_one_worker_reaches_a_stream_on_the_other_within_a_second(
    client: TestClient, world: World, database_url: str, tmp_path: Path
) -> None:
    ticket = world.open_ticket(client)
    with serving(_settings(database_url, tmp_path), tmp_path, workers=2) as server:
        workers = children(server.pid)
        assert len(workers) >= 2, "uvicorn did not start two workers"
        # Open streams until both workers hold at least one.
        streams: dict[str, SseReader] = {}
        for _ in range(30):
            reader = _stream(server, world.agent)
            assert reader.status == 200
            assert reader.client_port is not None
            pid = worker_of(reader.client_port, server.port, workers)
            assert pid is not None, "no worker holds the stream's connection"
            if pid in streams:
                reader.stop()
                continue
            streams[pid] = reader
            if len(streams) == 2:
                break
        assert len(streams) == 2, "every stream landed on the same worker"

        # Each comment is committed by one worker; the stream on the other hears of it.
        latencies = []
        for n in range(3):
            sent = time.monotonic()
            _comment(server, world.supervisor, ticket["number"], f"Update {n}")
            for reader in streams.values():
                message = reader.wait_for(
                    lambda m: m.event == "ticket" and m.data["kind"] == "commented", timeout=5
                )
                assert message.data["ticket"] == ticket["number"]
                latencies.append(message.at - sent)
        print(f"stream latencies across 2 workers: {[round(x, 3) for x in latencies]} s")
        assert max(latencies) < 1.0, latencies

        # A client that reconnects with Last-Event-ID is sent what it missed, in order.
        last = message.id
        assert last is not None
        _comment(server, world.supervisor, ticket["number"], "While you were away")
        _comment(server, world.supervisor, ticket["number"], "And again")
        resumed = SseReader(
            f"{server.base_url}/api/v1/events/stream",
            world.agent.headers | {"Last-Event-ID": str(last - 1)},
        ).start()
        replayed = [m.id for m in resumed.drain(2) if m.event == "ticket"]
        assert replayed[0] == last
        assert len(replayed) >= 3
        assert replayed == sorted(replayed)
        for reader in [*streams.values(), resumed]:
            reader.stop()


def test_an_internal_note_never_reaches_a_customer_stream(
    client: TestClient, world: World, one_worker: Server
) -> None:
    server = one_worker
    ticket = world.open_ticket(client)  # alice's, of Acme
    # The customer opens the stream as the SPA does: with a ticket, in the query string.
    made = httpx.post(
        f"{server.base_url}/api/v1/events/stream-tickets", headers=world.alice.headers
    )
    assert made.status_code == 201, made.text
    alice = SseReader(
        f"{server.base_url}/api/v1/events/stream", params={"ticket": made.json()["ticket"]}
    ).start()
    bob = _stream(server, world.bob)  # another organization
    agent = _stream(server, world.agent)
    assert alice.status == bob.status == agent.status == 200

    _comment(server, world.agent, ticket["number"], CANARY, internal=True)
    _comment(server, world.agent, ticket["number"], "We are on it.")

    seen_by_agent = [
        agent.wait_for(lambda m: m.event == "ticket" and m.data["kind"] == "commented", 5)
        for _ in range(2)
    ]
    internal_id, public_id = (m.id for m in seen_by_agent)
    public = alice.wait_for(lambda m: m.event == "ticket", 5)
    assert public.id == public_id
    assert public.data == {
        "ticket": ticket["number"],
        "kind": "commented",
        "version": public.data["version"],
    }
    later = alice.drain(1.5)
    assert internal_id not in [m.id for m in later]
    assert not [m for m in bob.drain(0.5) if m.event == "ticket"]

    # Nor by replay: from the start of the log, the customer gets the public events only.
    replay = _stream(server, world.alice, last_event_id=0)
    replayed = [m.id for m in replay.drain(1.5) if m.event == "ticket"]
    assert public_id in replayed
    assert internal_id not in replayed
    for reader in (alice, bob, agent, replay):
        assert not any(CANARY in line for line in reader.raw)
        reader.stop()


def test_presence_changes_reach_agents_only(
    client: TestClient, world: World, one_worker: Server
) -> None:
    server = one_worker
    ticket = world.open_ticket(client)
    colleague = _stream(server, world.supervisor)
    customer = _stream(server, world.alice)
    url = f"{server.base_url}/api/v1/tickets/{ticket['number']}/presence"
    beat = httpx.put(url, json={"activity": "replying"}, headers=world.agent.headers)
    assert beat.status_code == 200, beat.text
    message = colleague.wait_for(lambda m: m.event == "presence", 2)
    assert message.data == {"ticket": ticket["number"]}
    assert message.id is None
    assert httpx.delete(url, headers=world.agent.headers).status_code == 204
    colleague.wait_for(lambda m: m.event == "presence", 2)
    assert not [m for m in customer.drain(1) if m.event == "presence"]
    colleague.stop()
    customer.stop()


def test_a_revoked_session_ends_its_open_stream(
    client: TestClient, world: World, one_worker: Server
) -> None:
    leaver = make_person(client, world.admin, "Leo Leaver", Role.agent)
    reader = _stream(one_worker, leaver)
    assert reader.status == 200
    assert not reader.ended.wait(1.5), "the stream ended by itself"
    revoked = httpx.delete(f"{one_worker.base_url}/api/v1/auth/token", headers=leaver.headers)
    assert revoked.status_code == 204
    assert reader.ended.wait(3), "the stream outlived its session"
    again = httpx.get(f"{one_worker.base_url}/api/v1/events/stream", headers=leaver.headers)
    assert again.status_code == 401
