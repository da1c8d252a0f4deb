from fastapi.testclient import TestClient

from tests.api.conftest import Person, World


def test_me(client: TestClient, admin: Person) -> None:
    response = client.get("/api/v1/users/me", headers=admin.headers)
    assert response.status_code == 200
    assert response.json()["role"] == "admin"


def test_open_ticket(client: TestClient, admin: Person) -> None:
    response = client.post(
        "/api/v1/tickets", json={"subject": "Printer jam"}, headers=admin.headers
    )
    assert response.status_code == 201, response.text
    assert response.json()["reference"] == "HD-1001"
    listing = client.get("/api/v1/tickets", headers=admin.headers)
    assert listing.status_code == 200
    assert [t["number"] for t in listing.json()["items"]] == [1001]


def test_world_builds(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(
        client,
        category_id=world.computer["id"],
        details={"operating_system": "macOS", "memory_gb": 16},
    )
    assert ticket["requester"]["id"] == world.alice.id
    assert ticket["organization_id"] == world.acme["id"]
    assert ticket["department_id"] == world.alice.data["department_id"]
    assert ticket["channel"] == "web"
