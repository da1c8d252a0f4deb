"""The directory: organizations with departments and locations, teams, the category tree."""

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


def created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def whole_list(response: Any) -> list[dict[str, Any]]:
    """The items of a directory list: the envelope, returned whole, so never a next page."""
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"items", "next_cursor"}, body
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


# --- organizations -----------------------------------------------------------------------------


def test_admin_builds_an_organization(client: TestClient, admin: Person) -> None:
    h = admin.headers
    org = created(
        client.post("/api/v1/organizations", json={"name": "Comune di Verona"}, headers=h)
    )
    assert org["name"] == "Comune di Verona"
    assert org["shared_tickets"] is False
    assert org["departments"] == []
    assert org["locations"] == []
    base = f"/api/v1/organizations/{org['id']}"
    tributi = created(client.post(f"{base}/departments", json={"name": "Tributi"}, headers=h))
    anagrafe = created(client.post(f"{base}/departments", json={"name": "Anagrafe"}, headers=h))
    palazzo = created(
        client.post(
            f"{base}/locations",
            json={"name": "Palazzo Barbieri", "address": "Piazza Bra 1"},
            headers=h,
        )
    )
    assert palazzo["address"] == "Piazza Bra 1"
    nowhere = created(client.post(f"{base}/locations", json={"name": "Remote"}, headers=h))
    assert nowhere["address"] is None
    fetched = client.get(base, headers=h)
    assert fetched.status_code == 200
    body = fetched.json()
    # Departments and locations come sorted by name.
    assert body["departments"] == [anagrafe, tributi]
    assert body["locations"] == [palazzo, nowhere]
    assert body["created_at"] == org["created_at"]


def test_list_organizations_by_name(client: TestClient, admin: Person) -> None:
    for name in ("Globex", "Acme", "Initech"):
        created(client.post("/api/v1/organizations", json={"name": name}, headers=admin.headers))
    listed = whole_list(client.get("/api/v1/organizations", headers=admin.headers))
    assert [o["name"] for o in listed] == ["Acme", "Globex", "Initech"]


