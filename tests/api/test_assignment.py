"""Assignment to teams and agents, taking a ticket, escalation and de-escalation."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

PROBLEM = "application/problem+json"


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    if field is not None:
        assert field in [e["field"] for e in body["errors"]], body
    return body


def ticket_of(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def events_of(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/events", headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def escalations_of(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/escalations", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    # The list envelope; a ticket's handovers come whole, so there is never a next page.
    assert set(body) == {"items", "next_cursor"}, body
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


def assign(client: TestClient, number: int, who: Person, **body: Any) -> Any:
    return client.put(f"/api/v1/tickets/{number}/assignment", json=body, headers=who.headers)


def escalate(client: TestClient, number: int, who: Person, **body: Any) -> Any:
    return client.post(f"/api/v1/tickets/{number}/escalations", json=body, headers=who.headers)


def listed(client: TestClient, who: Person, **params: Any) -> list[int]:
    response = client.get("/api/v1/tickets", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    return [t["number"] for t in response.json()["items"]]


def test_assigning_a_new_ticket_opens_it(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    response = assign(
        client, number, world.supervisor, team_id=world.service_desk["id"], agent_id=world.agent.id
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "team_id": world.service_desk["id"],
        "agent_id": world.agent.id,
        "status": "open",
    }
    ticket = ticket_of(client, number, world.agent)
    assert (ticket["team_id"], ticket["assignee_id"], ticket["status"]) == (
        world.service_desk["id"],
        world.agent.id,
        "open",
    )
    events = events_of(client, number, world.supervisor)
    assert [e["kind"] for e in events] == ["created", "assigned", "status_changed"]
    assigned, opened = events[1], events[2]
    assert assigned["field"] == "assignment"
    assert assigned["actor_id"] == world.supervisor.id
    assert assigned["public"] is False
    assert assigned["data"] == {
        "from_team_id": None,
        "from_agent_id": None,
        "to_team_id": world.service_desk["id"],
        "to_agent_id": world.agent.id,
    }
    assert (opened["field"], opened["from_value"], opened["to_value"]) == ("status", "new", "open")
    assert opened["data"] == {"automatic": True}
    # The requester sees that the ticket was registered, not who holds it internally.
    public = events_of(client, number, world.alice)
    assert [e["kind"] for e in public] == ["created", "status_changed"]
    number = world.open_ticket(client)["number"]
    response = assign(client, number, world.agent, team_id=world.network["id"])
    assert response.status_code == 200
    assert response.json() == {"team_id": world.network["id"], "agent_id": None, "status": "open"}


def test_agent_must_belong_to_the_team(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    before = ticket_of(client, number, world.agent)
    refusals = [
        (
            assign(
                client, number, world.agent, team_id=world.network["id"], agent_id=world.agent.id
            ),
            "agent_id",
        ),
        (
            assign(
                client,
                number,
                world.agent,
                team_id=world.service_desk["id"],
                agent_id=world.alice.id,
            ),
            "agent_id",
        ),
        (
            assign(client, number, world.agent, team_id=world.service_desk["id"], agent_id=999999),
            "agent_id",
        ),
        (assign(client, number, world.agent, team_id=999999), "team_id"),
        (assign(client, number, world.agent, team_id=999999, agent_id=world.agent.id), "team_id"),
        # Taking a ticket that has no team yet needs the team named.
        (assign(client, number, world.agent, agent_id=world.agent.id), "team_id"),
        (assign(client, number, world.agent, team_id="desk"), "team_id"),
        (assign(client, number, world.agent, queue="mine"), "queue"),
    ]
    for response, field in refusals:
        assert_problem(response, 422, field=field)
    body = assert_problem(refusals[0][0], 422)
    assert body["errors"] == [{"field": "agent_id", "message": "is not a member of Network"}]
    assert ticket_of(client, number, world.agent) == before
    assert [e["kind"] for e in events_of(client, number, world.agent)] == ["created"]
    number = world.open_ticket(client)["number"]
    client.patch(
        f"/api/v1/users/{world.agent.id}", json={"active": False}, headers=world.admin.headers
    )
    response = assign(
        client, number, world.supervisor, team_id=world.service_desk["id"], agent_id=world.agent.id
    )
    assert_problem(response, 422, field="agent_id")


def test_take_a_ticket_of_my_team(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    assign(client, number, world.supervisor, team_id=world.service_desk["id"])
    taken = assign(client, number, world.agent, agent_id=world.agent.id)
    assert taken.status_code == 200, taken.text
    assert taken.json() == {
        "team_id": world.service_desk["id"],
        "agent_id": world.agent.id,
        "status": "open",
    }
    last = events_of(client, number, world.agent)[-1]
    assert last["kind"] == "assigned"
    assert last["actor_id"] == world.agent.id
    assert last["data"]["from_agent_id"] is None
    assert last["data"]["to_agent_id"] == world.agent.id
    # Taking it again changes nothing and records nothing.
    count = len(events_of(client, number, world.agent))
    again = assign(client, number, world.agent, agent_id=world.agent.id)
    assert again.status_code == 200
    assert len(events_of(client, number, world.agent)) == count
    # Someone outside the team cannot take it.
    refused = assign(client, number, world.network_agent, agent_id=world.network_agent.id)
    assert_problem(refused, 422, field="agent_id")
    assert ticket_of(client, number, world.agent)["assignee_id"] == world.agent.id


def test_unassigning_returns_the_ticket_to_triage(client: TestClient, world: World) -> None:
    desk = world.service_desk["id"]
    opened = world.open_ticket(client)["number"]
    assign(client, opened, world.agent, team_id=desk, agent_id=world.agent.id)
    response = client.delete(f"/api/v1/tickets/{opened}/assignment", headers=world.agent.headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"team_id": None, "agent_id": None, "status": "new"}
    kinds = [e["kind"] for e in events_of(client, opened, world.agent)]
    assert kinds[-2:] == ["unassigned", "status_changed"]

    working = world.open_ticket(client, subject="In progress")["number"]
    assign(client, working, world.agent, team_id=desk, agent_id=world.agent.id)
    moved = client.patch(
        f"/api/v1/tickets/{working}", json={"status": "in_progress"}, headers=world.agent.headers
    )
    assert moved.json()["status"] == "in_progress"
    response = client.delete(f"/api/v1/tickets/{working}/assignment", headers=world.agent.headers)
    assert response.json() == {"team_id": None, "agent_id": None, "status": "new"}

    # A ticket waiting on the customer keeps waiting.
    waiting = world.open_ticket(client, subject="Pending")["number"]
    assign(client, waiting, world.agent, team_id=desk, agent_id=world.agent.id)
    client.patch(
        f"/api/v1/tickets/{waiting}", json={"status": "pending"}, headers=world.agent.headers
    )
    response = client.delete(f"/api/v1/tickets/{waiting}/assignment", headers=world.agent.headers)
    assert response.json() == {"team_id": None, "agent_id": None, "status": "pending"}


def test_closed_ticket_cannot_be_assigned(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    resolved = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": "Restarted it."},
        headers=world.agent.headers,
    )
    assert resolved.status_code == 200, resolved.text
    closed = client.patch(
        f"/api/v1/tickets/{number}", json={"status": "closed"}, headers=world.alice.headers
    )
    assert closed.status_code == 200, closed.text
    before = ticket_of(client, number, world.agent)
    assert_problem(assign(client, number, world.agent, team_id=world.service_desk["id"]), 409)
    assert_problem(
        client.delete(f"/api/v1/tickets/{number}/assignment", headers=world.agent.headers), 409
    )
    assert_problem(
        escalate(client, number, world.agent, team_id=world.network["id"], reason="Too late"),
        409,
    )
    assert ticket_of(client, number, world.agent) == before


def test_customers_cannot_assign_or_escalate(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    before = ticket_of(client, number, world.alice)
    alice = world.alice
    assert_problem(assign(client, number, alice, team_id=world.service_desk["id"]), 403)
    assert_problem(
        client.delete(f"/api/v1/tickets/{number}/assignment", headers=alice.headers), 403
    )
    assert_problem(
        escalate(client, number, alice, team_id=world.network["id"], reason="Hurry"), 403
    )
    assert_problem(client.get(f"/api/v1/tickets/{number}/escalations", headers=alice.headers), 403)
    assert ticket_of(client, number, alice) == before
    # Someone else's ticket is a 404 before anything else.
    assert_problem(assign(client, number, world.bob, team_id=world.service_desk["id"]), 404)
    assert_problem(assign(client, 999999, world.agent, team_id=world.service_desk["id"]), 404)


def test_escalate_de_escalate_and_transfer(client: TestClient, world: World) -> None:
    desk, network, telephony = world.service_desk, world.network, world.telephony
    number = world.open_ticket(client)["number"]
    assign(client, number, world.agent, team_id=desk["id"], agent_id=world.agent.id)

    up = escalate(client, number, world.agent, team_id=network["id"], reason="Switch port fault.")
    assert up.status_code == 201, up.text
    first = up.json()
    assert first["direction"] == "escalation"
    assert (first["from_team_id"], first["to_team_id"]) == (desk["id"], network["id"])
    assert first["reason"] == "Switch port fault."
    assert first["actor_id"] == world.agent.id
    ticket = ticket_of(client, number, world.agent)
    assert (ticket["team_id"], ticket["assignee_id"], ticket["status"]) == (
        network["id"],
        None,
        "open",
    )
    event = next(e for e in events_of(client, number, world.agent) if e["kind"] == "escalation")
    assert event["field"] == "team"
    assert (event["from_value"], event["to_value"]) == ("Service Desk", "Network")
    assert event["note"] == "Switch port fault."
    assert event["public"] is False
    assert event["data"] == {"from_tier": 1, "to_tier": 2}

    down = escalate(
        client,
        number,
        world.network_agent,
        team_id=desk["id"],
        agent_id=world.agent.id,
        reason="Port replaced; please confirm with the caller.",
    )
    assert down.status_code == 201, down.text
    assert down.json()["direction"] == "de_escalation"
    ticket = ticket_of(client, number, world.agent)
    assert (ticket["team_id"], ticket["assignee_id"]) == (desk["id"], world.agent.id)

    escalate(client, number, world.agent, team_id=network["id"], reason="Fault is back.")
    across = escalate(
        client, number, world.network_agent, team_id=telephony["id"], reason="It is the PBX."
    )
    assert across.status_code == 201, across.text
    assert across.json()["direction"] == "transfer"
    assert ticket_of(client, number, world.agent)["team_id"] == telephony["id"]

    history = escalations_of(client, number, world.supervisor)
    assert [(e["direction"], e["from_team_id"], e["to_team_id"]) for e in history] == [
        ("escalation", desk["id"], network["id"]),
        ("de_escalation", network["id"], desk["id"]),
        ("escalation", desk["id"], network["id"]),
        ("transfer", network["id"], telephony["id"]),
    ]
    assert history[0] == first
    kinds = [e["kind"] for e in events_of(client, number, world.agent)]
    assert [k for k in kinds if k in {"escalation", "de_escalation", "transfer"}] == [
        "escalation",
        "de_escalation",
        "escalation",
        "transfer",
    ]
    # None of the handovers reach the customer's view of the history.
    public = {e["kind"] for e in events_of(client, number, world.alice)}
    assert public.isdisjoint({"escalation", "de_escalation", "transfer", "assigned"})
    number = world.open_ticket(client)["number"]
    response = escalate(
        client, number, world.agent, team_id=world.network["id"], reason="Straight to network."
    )
    assert response.status_code == 201, response.text
    assert response.json()["direction"] == "transfer"
    assert response.json()["from_team_id"] is None
    ticket = ticket_of(client, number, world.agent)
    assert (ticket["team_id"], ticket["status"]) == (world.network["id"], "open")


def test_escalation_validation(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    assign(client, number, world.agent, team_id=world.service_desk["id"], agent_id=world.agent.id)
    before = ticket_of(client, number, world.agent)
    events_before = events_of(client, number, world.agent)
    network = world.network["id"]
    for body, field in (
        ({"team_id": network}, "reason"),
        ({"team_id": network, "reason": ""}, "reason"),
        ({"reason": "Somewhere"}, "team_id"),
        ({"team_id": world.service_desk["id"], "reason": "Same team"}, "team_id"),
        ({"team_id": 999999, "reason": "Nowhere"}, "team_id"),
        ({"team_id": network, "reason": "Wrong agent", "agent_id": world.agent.id}, "agent_id"),
        ({"team_id": network, "reason": "x", "direction": "escalation"}, "direction"),
    ):
        assert_problem(escalate(client, number, world.agent, **body), 422, field=field)
    assert ticket_of(client, number, world.agent) == before
    assert events_of(client, number, world.agent) == events_before
    assert escalations_of(client, number, world.agent) == []


def test_queue_filters_follow_assignment(client: TestClient, world: World) -> None:
    first = world.open_ticket(client, subject="First")["number"]
    second = world.open_ticket(client, subject="Second")["number"]
    third = world.open_ticket(client, subject="Third")["number"]
    desk, network = world.service_desk["id"], world.network["id"]
    assign(client, first, world.agent, team_id=desk, agent_id=world.agent.id)
    assign(client, second, world.agent, team_id=desk)
    agent = world.agent
    assert listed(client, agent, assignee="me") == [first]
    assert listed(client, agent, assignee=str(world.agent.id)) == [first]
    assert listed(client, agent, assignee="none") == [second, third]
    assert listed(client, agent, team_id=desk) == [first, second]
    assert listed(client, agent, team_id=network) == []
    assert listed(client, world.network_agent, assignee="me") == []

    escalate(
        client,
        first,
        agent,
        team_id=network,
        agent_id=world.network_agent.id,
        reason="Needs network.",
    )
    assign(client, second, agent, agent_id=agent.id)
    assert listed(client, agent, assignee="me") == [second]
    assert listed(client, world.network_agent, assignee="me") == [first]
    assert listed(client, agent, team_id=network) == [first]
    assert listed(client, agent, team_id=desk) == [second]
    assert listed(client, agent, team_id=desk, assignee="none") == []
    assert listed(client, agent, assignee="none") == [third]

    client.delete(f"/api/v1/tickets/{second}/assignment", headers=agent.headers)
    assert listed(client, agent, assignee="me") == []
    assert listed(client, agent, assignee="none", status="new") == [second, third]
    assert_problem(
        client.get("/api/v1/tickets", params={"assignee": "someone"}, headers=agent.headers),
        400,
    )
