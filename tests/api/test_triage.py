"""Triage: staff refile a misfiled ticket (requester, department, location, classification),
each change in the history, under If-Match; and find customers in the directory."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.test_ticket_fields import assert_problem, error_fields, get_ticket, patch


def events(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/events", headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def changes(client: TestClient, number: int, who: Person) -> dict[str, tuple[Any, Any]]:
    return {
        e["field"]: (e["from_value"], e["to_value"])
        for e in events(client, number, who)
        if e["kind"].endswith("_changed")
    }


def test_a_ticket_opened_for_the_wrong_caller_moves_to_the_right_one(
    client: TestClient, world: World
) -> None:
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id)
    assert ticket["department_id"] is not None
    assert ticket["location_id"] is not None
    number = ticket["number"]

    response = patch(client, number, world.agent, {"requester_id": world.bob.id})
    assert response.status_code == 200, response.text
    moved = response.json()
    assert moved["requester"]["id"] == world.bob.id
    assert moved["organization_id"] == world.globex["id"]
    # Bob sits in no department or location: Alice's placement does not follow him to Globex.
    assert (moved["department_id"], moved["location_id"]) == (None, None)

    seen = changes(client, number, world.agent)
    assert seen["requester_id"] == (str(world.alice.id), str(world.bob.id))
    assert seen["organization_id"] == (str(world.acme["id"]), str(world.globex["id"]))
    assert seen["department_id"] == (str(ticket["department_id"]), None)
    assert seen["location_id"] == (str(ticket["location_id"]), None)
    # The ticket is now Bob's to read, and no longer Alice's.
    assert get_ticket(client, number, world.bob)["requester"]["id"] == world.bob.id
    assert client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers).status_code == 404
    # The move is the team's business: the new requester's history does not show it.
    assert not [e for e in events(client, number, world.bob) if e["field"] == "requester_id"]


def test_department_and_location_are_set_and_cleared_within_the_organization(
    client: TestClient, world: World
) -> None:
    department = world.acme["departments"][0]["id"]
    location = world.acme["locations"][0]["id"]
    number = world.open_ticket(client, world.carol)["number"]
    assert get_ticket(client, number, world.agent)["department_id"] is None

    response = patch(
        client, number, world.agent, {"department_id": department, "location_id": location}
    )
    assert response.status_code == 200, response.text
    assert (response.json()["department_id"], response.json()["location_id"]) == (
        department,
        location,
    )
    response = patch(client, number, world.agent, {"location_id": None})
    assert response.status_code == 200, response.text
    assert (response.json()["department_id"], response.json()["location_id"]) == (
        department,
        None,
    )
    seen = [(e["field"], e["to_value"]) for e in events(client, number, world.agent)]
    assert ("department_id", str(department)) in seen
    assert ("location_id", str(location)) in seen
    assert ("location_id", None) in seen
    # Sending the same values again changes nothing and writes no event.
    before = len(events(client, number, world.agent))
    again = patch(client, number, world.agent, {"department_id": department})
    assert again.status_code == 200, again.text
    assert len(events(client, number, world.agent)) == before


def test_a_new_requester_with_a_place_of_their_own_organization(
    client: TestClient, world: World
) -> None:
    department = world.acme["departments"][0]["id"]
    number = world.open_ticket(client, world.bob)["number"]
    response = patch(
        client,
        number,
        world.agent,
        {"requester_id": world.carol.id, "department_id": department},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["organization_id"], body["department_id"]) == (world.acme["id"], department)


def test_refiling_refuses_places_of_another_organization_and_unknown_people(
    client: TestClient, world: World
) -> None:
    acme_department = world.acme["departments"][0]["id"]
    acme_location = world.acme["locations"][0]["id"]
    number = world.open_ticket(client, world.bob)["number"]
    before = get_ticket(client, number, world.agent)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"department_id": acme_department}, "department_id"),
        ({"location_id": acme_location}, "location_id"),
        ({"department_id": 999_999}, "department_id"),
        ({"requester_id": 999_999}, "requester_id"),
        ({"requester_id": None}, "requester_id"),
        ({"requester_id": "alice"}, "requester_id"),
        # Alice is of Acme; the Acme department is fine for her, but not a Globex location.
        ({"requester_id": world.alice.id, "location_id": 999_999}, "location_id"),
    ]
    for body, field in cases:
        problem = assert_problem(patch(client, number, world.agent, body), 422)
        assert error_fields(problem) == [field], body
    after = get_ticket(client, number, world.agent)
    assert after == before
    assert not [e for e in events(client, number, world.agent) if e["kind"].endswith("_changed")]


def test_an_inactive_person_cannot_become_the_requester(client: TestClient, world: World) -> None:
    number = world.open_ticket(client, world.bob)["number"]
    response = client.patch(
        f"/api/v1/users/{world.carol.id}", json={"active": False}, headers=world.admin.headers
    )
    assert response.status_code == 200, response.text
    problem = assert_problem(
        patch(client, number, world.agent, {"requester_id": world.carol.id}), 422
    )
    assert error_fields(problem) == ["requester_id"]


def test_customers_cannot_refile_their_tickets(client: TestClient, world: World) -> None:
    number = world.open_ticket(client, world.alice)["number"]
    department = world.acme["departments"][0]["id"]
    for body in (
        {"requester_id": world.carol.id},
        {"department_id": department},
        {"location_id": None},
    ):
        problem = assert_problem(patch(client, number, world.alice, body), 422)
        assert error_fields(problem) == sorted(body)
    assert get_ticket(client, number, world.alice)["requester"]["id"] == world.alice.id


def test_triage_in_one_change_records_each_field_and_respects_if_match(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client, world.alice, impact="low", urgency="low")["number"]
    current = client.get(f"/api/v1/tickets/{number}", headers=world.agent.headers)
    etag = current.headers["ETag"]
    assert current.json()["priority"] == "low"
    body = {
        "type": "service_request",
        "category_id": world.computer["id"],
        "details": {"operating_system": "Linux", "memory_gb": 32},
        "impact": "high",
        "urgency": "high",
        "tags": ["Misfiled", "laptop"],
        "requester_id": world.carol.id,
    }
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json=body,
        headers=world.agent.headers | {"If-Match": etag},
    )
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] != etag
    ticket = response.json()
    assert ticket["priority"] == "critical"
    assert ticket["tags"] == ["laptop", "misfiled"]
    seen = changes(client, number, world.agent)
    assert seen["type"] == ("incident", "service_request")
    assert seen["category_id"] == (None, str(world.computer["id"]))
    assert seen["impact"] == ("low", "high")
    assert seen["urgency"] == ("low", "high")
    assert seen["priority"] == ("low", "critical")
    assert seen["tags"] == ("", "laptop, misfiled")
    assert seen["requester_id"] == (str(world.alice.id), str(world.carol.id))
    assert "details" in seen

    # Someone else's change made meanwhile: the stale ETag is refused and nothing moves.
    stale = client.patch(
        f"/api/v1/tickets/{number}",
        json={"requester_id": world.alice.id, "department_id": None},
        headers=world.agent.headers | {"If-Match": etag},
    )
    assert_problem(stale, 412)
    assert get_ticket(client, number, world.agent)["requester"]["id"] == world.carol.id


def test_closed_tickets_are_not_refiled(client: TestClient, world: World) -> None:
    number = world.open_ticket(client, world.alice)["number"]
    for step in (
        {"status": "resolved", "resolution": "Done."},
        {"status": "closed"},
    ):
        assert patch(client, number, world.agent, step).status_code == 200
    assert_problem(patch(client, number, world.agent, {"requester_id": world.carol.id}), 409)


# The customer directory ------------------------------------------------------------------


def directory(client: TestClient, who: Person, **params: Any) -> Any:
    return client.get("/api/v1/users", params=params, headers=who.headers)


def test_agents_find_customers_by_name_email_or_organization(
    client: TestClient, world: World
) -> None:
    def found(**params: Any) -> list[int]:
        response = directory(client, world.agent, role="customer", **params)
        assert response.status_code == 200, response.text
        return sorted(u["id"] for u in response.json()["items"])

    assert found(q="globex") == [world.bob.id]
    assert found(q="ACM") == sorted([world.alice.id, world.carol.id])
    assert found(q="alice") == [world.alice.id]
    assert found(q="bob.customer@example") == [world.bob.id]
    assert found(q="Globex", organization_id=world.acme["id"]) == []
    assert found(q="no such customer") == []
    people = directory(client, world.agent, q="alice").json()["items"]
    assert set(people[0]) == {
        "id",
        "email",
        "name",
        "role",
        "phone",
        "active",
        "organization_id",
        "department_id",
        "location_id",
        "created_at",
    }


def test_customers_cannot_search_the_directory(client: TestClient, world: World) -> None:
    assert_problem(directory(client, world.alice, q="bob"), 403)


def test_an_agent_adds_a_contact_and_finds_their_tickets(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/users",
        json={
            "email": "dora@globex.example",
            "name": "Dora Caller",
            "organization_id": world.globex["id"],
        },
        headers=world.agent.headers,
    )
    assert response.status_code == 201, response.text
    dora = response.json()
    assert dora["role"] == "customer"
    assert [u["id"] for u in directory(client, world.agent, q="dora").json()["items"]] == [
        dora["id"]
    ]
    opened = [
        world.open_ticket(client, world.agent, requester_id=dora["id"], subject=f"Call {i}")
        for i in range(3)
    ]
    world.open_ticket(client, world.agent, requester_id=world.bob.id)
    first = client.get(
        "/api/v1/tickets",
        params={"requester_id": dora["id"], "limit": 2, "sort": "-created"},
        headers=world.agent.headers,
    )
    assert first.status_code == 200, first.text
    page = first.json()
    assert page["next_cursor"]
    rest = client.get(
        "/api/v1/tickets",
        params={
            "requester_id": dora["id"],
            "limit": 2,
            "sort": "-created",
            "cursor": page["next_cursor"],
        },
        headers=world.agent.headers,
    ).json()
    numbers = [t["number"] for t in page["items"] + rest["items"]]
    assert numbers == [t["number"] for t in reversed(opened)]
    assert rest["next_cursor"] is None
