from fastapi.testclient import TestClient

from tests.api.conftest import Person


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
