"""Watchers: agents and the requester's colleagues follow a ticket; watching lets a
colleague read it, and nothing outside their own organization ever."""

from typing import Any

from fastapi.testclient import TestClient

from api.user.roles import Role
from tests.api.conftest import Person, World, make_person


def _watch(client: TestClient, number: int, user_id: int, who: Person) -> Any:
    return client.put(f"/api/v1/tickets/{number}/watchers/{user_id}", headers=who.headers)


def _unwatch(client: TestClient, number: int, user_id: int, who: Person) -> Any:
    return client.delete(f"/api/v1/tickets/{number}/watchers/{user_id}", headers=who.headers)


def _watchers(client: TestClient, number: int, who: Person) -> list[int]:
    response = client.get(f"/api/v1/tickets/{number}/watchers", headers=who.headers)
    assert response.status_code == 200, response.text
    return sorted(w["user_id"] for w in response.json()["items"])


def _can_read(client: TestClient, number: int, who: Person) -> bool:
    status = client.get(f"/api/v1/tickets/{number}", headers=who.headers).status_code
    assert status in (200, 404)
    listed = number in [
        t["number"] for t in client.get("/api/v1/tickets", headers=who.headers).json()["items"]
    ]
    assert listed == (status == 200)  # the list and the detail never disagree
    return status == 200


def test_a_colleague_added_as_watcher_reads_the_ticket_until_removed(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    assert not _can_read(client, number, world.carol)
    # Carol cannot reach it to add herself; the team adds her.
    assert _watch(client, number, world.carol.id, world.carol).status_code == 404
    added = _watch(client, number, world.carol.id, world.agent)
    assert added.status_code == 200, added.text
    assert added.json()["name"] == "Carol Customer"
    assert _can_read(client, number, world.carol)
    assert (
        client.get(f"/api/v1/tickets/{number}/comments", headers=world.carol.headers).status_code
        == 200
    )
    assert _watchers(client, number, world.alice) == [world.carol.id]
    # Idempotent, and a history event for the team only.
    assert _watch(client, number, world.carol.id, world.agent).status_code == 200
    assert _watchers(client, number, world.agent) == [world.carol.id]
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    assert [e["kind"] for e in events["items"]].count("watcher_added") == 1
    public = client.get(f"/api/v1/tickets/{number}/events", headers=world.alice.headers).text
    assert "watcher_added" not in public
    # Customers change only themselves.
    assert _unwatch(client, number, world.carol.id, world.alice).status_code == 403
    assert _unwatch(client, number, world.carol.id, world.carol).status_code == 204
    assert not _can_read(client, number, world.carol)
    assert _unwatch(client, number, world.carol.id, world.agent).status_code == 404


def test_who_may_watch(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    agent = world.agent
    # Outside the requester's organization, or the requester: refused by name.
    for person in (world.bob, world.alice):
        refused = _watch(client, number, person.id, agent)
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] == "user_id"
    assert not _can_read(client, number, world.bob)
    assert _watch(client, number, 99999, agent).status_code == 404
    # Agents follow by themselves; customers cannot add agents or others.
    assert _watch(client, number, world.network_agent.id, world.network_agent).status_code == 200
    assert _watch(client, number, agent.id, world.alice).status_code == 403
    # In a shared organization a colleague reaches the ticket and follows it herself.
    client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert _watch(client, number, world.carol.id, world.carol).status_code == 200
    assert _watchers(client, number, world.carol) == sorted(
        [world.carol.id, world.network_agent.id]
    )


def test_a_watch_opens_nothing_outside_the_watchers_organization(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    dave = make_person(
        client, world.admin, "Dave Customer", Role.customer, organization_id=world.acme["id"]
    )
    assert _watch(client, number, dave.id, world.agent).status_code == 200
    assert _can_read(client, number, dave)
    # Dave moves to Globex: the watch left behind no longer lets him in.
    moved = client.patch(
        f"/api/v1/users/{dave.id}",
        json={"organization_id": world.globex["id"], "department_id": None, "location_id": None},
        headers=world.admin.headers,
    )
    assert moved.status_code == 200, moved.text
    assert not _can_read(client, number, dave)
    bobs = world.open_ticket(client, world.bob)["number"]
    assert not _can_read(client, bobs, dave)  # Globex does not share
