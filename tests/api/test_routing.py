"""Routing rules (admin CRUD, order, validation) and routing of new and reclassified tickets."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.test_assignment import assert_problem, events_of, ticket_of

RULES = "/api/v1/routing/rules"


def create_rule(client: TestClient, who: Person, **body: Any) -> dict[str, Any]:
    response = client.post(RULES, json=body, headers=who.headers)
    assert response.status_code == 201, response.text
    rule: dict[str, Any] = response.json()
    return rule


def rule_names(client: TestClient, who: Person) -> list[str]:
    response = client.get(RULES, headers=who.headers)
    assert response.status_code == 200, response.text
    return [r["name"] for r in response.json()["items"]]


def routing_events(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    return [e for e in events_of(client, number, who) if (e.get("data") or {}).get("rule_id")]


def test_rules_are_kept_in_order_and_can_be_reordered(client: TestClient, world: World) -> None:
    a = world.admin
    first = create_rule(client, a, name="VPN", actions={"team_id": world.network["id"]})
    second = create_rule(
        client, a, name="Urgent", conditions={"priorities": ["critical"]}, actions={"tags": ["x"]}
    )
    assert (first["position"], second["position"]) == (1, 2)
    assert rule_names(client, a) == ["VPN", "Urgent"]

    response = client.put(
        "/api/v1/routing/rule-order",
        json={"rule_ids": [second["id"], first["id"]]},
        headers=a.headers,
    )
    assert response.status_code == 200, response.text
    assert rule_names(client, a) == ["Urgent", "VPN"]
    # Every rule exactly once.
    assert_problem(
        client.put(
            "/api/v1/routing/rule-order", json={"rule_ids": [first["id"]]}, headers=a.headers
        ),
        422,
        "rule_ids",
    )

    response = client.patch(f"{RULES}/{first['id']}", json={"enabled": False}, headers=a.headers)
    assert response.status_code == 200
    assert response.json()["enabled"] is False
    got = client.get(f"{RULES}/{first['id']}", headers=a.headers).json()
    assert got["enabled"] is False
    assert got["actions"]["team_id"] == world.network["id"]

    assert client.delete(f"{RULES}/{first['id']}", headers=a.headers).status_code == 204
    assert client.get(f"{RULES}/{first['id']}", headers=a.headers).status_code == 404
    assert rule_names(client, a) == ["Urgent"]


def test_invalid_rules_are_refused_naming_the_field(client: TestClient, world: World) -> None:
    a = world.admin
    bad: list[tuple[dict[str, Any], str]] = [
        ({"name": "Nothing", "actions": {}}, "actions"),
        ({"name": "Ghost team", "actions": {"team_id": 99999}}, "actions.team_id"),
        (
            {
                "name": "Stranger",
                "actions": {"team_id": world.network["id"], "assignee_id": world.agent.id},
            },
            "actions.assignee_id",
        ),
        ({"name": "No team", "actions": {"assignee_id": world.agent.id}}, "actions.assignee_id"),
        (
            {
                "name": "Customer",
                "actions": {"team_id": world.network["id"], "assignee_id": world.alice.id},
            },
            "actions.assignee_id",
        ),
        (
            {
                "name": "Ghost category",
                "conditions": {"category_ids": [99999]},
                "actions": {"tags": ["x"]},
            },
            "conditions.category_ids",
        ),
        (
            {
                "name": "Bad channel",
                "conditions": {"channels": ["fax"]},
                "actions": {"tags": ["x"]},
            },
            "conditions.channels.0",
        ),
        ({"name": "", "actions": {"tags": ["x"]}}, "name"),
    ]
    for body, field in bad:
        assert_problem(client.post(RULES, json=body, headers=a.headers), 422, field)
    create_rule(client, a, name="Taken", actions={"tags": ["x"]})
    assert_problem(
        client.post(RULES, json={"name": "Taken", "actions": {"tags": ["y"]}}, headers=a.headers),
        422,
        "name",
    )
    assert rule_names(client, a) == ["Taken"]


def test_only_administrators_see_routing_rules(client: TestClient, world: World) -> None:
    rule = create_rule(client, world.admin, name="VPN", actions={"tags": ["vpn"]})
    for who in (world.alice, world.agent, world.supervisor):
        assert client.get(RULES, headers=who.headers).status_code == 403
        assert client.get(f"{RULES}/{rule['id']}", headers=who.headers).status_code == 403
        body = {"name": "Mine", "actions": {"tags": ["x"]}}
        assert client.post(RULES, json=body, headers=who.headers).status_code == 403


def test_a_matching_ticket_lands_in_the_rule_team_with_the_rule_in_history(
    client: TestClient, world: World
) -> None:
    rule = create_rule(
        client,
        world.admin,
        name="Network words",
        conditions={"words": ["vpn"], "types": ["incident"]},
        actions={"team_id": world.network["id"], "priority": "high", "tags": ["network"]},
    )
    ticket = world.open_ticket(client, subject="VPN is down", type="incident")
    staff_view = ticket_of(client, ticket["number"], world.agent)
    assert staff_view["team_id"] == world.network["id"]
    assert staff_view["priority"] == "high"
    assert staff_view["tags"] == ["network"]
    assert staff_view["status"] == "open"  # routed into a team: registered, out of triage
    events = routing_events(client, ticket["number"], world.agent)
    assert {e["kind"] for e in events} == {"assigned", "priority_changed", "tags_changed"}
    assert all(e["data"]["rule_name"] == "Network words" for e in events)
    assert all(e["data"]["rule_id"] == rule["id"] for e in events)
    priority = next(e for e in events if e["kind"] == "priority_changed")
    assert "Network words" in priority["note"]

    # The requester sees neither the routing nor its events.
    customer_events = events_of(client, ticket["number"], world.alice)
    assert not [e for e in customer_events if e["kind"] in {"assigned", "priority_changed"}]
    assert all(not (e.get("data") or {}).get("rule_id") for e in customer_events)

    # A ticket the rule does not match (a question, or "vpnclient") stays in triage.
    for fields in ({"subject": "VPN down", "type": "question"}, {"subject": "vpnclient crash"}):
        other = world.open_ticket(client, **fields)
        assert ticket_of(client, other["number"], world.agent)["team_id"] is None


def test_the_first_matching_rule_wins_and_disabled_rules_are_skipped(
    client: TestClient, world: World
) -> None:
    a = world.admin
    phone = create_rule(
        client,
        a,
        name="Phone",
        conditions={"channels": ["phone"]},
        actions={"team_id": world.telephony["id"]},
    )
    create_rule(client, a, name="Everything", actions={"team_id": world.service_desk["id"]})
    call = world.open_ticket(client, world.agent, requester_id=world.alice.id)  # a call
    assert ticket_of(client, call["number"], a)["team_id"] == world.telephony["id"]
    web = world.open_ticket(client)
    assert ticket_of(client, web["number"], a)["team_id"] == world.service_desk["id"]

    client.patch(f"{RULES}/{phone['id']}", json={"enabled": False}, headers=a.headers)
    call = world.open_ticket(client, world.agent, requester_id=world.alice.id)
    assert ticket_of(client, call["number"], a)["team_id"] == world.service_desk["id"]


def test_reclassification_reroutes(client: TestClient, world: World) -> None:
    create_rule(
        client,
        world.admin,
        name="Phones",
        conditions={"category_ids": [world.phone_line["id"]]},
        actions={"team_id": world.telephony["id"]},
    )
    ticket = world.open_ticket(client)
    number = ticket["number"]
    assert ticket_of(client, number, world.agent)["team_id"] is None

    current = client.get(f"/api/v1/tickets/{number}", headers=world.agent.headers)
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"category_id": world.phone_line["id"], "details": {"line_number": "+39 06 1234"}},
        headers=world.agent.headers | {"If-Match": current.headers["ETag"]},
    )
    assert response.status_code == 200, response.text
    assert ticket_of(client, number, world.agent)["team_id"] == world.telephony["id"]
    assert [e["data"]["rule_name"] for e in routing_events(client, number, world.agent)] == [
        "Phones"
    ]

    # Someone moves it by hand; a change that keeps the same rule applying leaves it there.
    put = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": world.network["id"]},
        headers=world.supervisor.headers,
    )
    assert put.status_code == 200, put.text
    current = client.get(f"/api/v1/tickets/{number}", headers=world.agent.headers)
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"subject": "Phone line dead (typo fixed)"},
        headers=world.agent.headers | {"If-Match": current.headers["ETag"]},
    )
    assert response.status_code == 200, response.text
    assert ticket_of(client, number, world.agent)["team_id"] == world.network["id"]


def test_a_category_default_team_applies_when_no_rule_names_a_team(
    client: TestClient, world: World
) -> None:
    a = world.admin
    url = f"/api/v1/routing/categories/{world.computer['id']}"
    response = client.put(
        url, json={"default_team_id": world.service_desk["id"]}, headers=a.headers
    )
    assert response.status_code == 200, response.text
    assert_problem(
        client.put(url, json={"default_team_id": 99999}, headers=a.headers), 422, "default_team_id"
    )
    assert (
        client.put("/api/v1/routing/categories/99999", json={}, headers=a.headers).status_code
        == 404
    )
    listed = client.get("/api/v1/routing/categories", headers=a.headers).json()["items"]
    assert listed == [
        {
            "category_id": world.computer["id"],
            "default_team_id": world.service_desk["id"],
            "required_skills": [],
        }
    ]
    # A rule that only tags still lets the category's default team apply.
    create_rule(
        client, a, name="Tag laptops", conditions={"words": ["laptop"]}, actions={"tags": ["hw"]}
    )
    ticket = world.open_ticket(
        client, category_id=world.computer["id"], details={"operating_system": "Linux"}
    )
    seen = ticket_of(client, ticket["number"], world.agent)
    assert (seen["team_id"], seen["tags"]) == (world.service_desk["id"], ["hw"])
    assigned = next(
        e for e in events_of(client, ticket["number"], world.agent) if e["kind"] == "assigned"
    )
    assert assigned["data"]["to_team_id"] == world.service_desk["id"]
    assert assigned["data"]["rule_name"] == "Tag laptops"


def test_a_rule_naming_an_agent_assigns_them_unless_they_are_away(
    client: TestClient, world: World
) -> None:
    create_rule(
        client,
        world.admin,
        name="Network to Nico",
        conditions={"words": ["switch"]},
        actions={"team_id": world.network["id"], "assignee_id": world.network_agent.id},
    )
    ticket = world.open_ticket(client, subject="Switch port dead")
    seen = ticket_of(client, ticket["number"], world.agent)
    assert (seen["team_id"], seen["assignee_id"]) == (world.network["id"], world.network_agent.id)

    away = client.patch(
        "/api/v1/agents/me/routing-profile",
        json={"available": False},
        headers=world.network_agent.headers,
    )
    assert away.status_code == 200, away.text
    ticket = world.open_ticket(client, subject="Another switch down")
    seen = ticket_of(client, ticket["number"], world.agent)
    # The team's strategy is manual: the ticket waits in the team for someone to take it.
    assert (seen["team_id"], seen["assignee_id"]) == (world.network["id"], None)