def test_patch_organization(client: TestClient, world: World) -> None:
    url = f"/api/v1/organizations/{world.acme['id']}"
    response = client.patch(
        url, json={"name": "Acme S.p.A.", "shared_tickets": True}, headers=world.admin.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "Acme S.p.A."
    assert response.json()["shared_tickets"] is True
    assert response.json()["departments"] == world.acme["departments"]
    partial = client.patch(url, json={"shared_tickets": False}, headers=world.admin.headers)
    assert partial.json()["name"] == "Acme S.p.A."
    assert partial.json()["shared_tickets"] is False
    # Renaming to its own name is not a clash.
    same = client.patch(url, json={"name": "Acme S.p.A."}, headers=world.admin.headers)
    assert same.status_code == 200


def test_organization_duplicates_are_409(client: TestClient, world: World) -> None:
    h = world.admin.headers
    before = client.get(f"/api/v1/organizations/{world.acme['id']}", headers=h).json()
    assert_problem(client.post("/api/v1/organizations", json={"name": "Acme"}, headers=h), 409)
    assert_problem(
        client.patch(
            f"/api/v1/organizations/{world.globex['id']}", json={"name": "Acme"}, headers=h
        ),
        409,
    )
    base = f"/api/v1/organizations/{world.acme['id']}"
    assert_problem(client.post(f"{base}/departments", json={"name": "Accounting"}, headers=h), 409)
    assert_problem(client.post(f"{base}/locations", json={"name": "Head office"}, headers=h), 409)
    assert client.get(base, headers=h).json() == before
    assert [o["name"] for o in whole_list(client.get("/api/v1/organizations", headers=h))] == [
        "Acme",
        "Globex",
    ]
    # The same department name in another organization is fine.
    other = f"/api/v1/organizations/{world.globex['id']}/departments"
    created(client.post(other, json={"name": "Accounting"}, headers=h))


def test_organization_validation(client: TestClient, admin: Person) -> None:
    h = admin.headers
    for body, field in (
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Acme", "vat": "IT123"}, "vat"),
        ({"name": "Acme", "shared_tickets": "maybe"}, "shared_tickets"),
    ):
        assert_problem(client.post("/api/v1/organizations", json=body, headers=h), 422, field)
    assert whole_list(client.get("/api/v1/organizations", headers=h)) == []
    missing = client.post("/api/v1/organizations/999999/departments", json={"name": "X"}, headers=h)
    assert_problem(missing, 404)


def test_only_admins_manage_organizations(client: TestClient, world: World) -> None:
    base = f"/api/v1/organizations/{world.acme['id']}"
    before = client.get(base, headers=world.admin.headers).json()
    for person in (world.agent, world.supervisor):
        h = person.headers
        assert_problem(client.post("/api/v1/organizations", json={"name": "New"}, headers=h), 403)
        assert_problem(client.patch(base, json={"name": "Renamed"}, headers=h), 403)
        assert_problem(client.post(f"{base}/departments", json={"name": "IT"}, headers=h), 403)
        assert_problem(client.post(f"{base}/locations", json={"name": "Annex"}, headers=h), 403)
        # Staff read the directory.
        assert client.get(base, headers=h).json() == before
        assert len(whole_list(client.get("/api/v1/organizations", headers=h))) == 2
    assert client.get(base, headers=world.admin.headers).json() == before
    listed = whole_list(client.get("/api/v1/organizations", headers=world.admin.headers))
    assert [o["name"] for o in listed] == ["Acme", "Globex"]


def test_customer_sees_only_their_own_organization(client: TestClient, world: World) -> None:
    h = world.alice.headers
    own = client.get(f"/api/v1/organizations/{world.acme['id']}", headers=h)
    assert own.status_code == 200
    assert own.json()["name"] == "Acme"
    other = client.get(f"/api/v1/organizations/{world.globex['id']}", headers=h)
    missing = client.get("/api/v1/organizations/999999", headers=h)
    assert_problem(other, 404)
    assert_problem(missing, 404)
    assert other.json()["title"] == missing.json()["title"]
    assert_problem(client.get("/api/v1/organizations", headers=h), 403)
    assert_problem(
        client.patch(f"/api/v1/organizations/{world.acme['id']}", json={"name": "Mine"}, headers=h),
        403,
    )
    assert_problem(client.post("/api/v1/organizations", json={"name": "Mine"}, headers=h), 403)


# --- teams -------------------------------------------------------------------------------------


def test_create_teams_with_tiers(client: TestClient, admin: Person) -> None:
    h = admin.headers
    desk = created(
        client.post(
            "/api/v1/teams",
            json={"name": "Service Desk", "description": "First line"},
            headers=h,
        )
    )
    assert desk["tier"] == 1
    assert desk["member_ids"] == []
    assert desk["description"] == "First line"
    network = created(client.post("/api/v1/teams", json={"name": "Network", "tier": 2}, headers=h))
    apps = created(client.post("/api/v1/teams", json={"name": "Apps", "tier": 2}, headers=h))
    vendor = created(client.post("/api/v1/teams", json={"name": "Vendor", "tier": 3}, headers=h))
    listed = whole_list(client.get("/api/v1/teams", headers=h))
    assert [t["id"] for t in listed] == [desk["id"], apps["id"], network["id"], vendor["id"]]
    assert client.get(f"/api/v1/teams/{network['id']}", headers=h).json() == network
    patched = client.patch(
        f"/api/v1/teams/{network['id']}",
        json={"tier": 3, "description": None},
        headers=h,
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["tier"] == 3


def test_team_validation_and_duplicates(client: TestClient, world: World) -> None:
    h = world.admin.headers
    before = whole_list(client.get("/api/v1/teams", headers=h))
    assert [t["name"] for t in before] == ["Service Desk", "Network", "Telephony"]
    for body, field in (
        ({"name": "Tier zero", "tier": 0}, "tier"),
        ({"name": "Tier six", "tier": 6}, "tier"),
        ({"name": ""}, "name"),
        ({"name": "X", "members": []}, "members"),
    ):
        assert_problem(client.post("/api/v1/teams", json=body, headers=h), 422, field)
    assert_problem(client.post("/api/v1/teams", json={"name": "Network"}, headers=h), 409)
    url = f"/api/v1/teams/{world.telephony['id']}"
    assert_problem(client.patch(url, json={"name": "Network"}, headers=h), 409)
    assert_problem(client.patch(url, json={"tier": None}, headers=h), 422, "tier")
    assert_problem(client.patch(url, json={"name": None}, headers=h), 422, "name")
    assert whole_list(client.get("/api/v1/teams", headers=h)) == before
    assert_problem(client.get("/api/v1/teams/999999", headers=h), 404)


def test_team_membership(client: TestClient, world: World) -> None:
    h = world.admin.headers
    url = f"/api/v1/teams/{world.telephony['id']}/members"
    added = client.put(f"{url}/{world.agent.id}", headers=h)
    assert added.status_code == 200, added.text
    assert added.json()["member_ids"] == [world.agent.id]
    # Adding again is harmless.
    again = client.put(f"{url}/{world.agent.id}", headers=h)
    assert again.json()["member_ids"] == [world.agent.id]
    both = client.put(f"{url}/{world.network_agent.id}", headers=h)
    assert both.json()["member_ids"] == sorted([world.agent.id, world.network_agent.id])
    removed = client.delete(f"{url}/{world.agent.id}", headers=h)
    assert removed.status_code == 200
    assert removed.json()["member_ids"] == [world.network_agent.id]
    assert_problem(client.delete(f"{url}/{world.agent.id}", headers=h), 404)
    assert_problem(client.put(f"{url}/999999", headers=h), 404)
    assert_problem(client.put(f"/api/v1/teams/999999/members/{world.agent.id}", headers=h), 404)
    # The agent's other team is untouched.
    desk = client.get(f"/api/v1/teams/{world.service_desk['id']}", headers=h).json()
    assert world.agent.id in desk["member_ids"]


def test_a_customer_cannot_join_a_team(client: TestClient, world: World) -> None:
    url = f"/api/v1/teams/{world.service_desk['id']}"
    before = client.get(url, headers=world.admin.headers).json()
    response = client.put(f"{url}/members/{world.alice.id}", headers=world.admin.headers)
    assert_problem(response, 422, field="user_id")
    assert client.get(url, headers=world.admin.headers).json() == before


def test_supervisor_manages_members(client: TestClient, world: World) -> None:
    h = world.supervisor.headers
    url = f"/api/v1/teams/{world.network['id']}/members"
    added = client.put(f"{url}/{world.agent.id}", headers=h)
    assert added.status_code == 200, added.text
    assert world.agent.id in added.json()["member_ids"]
    removed = client.delete(f"{url}/{world.network_agent.id}", headers=h)
    assert removed.status_code == 200
    assert removed.json()["member_ids"] == [world.agent.id]
    # Supervisors manage people, not the teams themselves.
    assert_problem(client.post("/api/v1/teams", json={"name": "Desktop"}, headers=h), 403)
    assert_problem(
        client.patch(f"/api/v1/teams/{world.network['id']}", json={"tier": 1}, headers=h), 403
    )
    assert client.get(f"/api/v1/teams/{world.network['id']}", headers=h).json()["tier"] == 2


def test_agent_cannot_manage_teams(client: TestClient, world: World) -> None:
    h = world.agent.headers
    url = f"/api/v1/teams/{world.network['id']}"
    before = client.get(url, headers=world.admin.headers).json()
    assert_problem(client.put(f"{url}/members/{world.agent.id}", headers=h), 403)
    assert_problem(client.delete(f"{url}/members/{world.network_agent.id}", headers=h), 403)
    assert_problem(client.post("/api/v1/teams", json={"name": "Mine"}, headers=h), 403)
    assert_problem(client.patch(url, json={"name": "Mine"}, headers=h), 403)
    assert client.get(url, headers=world.admin.headers).json() == before
    # Agents may look at the teams, customers may not.
    assert len(whole_list(client.get("/api/v1/teams", headers=h))) == 3
    assert_problem(client.get("/api/v1/teams", headers=world.alice.headers), 403)
    assert_problem(client.get(url, headers=world.alice.headers), 403)


# --- categories --------------------------------------------------------------------------------


def test_category_tree(client: TestClient, world: World) -> None:
    h = world.admin.headers
    hardware = created(client.post("/api/v1/categories", json={"name": "Hardware"}, headers=h))
    printer = created(
        client.post(
            "/api/v1/categories",
            json={
                "name": "Printer",
                "parent_id": hardware["id"],
                "fields": [
                    {"key": "model", "label": "Model", "type": "text", "max_length": 50},
                    {"key": "colour", "label": "Colour", "type": "boolean"},
                ],
            },
            headers=h,
        )
    )
    assert printer["parent_id"] == hardware["id"]
    assert printer["active"] is True
    assert [f["key"] for f in printer["fields"]] == ["model", "colour"]
    assert printer["fields"][0]["max_length"] == 50
    assert printer["fields"][1]["required"] is False
    listed = whole_list(client.get("/api/v1/categories", headers=world.alice.headers))
    by_id = {c["id"]: c for c in listed}
    assert set(by_id) == {
        world.computer["id"],
        world.phone_line["id"],
        hardware["id"],
        printer["id"],
    }
    assert by_id[printer["id"]]["parent_id"] == hardware["id"]
    # Roots come before children.
    ids = [c["id"] for c in listed]
    assert ids.index(hardware["id"]) < ids.index(printer["id"])
    assert client.get(f"/api/v1/categories/{printer['id']}", headers=h).json() == printer
    # A ticket in the child category validates the child's fields.
    ticket = world.open_ticket(
        client, category_id=printer["id"], details={"model": "LaserJet 4", "colour": False}
    )
    assert ticket["details"] == {"model": "LaserJet 4", "colour": False}


def test_category_cycle_is_422(client: TestClient, admin: Person) -> None:
    h = admin.headers
    a = created(client.post("/api/v1/categories", json={"name": "A"}, headers=h))
    b = created(
        client.post("/api/v1/categories", json={"name": "B", "parent_id": a["id"]}, headers=h)
    )
    c = created(
        client.post("/api/v1/categories", json={"name": "C", "parent_id": b["id"]}, headers=h)
    )
    for category, parent in ((a, c), (a, b), (a, a), (b, c)):
        response = client.patch(
            f"/api/v1/categories/{category['id']}", json={"parent_id": parent["id"]}, headers=h
        )
        assert_problem(response, 422, field="parent_id")
    assert client.get(f"/api/v1/categories/{a['id']}", headers=h).json()["parent_id"] is None
    missing = client.post(
        "/api/v1/categories", json={"name": "Orphan", "parent_id": 999999}, headers=h
    )
    assert_problem(missing, 422, field="parent_id")
    # Moving a subtree elsewhere (not into itself) is fine, and so is becoming a root again.
    d = created(client.post("/api/v1/categories", json={"name": "D"}, headers=h))
    moved = client.patch(f"/api/v1/categories/{b['id']}", json={"parent_id": d["id"]}, headers=h)
    assert moved.status_code == 200
    assert moved.json()["parent_id"] == d["id"]
    root = client.patch(f"/api/v1/categories/{b['id']}", json={"parent_id": None}, headers=h)
    assert root.json()["parent_id"] is None
    assert len(whole_list(client.get("/api/v1/categories", headers=h))) == 4


def test_category_field_definitions_are_validated(client: TestClient, admin: Person) -> None:
    h = admin.headers
    for fields in (
        [{"key": "os", "label": "OS", "type": "choice"}],
        [{"key": "os", "label": "OS", "type": "choice", "choices": []}],
        [{"key": "os", "label": "OS", "type": "text", "choices": ["a"]}],
        [{"key": "line", "label": "Line", "type": "text", "pattern": "([0-9"}],
        [{"key": "Bad Key", "label": "X", "type": "text"}],
        [{"key": "x", "label": "X", "type": "date"}],
        [{"key": "x", "label": "X", "type": "text"}, {"key": "x", "label": "Y", "type": "text"}],
    ):
        response = client.post(
            "/api/v1/categories", json={"name": "Broken", "fields": fields}, headers=h
        )
        body = assert_problem(response, 422)
        assert all(e["field"].startswith("fields") for e in body["errors"]), body
    assert whole_list(client.get("/api/v1/categories", headers=h)) == []
    good = created(
        client.post(
            "/api/v1/categories",
            json={"name": "Fine", "fields": [{"key": "x", "label": "X", "type": "text"}]},
            headers=h,
        )
    )
    # The same rules hold when the fields are replaced later.
    response = client.patch(
        f"/api/v1/categories/{good['id']}",
        json={"fields": [{"key": "line", "label": "Line", "type": "text", "pattern": "(["}]},
        headers=h,
    )
    assert_problem(response, 422)
    assert client.get(f"/api/v1/categories/{good['id']}", headers=h).json() == good


def test_inactive_category_is_hidden_and_refused(client: TestClient, world: World) -> None:
    h = world.admin.headers
    url = f"/api/v1/categories/{world.phone_line['id']}"
    response = client.patch(url, json={"active": False}, headers=h)
    assert response.status_code == 200
    assert response.json()["active"] is False
    for person in (world.alice, world.agent):
        listed = whole_list(client.get("/api/v1/categories", headers=person.headers))
        assert [c["id"] for c in listed] == [world.computer["id"]]
    # Staff can ask for the retired ones; customers cannot.
    everything = client.get("/api/v1/categories", params={"include_inactive": True}, headers=h)
    assert {c["id"] for c in whole_list(everything)} == {
        world.computer["id"],
        world.phone_line["id"],
    }
    customer_view = client.get(
        "/api/v1/categories", params={"include_inactive": True}, headers=world.alice.headers
    )
    assert [c["id"] for c in whole_list(customer_view)] == [world.computer["id"]]
    refused = client.post(
        "/api/v1/tickets",
        json={
            "subject": "Line dead",
            "category_id": world.phone_line["id"],
            "details": {"line_number": "+39 045 1234567"},
        },
        headers=world.alice.headers,
    )
    assert_problem(refused, 422, field="category_id")
    assert client.get("/api/v1/tickets", headers=world.alice.headers).json()["items"] == []
    # Reactivated, it is offered again.
    client.patch(url, json={"active": True}, headers=h)
    world.open_ticket(
        client,
        category_id=world.phone_line["id"],
        details={"line_number": "+39 045 1234567"},
    )


def test_only_admins_manage_categories(client: TestClient, world: World) -> None:
    url = f"/api/v1/categories/{world.computer['id']}"
    before = client.get(url, headers=world.admin.headers).json()
    for person in (world.agent, world.supervisor, world.alice):
        h = person.headers
        assert_problem(client.post("/api/v1/categories", json={"name": "Mine"}, headers=h), 403)
        assert_problem(client.patch(url, json={"active": False}, headers=h), 403)
    assert client.get(url, headers=world.admin.headers).json() == before
    assert len(whole_list(client.get("/api/v1/categories", headers=world.admin.headers))) == 2
    assert_problem(client.get("/api/v1/categories/999999", headers=world.alice.headers), 404)
