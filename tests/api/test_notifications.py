"""In-app notifications: an agent hears of tickets assigned to them; each person sees, pages
and marks only their own."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.test_assignment import assert_problem, assign


def notifications(client: TestClient, who: Person, **params: Any) -> dict[str, Any]:
    response = client.get("/api/v1/notifications", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_assigning_an_agent_notifies_them(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client, subject="Printer on fire")
    response = assign(
        client,
        ticket["number"],
        world.supervisor,
        team_id=world.service_desk["id"],
        agent_id=world.agent.id,
    )
    assert response.status_code == 200, response.text

    body = notifications(client, world.agent)
    assert body["unread_count"] == 1
    [note] = body["items"]
    assert note["kind"] == "assigned"
    assert note["ticket_number"] == ticket["number"]
    assert note["ticket_subject"] == "Printer on fire"
    assert note["data"] == {"actor_id": world.supervisor.id, "team_id": world.service_desk["id"]}
    assert note["read_at"] is None
    # Nobody else hears of it, and taking a ticket yourself is no news to you.
    assert notifications(client, world.supervisor)["items"] == []
    other = world.open_ticket(client)
    assign(
        client,
        other["number"],
        world.agent,
        team_id=world.service_desk["id"],
        agent_id=world.agent.id,
    )
    assert notifications(client, world.agent)["unread_count"] == 1


def test_mark_read_one_and_all(client: TestClient, world: World) -> None:
    numbers = [world.open_ticket(client)["number"] for _ in range(3)]
    for number in numbers:
        assign(
            client,
            number,
            world.supervisor,
            team_id=world.service_desk["id"],
            agent_id=world.agent.id,
        )
    items = notifications(client, world.agent)["items"]
    assert [n["ticket_number"] for n in items] == numbers[::-1]  # newest first

    first = items[0]["id"]
    response = client.post(f"/api/v1/notifications/{first}/read", headers=world.agent.headers)
    assert response.status_code == 200, response.text
    read_at = response.json()["read_at"]
    assert read_at is not None
    again = client.post(f"/api/v1/notifications/{first}/read", headers=world.agent.headers)
    assert again.json()["read_at"] == read_at  # idempotent: the first reading stands

    unread = notifications(client, world.agent, unread=True)
    assert unread["unread_count"] == 2
    assert [n["id"] for n in unread["items"]] == [items[1]["id"], items[2]["id"]]

    response = client.post("/api/v1/notifications/read", headers=world.agent.headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"marked": 2}
    after = notifications(client, world.agent)
    assert after["unread_count"] == 0
    assert all(n["read_at"] for n in after["items"])
    assert notifications(client, world.agent, unread=True)["items"] == []


def test_others_notifications_are_missing(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client)
    assign(
        client,
        ticket["number"],
        world.supervisor,
        team_id=world.service_desk["id"],
        agent_id=world.agent.id,
    )
    [note] = notifications(client, world.agent)["items"]
    for who in (world.network_agent, world.admin, world.alice):
        response = client.post(f"/api/v1/notifications/{note['id']}/read", headers=who.headers)
        assert_problem(response, 404)
    assert_problem(
        client.post("/api/v1/notifications/99999999999/read", headers=world.agent.headers), 404
    )
    # Marking all of yours read leaves others' alone.
    client.post("/api/v1/notifications/read", headers=world.admin.headers)
    assert notifications(client, world.agent)["unread_count"] == 1
    assert_problem(client.get("/api/v1/notifications"), 401)


def test_pages_without_skipping_or_repeating(client: TestClient, world: World) -> None:
    numbers = [world.open_ticket(client)["number"] for _ in range(5)]
    for number in numbers:
        assign(
            client,
            number,
            world.supervisor,
            team_id=world.service_desk["id"],
            agent_id=world.agent.id,
        )
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = notifications(client, world.agent, **params)
        assert page["unread_count"] == 5
        seen += [n["ticket_number"] for n in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == numbers[::-1]
    bad = client.get(
        "/api/v1/notifications", params={"cursor": "nonsense"}, headers=world.agent.headers
    )
    assert_problem(bad, 400)
