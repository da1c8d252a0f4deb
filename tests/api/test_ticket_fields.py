"""Ticket fields on write: category details, who may set what, on-behalf opening, tags, numbers."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("https://")
    return body


def error_fields(body: dict[str, Any]) -> list[str]:
    assert body["errors"], body
    return sorted(e["field"] for e in body["errors"])


def all_tickets(client: TestClient, who: Person, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/tickets", params={"limit": 100} | params, headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def get_ticket(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def create(client: TestClient, who: Person, **body: Any) -> Any:
    return client.post("/api/v1/tickets", json={"subject": "Help"} | body, headers=who.headers)


def patch(client: TestClient, number: int, who: Person, body: Any) -> Any:
    return client.patch(f"/api/v1/tickets/{number}", json=body, headers=who.headers)


# Category detail fields ----------------------------------------------------------------

DETAIL_CASES: dict[str, tuple[str | None, Any, list[str]]] = {
    # case: (category, details, fields named in the 422)
    "required-missing": ("computer", {"memory_gb": 8}, ["details.operating_system"]),
    "required-empty": ("computer", {}, ["details.operating_system"]),
    "required-blank": ("computer", {"operating_system": "  "}, ["details.operating_system"]),
    "required-null": ("computer", {"operating_system": None}, ["details.operating_system"]),
    "integer-as-text": (
        "computer",
        {"operating_system": "macOS", "memory_gb": "sixteen"},
        ["details.memory_gb"],
    ),
    "integer-as-float": (
        "computer",
        {"operating_system": "macOS", "memory_gb": 16.5},
        ["details.memory_gb"],
    ),
    "integer-as-bool": (
        "computer",
        {"operating_system": "macOS", "memory_gb": True},
        ["details.memory_gb"],
    ),
    "bad-choice": ("computer", {"operating_system": "BeOS"}, ["details.operating_system"]),
    "choice-not-text": ("computer", {"operating_system": 11}, ["details.operating_system"]),
    "choice-wrong-case": ("computer", {"operating_system": "macos"}, ["details.operating_system"]),
    "pattern-letters": ("phone_line", {"line_number": "call me"}, ["details.line_number"]),
    "pattern-too-short": ("phone_line", {"line_number": "12345"}, ["details.line_number"]),
    "pattern-partial": ("phone_line", {"line_number": "0612345678 x"}, ["details.line_number"]),
    "pattern-required": ("phone_line", {"extension": "12"}, ["details.line_number"]),
    "unknown-key": (
        "computer",
        {"operating_system": "macOS", "colour": "red"},
        ["details.colour"],
    ),
    "other-category-key": (
        "computer",
        {"operating_system": "macOS", "line_number": "0612345678"},
        ["details.line_number"],
    ),
    "several-at-once": (
        "computer",
        {"memory_gb": "lots", "gpu": "yes"},
        ["details.gpu", "details.memory_gb", "details.operating_system"],
    ),
    "details-without-category": (None, {"operating_system": "macOS"}, ["details"]),
    "details-not-an-object": ("computer", ["macOS"], ["details"]),
}


def test_details_are_validated_on_create(client: TestClient, world: World) -> None:
    for case, (category, details, fields) in DETAIL_CASES.items():
        body: dict[str, Any] = {"details": details}
        if category is not None:
            body["category_id"] = getattr(world, category)["id"]
        problem = assert_problem(create(client, world.alice, **body), 422)
        assert error_fields(problem) == fields, case
    assert all_tickets(client, world.agent) == []


def test_unknown_category_is_refused(client: TestClient, world: World) -> None:
    problem = assert_problem(create(client, world.alice, category_id=999_999), 422)
    assert error_fields(problem) == ["category_id"]
    assert all_tickets(client, world.agent) == []


def test_inactive_category_is_refused(client: TestClient, world: World) -> None:
    retired = client.patch(
        f"/api/v1/categories/{world.computer['id']}",
        json={"active": False},
        headers=world.admin.headers,
    )
    assert retired.status_code == 200, retired.text
    problem = assert_problem(
        create(
            client,
            world.alice,
            category_id=world.computer["id"],
            details={"operating_system": "macOS"},
        ),
        422,
    )
    assert error_fields(problem) == ["category_id"]
    assert all_tickets(client, world.agent) == []


def test_cleaned_details_are_stored(client: TestClient, world: World) -> None:
    computer = create(
        client,
        world.alice,
        category_id=world.computer["id"],
        details={"operating_system": "  macOS ", "memory_gb": 16},
    )
    assert computer.status_code == 201, computer.text
    assert computer.json()["details"] == {"operating_system": "macOS", "memory_gb": 16}
    assert computer.json()["category_id"] == world.computer["id"]

    phone = create(
        client,
        world.alice,
        category_id=world.phone_line["id"],
        details={"line_number": " +39 06 1234 5678 ", "extension": "   "},
    )
    assert phone.status_code == 201, phone.text
    # Blank optional fields are dropped, text is trimmed.
    assert phone.json()["details"] == {"line_number": "+39 06 1234 5678"}

    optional_null = create(
        client,
        world.alice,
        category_id=world.computer["id"],
        details={"operating_system": "Linux", "memory_gb": None},
    )
    assert optional_null.status_code == 201, optional_null.text
    assert optional_null.json()["details"] == {"operating_system": "Linux"}

    for response in (computer, phone, optional_null):
        stored = get_ticket(client, response.json()["number"], world.agent)
        assert stored["details"] == response.json()["details"]

    no_category = create(client, world.alice)
    assert no_category.status_code == 201, no_category.text
    assert no_category.json()["category_id"] is None
    assert no_category.json()["details"] == {}


def _computer_ticket(client: TestClient, world: World) -> dict[str, Any]:
    return world.open_ticket(
        client,
        category_id=world.computer["id"],
        details={"operating_system": "Windows 11", "memory_gb": 8},
    )


def test_patch_revalidates_details(client: TestClient, world: World) -> None:
    phone_line = world.phone_line["id"]
    cases: dict[str, tuple[dict[str, Any], list[str]]] = {
        "category-change-without-details": ({"category_id": phone_line}, ["details.line_number"]),
        "category-change-bad-pattern": (
            {"category_id": phone_line, "details": {"line_number": "nope"}},
            ["details.line_number"],
        ),
        "category-change-keeps-old-keys": (
            {"category_id": phone_line, "details": {"operating_system": "macOS"}},
            ["details.line_number", "details.operating_system"],
        ),
        "bad-choice": ({"details": {"operating_system": "BeOS"}}, ["details.operating_system"]),
        "required-removed": ({"details": {}}, ["details.operating_system"]),
        "wrong-type": (
            {"details": {"operating_system": "Linux", "memory_gb": "8"}},
            ["details.memory_gb"],
        ),
        "details-without-category": (
            {"category_id": None, "details": {"operating_system": "Linux"}},
            ["details"],
        ),
        "unknown-category": ({"category_id": 999_999}, ["category_id"]),
    }
    number = _computer_ticket(client, world)["number"]
    before = get_ticket(client, number, world.agent)
    for case, (body, fields) in cases.items():
        problem = assert_problem(patch(client, number, world.agent, body), 422)
        assert error_fields(problem) == fields, case
        assert get_ticket(client, number, world.agent) == before, case


def test_patch_changes_category_and_details(client: TestClient, world: World) -> None:
    number = _computer_ticket(client, world)["number"]
    moved = patch(
        client,
        number,
        world.agent,
        {"category_id": world.phone_line["id"], "details": {"line_number": " 0612345678 "}},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["category_id"] == world.phone_line["id"]
    assert moved.json()["details"] == {"line_number": "0612345678"}

    # Details alone are checked against the ticket's current category and replace the old ones.
    detailed = patch(
        client, number, world.agent, {"details": {"line_number": "0698765432", "extension": " 42 "}}
    )
    assert detailed.status_code == 200, detailed.text
    assert detailed.json()["details"] == {"line_number": "0698765432", "extension": "42"}

    # Other fields leave the details alone.
    renamed = patch(client, number, world.agent, {"subject": "Line crackles"})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["details"] == {"line_number": "0698765432", "extension": "42"}

    cleared = patch(client, number, world.agent, {"category_id": None})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["category_id"] is None
    assert cleared.json()["details"] == {}

    stored = get_ticket(client, number, world.agent)
    assert (stored["category_id"], stored["details"]) == (None, {})
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    changed = [
        (e["field"], e["from_value"], e["to_value"])
        for e in events["items"]
        if e["field"] == "category_id"
    ]
    assert changed == [
        ("category_id", str(world.computer["id"]), str(world.phone_line["id"])),
        ("category_id", str(world.phone_line["id"]), None),
    ]


# What a customer may set ---------------------------------------------------------------


def _customer_create_forbidden(world: World) -> dict[str, Any]:
    return {
        "requester_id": world.carol.id,
        "channel": "phone",
        "tags": ["vip"],
        "priority": "critical",
        "priority_reason": "I am in a hurry",
        "department_id": world.alice.data["department_id"],
        "location_id": world.alice.data["location_id"],
    }


def test_customer_cannot_set_staff_fields_on_create(client: TestClient, world: World) -> None:
    for field, value in _customer_create_forbidden(world).items():
        problem = assert_problem(create(client, world.alice, **{field: value}), 422)
        assert error_fields(problem) == [field], field
    assert all_tickets(client, world.agent) == []


def test_customer_is_told_every_refused_field_at_once(client: TestClient, world: World) -> None:
    forbidden = _customer_create_forbidden(world)
    problem = assert_problem(create(client, world.alice, **forbidden), 422)
    assert error_fields(problem) == sorted(forbidden)
    # Naming themselves as requester is still a field that is not theirs to send.
    problem = assert_problem(create(client, world.alice, requester_id=world.alice.id), 422)
    assert error_fields(problem) == ["requester_id"]
    assert all_tickets(client, world.agent) == []
    assert all_tickets(client, world.alice) == []


def test_customer_may_only_send_status_on_update(client: TestClient, world: World) -> None:
    number = _computer_ticket(client, world)["number"]
    resolved = patch(client, number, world.agent, {"status": "resolved", "resolution": "Done."})
    assert resolved.status_code == 200, resolved.text
    before = get_ticket(client, number, world.agent)
    refused: dict[str, Any] = {
        "subject": "Now urgent",
        "description": "More text",
        "type": "problem",
        "category_id": world.phone_line["id"],
        "details": {"operating_system": "Linux"},
        "impact": "high",
        "urgency": "high",
        "priority": "critical",
        "priority_reason": "Because",
        "resolution": "Fixed it myself",
        "tags": ["vip"],
    }
    for field, value in refused.items():
        problem = assert_problem(patch(client, number, world.alice, {field: value}), 422)
        assert error_fields(problem) == [field], field
        # Even together with a status the customer may send, nothing happens.
        problem = assert_problem(
            patch(client, number, world.alice, {"status": "closed", field: value}), 422
        )
        assert error_fields(problem) == [field], field
    # Fields that are no part of a ticket update at all are refused by name too.
    for field, value in (
        ("assignee_id", world.agent.id),
        ("internal", True),
        ("requester_id", world.carol.id),
    ):
        problem = assert_problem(patch(client, number, world.alice, {field: value}), 422)
        assert error_fields(problem) == [field], field
    problem = assert_problem(patch(client, number, world.alice, refused), 422)
    assert error_fields(problem) == sorted(refused)
    assert get_ticket(client, number, world.agent) == before


# Opening on behalf of a caller ----------------------------------------------------------


def test_agent_opens_on_behalf_of_a_customer(client: TestClient, world: World) -> None:
    for channel in ("phone", "walk_in", None):
        body: dict[str, Any] = {"subject": "Cannot print", "requester_id": world.alice.id}
        if channel is not None:
            body["channel"] = channel
        response = client.post("/api/v1/tickets", json=body, headers=world.agent.headers)
        assert response.status_code == 201, response.text
        ticket = response.json()
        assert ticket["requester"] == {
            "id": world.alice.id,
            "name": "Alice Customer",
            "email": world.alice.email,
        }
        assert ticket["organization_id"] == world.acme["id"]
        assert ticket["department_id"] == world.alice.data["department_id"]
        assert ticket["location_id"] == world.alice.data["location_id"]
        assert ticket["department_id"] == world.acme["departments"][0]["id"]
        assert ticket["location_id"] == world.acme["locations"][0]["id"]
        # Staff opening for a caller default to the phone channel.
        assert ticket["channel"] == (channel or "phone")

        # It is alice's ticket: she sees it, her colleague (unshared organization) does not.
        number = ticket["number"]
        assert get_ticket(client, number, world.alice)["requester"]["id"] == world.alice.id
        stranger = client.get(f"/api/v1/tickets/{number}", headers=world.carol.headers)
        assert_problem(stranger, 404)
        events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers)
        created = events.json()["items"][0]
        assert created["kind"] == "created"
        assert created["actor_id"] == world.agent.id
        assert created["actor_role"] == "agent"
        assert created["data"]["requester_id"] == world.alice.id
        assert created["data"]["channel"] == (channel or "phone")
    mine = all_tickets(client, world.alice)
    assert len(mine) == 3


def test_default_channels(client: TestClient, world: World) -> None:
    by_customer = world.open_ticket(client)
    assert by_customer["channel"] == "web"
    assert by_customer["requester"]["id"] == world.alice.id
    assert by_customer["organization_id"] == world.acme["id"]
    assert by_customer["department_id"] == world.alice.data["department_id"]
    assert by_customer["location_id"] == world.alice.data["location_id"]

    for_themself = world.open_ticket(client, who=world.agent)
    assert for_themself["channel"] == "web"
    assert for_themself["requester"]["id"] == world.agent.id
    assert for_themself["organization_id"] is None

    named_self = world.open_ticket(client, who=world.agent, requester_id=world.agent.id)
    assert named_self["channel"] == "web"

    for_bob = world.open_ticket(client, who=world.agent, requester_id=world.bob.id, channel="email")
    assert for_bob["channel"] == "email"
    assert for_bob["organization_id"] == world.globex["id"]
    assert for_bob["department_id"] is None
    assert for_bob["location_id"] is None


def test_staff_may_place_the_ticket_within_the_requesters_organization(
    client: TestClient, world: World
) -> None:
    department = world.alice.data["department_id"]
    location = world.alice.data["location_id"]
    for_carol = world.open_ticket(
        client,
        who=world.agent,
        requester_id=world.carol.id,
        department_id=department,
        location_id=location,
    )
    assert (for_carol["department_id"], for_carol["location_id"]) == (department, location)

    # Bob belongs to Globex: Acme's places are refused, and nothing is created.
    count = len(all_tickets(client, world.agent))
    for field, value in (
        ("department_id", department),
        ("location_id", location),
        ("department_id", 999_999),
    ):
        problem = assert_problem(
            create(client, world.agent, requester_id=world.bob.id, **{field: value}), 422
        )
        assert error_fields(problem) == [field]
    assert len(all_tickets(client, world.agent)) == count


def test_unknown_requester_is_refused(client: TestClient, world: World) -> None:
    problem = assert_problem(create(client, world.agent, requester_id=999_999), 422)
    assert error_fields(problem) == ["requester_id"]
    assert all_tickets(client, world.agent) == []


# Tags -----------------------------------------------------------------------------------


def test_tags_are_normalised_and_filterable(client: TestClient, world: World) -> None:
    vpn = world.open_ticket(
        client, who=world.agent, tags=[" VPN ", "vpn", "Printer", "zeta", "a-b", "printer"]
    )
    assert vpn["tags"] == ["a-b", "printer", "vpn", "zeta"]
    printer = world.open_ticket(client, who=world.agent, tags=["PRINTER"])
    assert printer["tags"] == ["printer"]
    untagged = world.open_ticket(client, who=world.agent)
    assert untagged["tags"] == []
    assert get_ticket(client, vpn["number"], world.agent)["tags"] == vpn["tags"]

    def tagged(tag: str) -> list[int]:
        return sorted(t["number"] for t in all_tickets(client, world.agent, tag=tag))

    assert tagged("vpn") == [vpn["number"]]
    assert tagged("VPN") == [vpn["number"]]
    assert tagged("printer") == sorted([vpn["number"], printer["number"]])
    assert tagged("nothing") == []

    retagged = patch(client, vpn["number"], world.agent, {"tags": ["Network", "network", "lan"]})
    assert retagged.status_code == 200, retagged.text
    assert retagged.json()["tags"] == ["lan", "network"]
    assert tagged("vpn") == []
    assert tagged("printer") == [printer["number"]]
    assert tagged("network") == [vpn["number"]]

    cleared = patch(client, vpn["number"], world.agent, {"tags": []})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["tags"] == []
    assert tagged("network") == []


def test_bad_tags_are_refused(client: TestClient, admin: Person) -> None:
    cases: list[tuple[Any, str]] = [
        (["two words"], "tags.0"),
        (["ok", "bad/slash"], "tags.1"),
        ([""], "tags.0"),
        (["x" * 51], "tags.0"),
        ([f"t{i}" for i in range(21)], "tags"),
        ("vpn", "tags"),
    ]
    for tags, field in cases:
        problem = assert_problem(create(client, admin, tags=tags), 422)
        assert error_fields(problem) == [field], tags
    assert all_tickets(client, admin) == []


# Shape of the body ---------------------------------------------------------------------


def test_invalid_create_bodies(client: TestClient, admin: Person) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"subject": "   "}, "subject"),
        ({"subject": ""}, "subject"),
        ({"description": "no subject"}, "subject"),
        ({"subject": "x" * 201}, "subject"),
        ({"subject": None}, "subject"),
        ({"subject": "Printer", "colour": "red"}, "colour"),
        ({"subject": "Printer", "impact": "huge"}, "impact"),
        ({"subject": "Printer", "type": "complaint"}, "type"),
        ({"subject": "Printer", "category_id": "computer"}, "category_id"),
    ]
    for body, field in cases:
        response = client.post("/api/v1/tickets", json=body, headers=admin.headers)
        problem = assert_problem(response, 422)
        assert error_fields(problem) == [field], body
    assert all_tickets(client, admin) == []


def test_subject_is_trimmed(client: TestClient, world: World) -> None:
    assert world.open_ticket(client, subject="  Printer jam  ")["subject"] == "Printer jam"


def test_invalid_update_bodies(client: TestClient, admin: Person) -> None:
    opened = create(client, admin, subject="Printer jam")
    assert opened.status_code == 201, opened.text
    number = opened.json()["number"]
    before = get_ticket(client, number, admin)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"subject": "   "}, "subject"),
        ({"subject": None}, "subject"),
        ({"colour": "red"}, "colour"),
        ({"urgency": "soon"}, "urgency"),
        ({"impact": None}, "impact"),
        ({"type": None}, "type"),
        ({"status": None}, "status"),
        ({"status": "done"}, "status"),
        ({"tags": ["two words"]}, "tags.0"),
    ]
    for body, field in cases:
        problem = assert_problem(patch(client, number, admin, body), 422)
        assert error_fields(problem) == [field], body
        assert get_ticket(client, number, admin) == before, body


def test_malformed_json_is_a_400(client: TestClient, world: World) -> None:
    headers = world.alice.headers | {"Content-Type": "application/json"}
    for raw in (b'{"subject": ', b"{subject: 'x'}", b'{"subject": "a",}'):
        response = client.post("/api/v1/tickets", content=raw, headers=headers)
        problem = assert_problem(response, 400)
        assert "errors" not in problem
        assert "Traceback" not in response.text
    number = world.open_ticket(client)["number"]
    before = get_ticket(client, number, world.agent)
    response = client.patch(
        f"/api/v1/tickets/{number}",
        content=b'{"status": "open"',
        headers=world.agent.headers | {"Content-Type": "application/json"},
    )
    assert_problem(response, 400)
    assert get_ticket(client, number, world.agent) == before
    assert [t["number"] for t in all_tickets(client, world.agent)] == [number]


def test_body_must_be_an_object(client: TestClient, world: World) -> None:
    problem = assert_problem(
        client.post("/api/v1/tickets", json=["Printer"], headers=world.alice.headers), 422
    )
    assert error_fields(problem) == ["body"]
    assert all_tickets(client, world.agent) == []


# Numbers and references ----------------------------------------------------------------


def test_numbers_are_sequential_from_1001_with_the_prefix(client: TestClient, world: World) -> None:
    first = client.post("/api/v1/tickets", json={"subject": "One"}, headers=world.alice.headers)
    assert first.status_code == 201, first.text
    assert first.json()["number"] == 1001
    assert first.json()["reference"] == "HD-1001"
    assert first.headers["location"] == "/api/v1/tickets/1001"

    # Refused requests do not use up a number.
    assert create(client, world.alice, subject=" ").status_code == 422
    assert create(client, world.alice, category_id=world.computer["id"]).status_code == 422
    assert create(client, world.alice, priority="high").status_code == 422

    numbers = [first.json()["number"]]
    for who in (world.agent, world.bob, world.alice):
        ticket = world.open_ticket(client, who=who)
        numbers.append(ticket["number"])
        assert ticket["reference"] == f"HD-{ticket['number']}"
    assert numbers == [1001, 1002, 1003, 1004]
    for number in numbers:
        fetched = get_ticket(client, number, world.agent)
        assert fetched["reference"] == f"HD-{number}"
    listed = sorted(t["reference"] for t in all_tickets(client, world.agent))
    assert listed == ["HD-1001", "HD-1002", "HD-1003", "HD-1004"]
