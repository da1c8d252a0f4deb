"""Automatic assignment when routing puts a ticket in a team: round-robin, least open load,
skills; away and inactive agents get nothing; availability set by oneself or a supervisor."""

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.user.roles import Role
from tests.api.conftest import Person, World, make_person
from tests.api.test_assignment import assert_problem, events_of, ticket_of


@dataclass
class Desk:
    team: dict[str, Any]
    agents: list[Person]  # in id order


def set_strategy(client: TestClient, world: World, team_id: int, strategy: str) -> None:
    response = client.patch(
        f"/api/v1/teams/{team_id}",
        json={"assignment_strategy": strategy},
        headers=world.admin.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["assignment_strategy"] == strategy


@pytest.fixture
def desk(client: TestClient, world: World) -> Desk:
    """A team of three agents to which a rule routes every ticket."""
    h = world.admin.headers
    team = client.post("/api/v1/teams", json={"name": "Desk"}, headers=h).json()
    assert team["assignment_strategy"] == "manual"
    agents = [make_person(client, world.admin, f"Desk Agent {n}", Role.agent) for n in (1, 2, 3)]
    for agent in agents:
        response = client.put(f"/api/v1/teams/{team['id']}/members/{agent.id}", headers=h)
        assert response.status_code == 200, response.text
    response = client.post(
        "/api/v1/routing/rules",
        json={"name": "All to the desk", "actions": {"team_id": team["id"]}},
        headers=h,
    )
    assert response.status_code == 201, response.text
    return Desk(team, sorted(agents, key=lambda a: a.id))


def assignees(client: TestClient, world: World, count: int, **fields: Any) -> list[int | None]:
    numbers = [world.open_ticket(client, **fields)["number"] for _ in range(count)]
    return [ticket_of(client, n, world.admin)["assignee_id"] for n in numbers]


def test_a_manual_team_leaves_routed_tickets_unassigned(
    client: TestClient, world: World, desk: Desk
) -> None:
    assert assignees(client, world, 2) == [None, None]


def test_round_robin_takes_turns_in_order(client: TestClient, world: World, desk: Desk) -> None:
    set_strategy(client, world, desk.team["id"], "round_robin")
    ids = [a.id for a in desk.agents]
    assert assignees(client, world, 7) == [*ids, *ids, ids[0]]
    ticket = world.open_ticket(client)
    assigned = next(
        e for e in events_of(client, ticket["number"], world.admin) if e["kind"] == "assigned"
    )
    assert assigned["data"]["strategy"] == "round_robin"
    assert assigned["data"]["rule_name"] == "All to the desk"
    assert assigned["data"]["to_agent_id"] == ids[1]


def test_least_load_picks_the_agent_with_fewest_open_tickets(
    client: TestClient, world: World, desk: Desk
) -> None:
    first, second, third = desk.agents
    # Before the strategy is on: two tickets for the first agent, one for the third.
    for holder in (first, first, third):
        number = world.open_ticket(client)["number"]
        response = client.put(
            f"/api/v1/tickets/{number}/assignment",
            json={"agent_id": holder.id},
            headers=world.supervisor.headers,
        )
        assert response.status_code == 200, response.text
    set_strategy(client, world, desk.team["id"], "least_load")
    # Loads 2, 0, 1 -> second; then second and third tie at 1 -> the next in turn after
    # second: third; then 2, 1, 2 -> second; then all at 2 -> the next in turn: third.
    assert assignees(client, world, 4) == [second.id, third.id, second.id, third.id]


def test_skills_limit_the_agents_to_those_having_every_required_skill(
    client: TestClient, world: World, desk: Desk
) -> None:
    first, second, third = desk.agents
    h = world.admin.headers
    set_strategy(client, world, desk.team["id"], "skills")
    for agent, skills in ((first, ["linux"]), (second, ["linux", "networking"]), (third, [])):
        response = client.patch(
            f"/api/v1/agents/{agent.id}/routing-profile", json={"skills": skills}, headers=h
        )
        assert response.status_code == 200, response.text
        assert response.json()["skills"] == skills
    category = world.computer["id"]
    response = client.put(
        f"/api/v1/routing/categories/{category}",
        json={"required_skills": ["Networking", "linux"]},
        headers=h,
    )
    assert response.status_code == 200, response.text
    assert response.json()["required_skills"] == ["linux", "networking"]
    computer = {"category_id": category, "details": {"operating_system": "Linux"}}
    assert assignees(client, world, 3, **computer) == [second.id] * 3
    # Without a category nothing is required: least load among all three, ties in turn after
    # second.
    assert assignees(client, world, 2) == [third.id, first.id]
    # Nobody has the skill any more: the ticket waits in the team for someone to take it.
    client.patch(f"/api/v1/agents/{second.id}/routing-profile", json={"skills": []}, headers=h)
    number = world.open_ticket(client, **computer)["number"]
    seen = ticket_of(client, number, world.admin)
    assert (seen["team_id"], seen["assignee_id"]) == (desk.team["id"], None)


def test_away_and_inactive_agents_get_no_new_tickets(
    client: TestClient, world: World, desk: Desk
) -> None:
    first, second, third = desk.agents
    set_strategy(client, world, desk.team["id"], "round_robin")
    me = client.patch(
        "/api/v1/agents/me/routing-profile", json={"available": False}, headers=first.headers
    )
    assert me.status_code == 200, me.text
    assert me.json()["available"] is False
    assert (
        client.get("/api/v1/agents/me/routing-profile", headers=first.headers).json()["available"]
        is False
    )
    response = client.patch(
        f"/api/v1/users/{third.id}", json={"active": False}, headers=world.admin.headers
    )
    assert response.status_code == 200, response.text
    assert set(assignees(client, world, 4)) == {second.id}

    # A supervisor sets an agent away and back; an agent may not set others.
    url = f"/api/v1/agents/{second.id}/routing-profile"
    assert client.patch(url, json={"available": False}, headers=first.headers).status_code == 403
    response = client.patch(url, json={"available": False}, headers=world.supervisor.headers)
    assert response.status_code == 200, response.text
    assert assignees(client, world, 1) == [None]
    client.patch(
        "/api/v1/agents/me/routing-profile", json={"available": True}, headers=first.headers
    )
    assert assignees(client, world, 2) == [first.id, first.id]

    profiles = client.get("/api/v1/agents/routing-profiles", headers=world.supervisor.headers)
    assert profiles.status_code == 200, profiles.text
    by_id = {p["agent_id"]: p["available"] for p in profiles.json()["items"]}
    assert (by_id[first.id], by_id[second.id]) == (True, False)
    assert world.alice.id not in by_id


def test_availability_and_strategies_refuse_bad_input_and_customers(
    client: TestClient, world: World, desk: Desk
) -> None:
    assert_problem(
        client.patch(
            f"/api/v1/teams/{desk.team['id']}",
            json={"assignment_strategy": "lottery"},
            headers=world.admin.headers,
        ),
        422,
        "assignment_strategy",
    )
    assert_problem(
        client.patch(
            "/api/v1/agents/me/routing-profile",
            json={"available": "no"},
            headers=world.agent.headers,
        ),
        422,
        "available",
    )
    # An agent sets their own availability, not their own skills.
    assert_problem(
        client.patch(
            "/api/v1/agents/me/routing-profile",
            json={"available": True, "skills": ["everything"]},
            headers=world.agent.headers,
        ),
        422,
        "skills",
    )
    for method, url in (
        ("PATCH", "/api/v1/agents/me/routing-profile"),
        ("GET", "/api/v1/agents/me/routing-profile"),
        ("GET", "/api/v1/agents/routing-profiles"),
    ):
        body = {"available": False} if method == "PATCH" else None
        response = client.request(method, url, json=body, headers=world.alice.headers)
        assert response.status_code == 403, (url, response.text)
    assert (
        client.get("/api/v1/agents/routing-profiles", headers=world.agent.headers).status_code
        == 403
    )
    # A customer is no agent: no profile to change.
    response = client.patch(
        f"/api/v1/agents/{world.alice.id}/routing-profile",
        json={"available": False},
        headers=world.admin.headers,
    )
    assert response.status_code == 404
