"""Bulletins as customers meet them: following a known outage instead of filing a duplicate,
the bulletin a ticket is part of, and the team scheduling and ending a bulletin."""

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.api.kb import created


def bulletin(client: TestClient, world: World, **fields: Any) -> dict[str, Any]:
    body = {"title": "Email outage", "message": "Email is down; we are on it."} | fields
    return created(client.post("/api/v1/bulletins", json=body, headers=world.supervisor.headers))


def titles(client: TestClient, who: Any, **params: Any) -> list[str]:
    response = client.get("/api/v1/bulletins", params=params, headers=who.headers)
    return [b["title"] for b in created(response)["items"]]


def report(client: TestClient, world: World) -> tuple[int, int]:
    body = created(client.get("/api/v1/deflections/report", headers=world.supervisor.headers))
    return body["answered"], body["solved"]


def test_a_customer_follows_an_outage_and_reads_its_resolution(
    client: TestClient, world: World
) -> None:
    outage = bulletin(client, world, audience="everyone")
    path = f"/api/v1/bulletins/{outage['id']}"
    assert report(client, world) == (0, 0)
    followed = created(
        client.put(
            f"{path}/follow", json={"query": "cannot send mail"}, headers=world.alice.headers
        )
    )
    assert followed["following"] is True
    # Following again is following once, and the same day's answer is counted once.
    again = client.put(f"{path}/follow", json={}, headers=world.alice.headers)
    assert created(again)["following"] is True
    assert report(client, world) == (1, 1)
    assert created(client.get(path, headers=world.bob.headers))["following"] is False

    resolve = {"resolution": "Mail flows again."}
    created(client.post(f"{path}/resolve", json=resolve, headers=world.supervisor.headers))
    # Alice, who follows it, still reads it and how it ended; Bob no longer sees it.
    seen = created(client.get(path, headers=world.alice.headers))
    assert (seen["resolution"], seen["active"], seen["following"]) == (
        "Mail flows again.",
        False,
        True,
    )
    assert titles(client, world.alice, state="all") == ["Email outage"]
    assert titles(client, world.alice, state="past") == ["Email outage"]
    assert titles(client, world.alice) == []
    assert client.get(path, headers=world.bob.headers).status_code == 404
    assert titles(client, world.bob, state="all") == []
    # An ended outage takes no new followers.
    assert client.put(f"{path}/follow", json={}, headers=world.alice.headers).status_code == 409
    assert client.delete(f"{path}/follow", headers=world.alice.headers).status_code == 204
    assert client.get(path, headers=world.alice.headers).status_code == 404


def test_only_customers_follow_and_only_what_they_may_read(
    client: TestClient, world: World
) -> None:
    agents_only = bulletin(client, world, title="Core switch")
    later = bulletin(
        client,
        world,
        title="Maintenance",
        audience="everyone",
        starts_at=(datetime.now(UTC) + timedelta(days=1)).isoformat(),
    )
    for hidden in (agents_only, later):
        follow = f"/api/v1/bulletins/{hidden['id']}/follow"
        refused = client.put(follow, json={}, headers=world.alice.headers)
        assert refused.status_code == 404
        assert refused.headers["content-type"] == "application/problem+json"
    public = bulletin(client, world, audience="everyone")
    follow = f"/api/v1/bulletins/{public['id']}/follow"
    assert client.put(follow, json={}, headers=world.agent.headers).status_code == 403
    assert client.delete(follow, headers=world.bob.headers).status_code == 404
    too_long = client.put(follow, json={"query": "x" * 501}, headers=world.bob.headers)
    assert too_long.status_code == 422
    assert report(client, world) == (0, 0)


def test_the_bulletin_a_ticket_is_part_of(client: TestClient, world: World) -> None:
    secret = bulletin(client, world, title="Core switch failure")
    public = bulletin(client, world, title="Email outage", audience="everyone")
    mine = world.open_ticket(client, world.alice)["number"]
    other = world.open_ticket(client, world.bob)["number"]
    for outage, number in ((secret, mine), (public, other)):
        created(
            client.post(
                f"/api/v1/bulletins/{outage['id']}/tickets",
                json={"numbers": [number]},
                headers=world.agent.headers,
            )
        )
    assert titles(client, world.agent, ticket=mine) == ["Core switch failure"]
    assert titles(client, world.agent, ticket=other) == ["Email outage"]
    # Alice's ticket is part of an agents-only incident: no path shows her that bulletin.
    assert titles(client, world.alice, ticket=mine, state="all") == []
    events = created(client.get(f"/api/v1/tickets/{mine}/events", headers=world.alice.headers))
    assert "Core switch" not in str(events)
    assert "bulletin_linked" not in [e["kind"] for e in events["items"]]
    ticket = created(client.get(f"/api/v1/tickets/{mine}", headers=world.alice.headers))
    assert "Core switch" not in str(ticket)
    # Bob sees the public outage his ticket is part of; Alice never learns of Bob's ticket.
    assert titles(client, world.bob, ticket=other) == ["Email outage"]
    assert titles(client, world.alice, ticket=other, state="all") == []
    assert titles(client, world.agent, ticket=999_999, state="all") == []
    bad = client.get("/api/v1/bulletins", params={"ticket": 0}, headers=world.agent.headers)
    assert bad.status_code == 422


def test_the_team_schedules_and_ends_a_bulletin(client: TestClient, world: World) -> None:
    now = datetime.now(UTC)
    made = bulletin(client, world, title="Planned work", audience="everyone")
    path = f"/api/v1/bulletins/{made['id']}"
    h = world.supervisor.headers

    def patch(etag: str, **fields: Any) -> Any:
        return client.patch(path, json=fields, headers=h | {"If-Match": etag})

    etag = client.get(path, headers=h).headers["ETag"]
    window = {
        "starts_at": (now + timedelta(hours=2)).isoformat(),
        "ends_at": (now + timedelta(hours=4)).isoformat(),
    }
    scheduled = patch(etag, **window)
    assert scheduled.status_code == 200
    assert titles(client, world.agent, state="upcoming") == ["Planned work"]
    assert titles(client, world.alice) == []
    backwards = patch(scheduled.headers["ETag"], ends_at=(now + timedelta(hours=1)).isoformat())
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "ends_at"
    started = patch(
        scheduled.headers["ETag"],
        starts_at=(now - timedelta(minutes=5)).isoformat(),
        message="Started early.",
    )
    assert created(started)["active"] is True
    assert titles(client, world.alice) == ["Planned work"]
    ended = patch(started.headers["ETag"], ends_at=datetime.now(UTC).isoformat())
    assert created(ended)["active"] is False
    assert titles(client, world.agent, state="past") == ["Planned work"]
    assert titles(client, world.alice, state="all") == []
    assert patch(ended.headers["ETag"], title="x").status_code == 200  # ended, not resolved
    assert patch(started.headers["ETag"], title="y").status_code == 412
