"""Sign-in, accounts, roles, self sign-up and personal API tokens."""

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from api.auth.models import AccessToken
from api.core.clock import utcnow
from api.db.session import transaction
from api.main import create_app
from api.user.roles import Role
from tests.api.conftest import PASSWORD, Person, World, make_person, sign_in
from tests.api.conftest import test_settings as app_settings

PROBLEM = "application/problem+json"


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("https://")
    if field is not None:
        assert field in [e["field"] for e in body["errors"]], body
    return body


def token_request(client: TestClient, email: str, password: str) -> Any:
    return client.post("/api/v1/auth/token", data={"username": email, "password": password})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def user_ids(client: TestClient, person: Person, **params: Any) -> list[int]:
    response = client.get("/api/v1/users", params=params, headers=person.headers)
    assert response.status_code == 200, response.text
    return [u["id"] for u in response.json()["items"]]


# --- sign-in ---------------------------------------------------------------------------------


def test_sign_in_returns_bearer_token_with_expiry(client: TestClient, admin: Person) -> None:
    before = utcnow()
    response = token_request(client, "admin@example.com", PASSWORD)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["access_token"].startswith("sps_")
    assert len(body["access_token"]) > 30
    assert body["expires_in"] == pytest.approx(12 * 3600, abs=5)
    expires_at = datetime.fromisoformat(body["expires_at"])
    assert expires_at.tzinfo is not None
    assert before + timedelta(hours=12) - timedelta(seconds=5) <= expires_at
    assert expires_at <= utcnow() + timedelta(hours=12)
    me = client.get("/api/v1/users/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["id"] == admin.id
    first = token_request(client, admin.email, PASSWORD).json()["access_token"]
    second = token_request(client, admin.email, PASSWORD).json()["access_token"]
    assert first != second != admin.token
    response = token_request(client, "  ADMIN@Example.COM ", PASSWORD)
    assert response.status_code == 200, response.text


def test_wrong_password_and_unknown_email_look_the_same(client: TestClient, admin: Person) -> None:
    wrong = token_request(client, admin.email, "not the password at all")
    unknown = token_request(client, "nobody@example.com", PASSWORD)
    wrong_body = assert_problem(wrong, 401)
    unknown_body = assert_problem(unknown, 401)
    assert wrong_body == unknown_body
    assert wrong.headers["www-authenticate"] == "Bearer"
    assert unknown.headers["www-authenticate"] == "Bearer"
    assert "access_token" not in wrong_body


def test_sign_in_without_form_fields_is_422(client: TestClient) -> None:
    response = client.post("/api/v1/auth/token", data={"username": "a@example.com"})
    assert_problem(response, 422, field="password")


def test_sign_out_revokes_the_token(client: TestClient, admin: Person) -> None:
    token = sign_in(client, admin.email)
    response = client.delete("/api/v1/auth/token", headers=bearer(token))
    assert response.status_code == 204
    assert response.content == b""
    after = client.get("/api/v1/users/me", headers=bearer(token))
    assert_problem(after, 401)
    assert after.headers["www-authenticate"] == "Bearer"
    # Other sessions of the same person are untouched.
    assert client.get("/api/v1/users/me", headers=admin.headers).status_code == 200


def test_missing_or_unknown_token_is_401(client: TestClient, admin: Person) -> None:
    for headers in (
        {},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer sps_made-up-token"},
        {"Authorization": f"Bearer {admin.token}x"},
        {"Authorization": "Basic YWRtaW46cGFzc3dvcmQ="},
    ):
        response = client.get("/api/v1/users/me", headers=headers)
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
    response = client.get("/api/v1/users/me", params={"access_token": admin.token})
    assert_problem(response, 401)


def test_deactivated_user_cannot_sign_in_and_loses_sessions(
    client: TestClient, world: World
) -> None:
    alice = world.alice
    response = client.patch(
        f"/api/v1/users/{alice.id}", json={"active": False}, headers=world.admin.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False
    assert_problem(client.get("/api/v1/users/me", headers=alice.headers), 401)
    refused = token_request(client, alice.email, PASSWORD)
    unknown = token_request(client, "nobody@example.com", PASSWORD)
    assert refused.status_code == 401
    assert refused.json() == unknown.json()
    # Reactivated, the account signs in again; the old session stays ended.
    back = client.patch(
        f"/api/v1/users/{alice.id}", json={"active": True}, headers=world.admin.headers
    )
    assert back.status_code == 200
    assert token_request(client, alice.email, PASSWORD).status_code == 200
    assert_problem(client.get("/api/v1/users/me", headers=alice.headers), 401)


def test_admin_cannot_deactivate_or_demote_themself(client: TestClient, admin: Person) -> None:
    for body in ({"active": False}, {"role": "agent"}):
        response = client.patch(f"/api/v1/users/{admin.id}", json=body, headers=admin.headers)
        assert_problem(response, 422, field="role")
    me = client.get("/api/v1/users/me", headers=admin.headers).json()
    assert me["role"] == "admin"
    assert me["active"] is True


# --- /users/me ---------------------------------------------------------------------------------


def test_me_shows_the_signed_in_person(client: TestClient, world: World) -> None:
    response = client.get("/api/v1/users/me", headers=world.alice.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == world.alice.id
    assert body["email"] == "alice.customer@example.com"
    assert body["role"] == "customer"
    assert body["organization_id"] == world.acme["id"]
    assert body["department_id"] == world.acme["departments"][0]["id"]
    assert body["location_id"] == world.acme["locations"][0]["id"]
    assert body["active"] is True
    assert "password" not in body
    assert "password_hash" not in body


def test_update_me_changes_name_phone_and_password(client: TestClient, world: World) -> None:
    response = client.patch(
        "/api/v1/users/me",
        json={"name": "Alice Rossi", "phone": "+39 045 123456"},
        headers=world.alice.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "Alice Rossi"
    assert response.json()["phone"] == "+39 045 123456"
    again = client.get("/api/v1/users/me", headers=world.alice.headers).json()
    assert (again["name"], again["phone"]) == ("Alice Rossi", "+39 045 123456")
    new_password = "a much better passphrase"
    response = client.patch(
        "/api/v1/users/me",
        json={"password": new_password, "current_password": PASSWORD},
        headers=world.alice.headers,
    )
    assert response.status_code == 200, response.text
    assert_problem(token_request(client, world.alice.email, PASSWORD), 401)
    assert token_request(client, world.alice.email, new_password).status_code == 200


def test_update_me_refuses_other_fields_and_bad_values(client: TestClient, world: World) -> None:
    before = client.get("/api/v1/users/me", headers=world.alice.headers).json()
    for body, field in (
        ({"role": "admin"}, "role"),
        ({"active": False}, "active"),
        ({"organization_id": world.globex["id"]}, "organization_id"),
        ({"password": "short"}, "password"),
        ({"name": ""}, "name"),
        ({"name": None}, "name"),
        ({"password": None}, "password"),
    ):
        response = client.patch("/api/v1/users/me", json=body, headers=world.alice.headers)
        assert_problem(response, 422, field=field)
    assert client.get("/api/v1/users/me", headers=world.alice.headers).json() == before
    assert token_request(client, world.alice.email, PASSWORD).status_code == 200


# --- creating people -------------------------------------------------------------------------


def test_admin_creates_users_of_every_role(client: TestClient, admin: Person) -> None:
    for role in Role:
        response = client.post(
            "/api/v1/users",
            json={"email": f"New.{role}@Example.com", "name": f"New {role}", "role": role.value},
            headers=admin.headers,
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["role"] == role.value
        assert body["email"] == f"new.{role}@example.com"
        assert body["active"] is True
        fetched = client.get(f"/api/v1/users/{body['id']}", headers=admin.headers)
        assert fetched.json() == body
        assert user_ids(client, admin, role=role.value)[-1] == body["id"]
    person = make_person(client, admin, "Fresh Agent", Role.agent)
    me = client.get("/api/v1/users/me", headers=person.headers).json()
    assert me["role"] == "agent"


def test_user_without_password_cannot_sign_in(client: TestClient, admin: Person) -> None:
    response = client.post(
        "/api/v1/users",
        json={"email": "caller@example.com", "name": "Caller"},
        headers=admin.headers,
    )
    assert response.status_code == 201
    assert response.json()["role"] == "customer"
    assert_problem(token_request(client, "caller@example.com", ""), 422)
    assert_problem(token_request(client, "caller@example.com", "anything at all"), 401)


def test_agent_adds_a_customer_contact_for_a_caller(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/users",
        json={
            "email": "caller@acme.example",
            "name": "Phone Caller",
            "role": "customer",
            "phone": "+39 02 555 0101",
            "organization_id": world.acme["id"],
        },
        headers=world.agent.headers,
    )
    assert response.status_code == 201, response.text
    assert response.json()["organization_id"] == world.acme["id"]
    assert response.json()["role"] == "customer"


def test_only_staff_add_people_and_only_admins_add_staff(client: TestClient, world: World) -> None:
    before = user_ids(client, world.admin, limit=100)
    for creator in (world.agent, world.supervisor):
        for role in (Role.agent, Role.supervisor, Role.admin):
            response = client.post(
                "/api/v1/users",
                json={"email": "sneaky@example.com", "name": "Sneaky", "role": role.value},
                headers=creator.headers,
            )
            assert_problem(response, 403)
    assert user_ids(client, world.admin, limit=100) == before
    response = client.post(
        "/api/v1/users",
        json={"email": "friend@example.com", "name": "Friend", "role": "customer"},
        headers=world.alice.headers,
    )
    assert_problem(response, 403)
    assert_problem(client.get("/api/v1/users", headers=world.alice.headers), 403)


def test_only_admins_change_other_accounts(client: TestClient, world: World) -> None:
    response = client.patch(
        f"/api/v1/users/{world.alice.id}", json={"name": "Changed"}, headers=world.agent.headers
    )
    assert_problem(response, 403)
    response = client.patch(
        f"/api/v1/users/{world.agent.id}", json={"role": "admin"}, headers=world.supervisor.headers
    )
    assert_problem(response, 403)
    me = client.get("/api/v1/users/me", headers=world.agent.headers).json()
    assert me["role"] == "agent"


def test_admin_changes_role_and_placement(client: TestClient, world: World) -> None:
    response = client.patch(
        f"/api/v1/users/{world.bob.id}",
        json={"organization_id": world.acme["id"], "department_id": None},
        headers=world.admin.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["organization_id"] == world.acme["id"]
    promoted = client.patch(
        f"/api/v1/users/{world.agent.id}", json={"role": "supervisor"}, headers=world.admin.headers
    )
    assert promoted.json()["role"] == "supervisor"
    assert client.get("/api/v1/users/me", headers=world.agent.headers).json()["role"] == (
        "supervisor"
    )


def test_duplicate_email_is_409(client: TestClient, world: World) -> None:
    before = user_ids(client, world.admin, limit=100)
    for email in ("alice.customer@example.com", "Alice.Customer@EXAMPLE.com"):
        response = client.post(
            "/api/v1/users",
            json={"email": email, "name": "Another Alice"},
            headers=world.admin.headers,
        )
        assert_problem(response, 409)
    assert user_ids(client, world.admin, limit=100) == before


def test_department_of_another_organization_is_422(client: TestClient, world: World) -> None:
    acme_department = world.acme["departments"][0]["id"]
    response = client.post(
        "/api/v1/users",
        json={
            "email": "globex.person@example.com",
            "name": "Globex Person",
            "organization_id": world.globex["id"],
            "department_id": acme_department,
        },
        headers=world.admin.headers,
    )
    body = assert_problem(response, 422, field="department_id")
    assert body["errors"] == [
        {"field": "department_id", "message": "belongs to another organization"}
    ]
    listed = client.get("/api/v1/users", params={"q": "globex.person"}, headers=world.admin.headers)
    assert listed.json()["items"] == []
    # The same check when moving an existing customer.
    moved = client.patch(
        f"/api/v1/users/{world.bob.id}",
        json={"department_id": acme_department},
        headers=world.admin.headers,
    )
    assert_problem(moved, 422, field="department_id")


def test_invalid_user_bodies_are_422(client: TestClient, admin: Person) -> None:
    for overrides, field in (
        ({"email": "not-an-email"}, "email"),
        ({"name": ""}, "name"),
        ({"role": "superuser"}, "role"),
        ({"password": "short"}, "password"),
        ({"organization_id": 999_999}, "organization_id"),
        ({"location_id": 999_999}, "location_id"),
        ({"is_admin": True}, "is_admin"),
    ):
        body = {"email": "someone@example.com", "name": "Someone"} | overrides
        response = client.post("/api/v1/users", json=body, headers=admin.headers)
        assert_problem(response, 422, field=field)
    assert user_ids(client, admin) == [admin.id]


def test_customer_sees_only_themself(client: TestClient, world: World) -> None:
    own = client.get(f"/api/v1/users/{world.alice.id}", headers=world.alice.headers)
    assert own.status_code == 200
    other = client.get(f"/api/v1/users/{world.carol.id}", headers=world.alice.headers)
    missing = client.get("/api/v1/users/999999", headers=world.alice.headers)
    assert_problem(other, 404)
    assert_problem(missing, 404)
    assert other.json()["title"] == missing.json()["title"]


# --- listing people ----------------------------------------------------------------------------


def test_users_list_pages_without_skips_or_repeats(client: TestClient, world: World) -> None:
    everyone = user_ids(client, world.admin, limit=100)
    assert len(everyone) == 7
    assert everyone == sorted(everyone)
    seen: list[int] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        response = client.get("/api/v1/users", params=params, headers=world.agent.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 3
        seen += [u["id"] for u in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everyone
    assert pages == 3


def test_users_list_limit_and_cursor_are_validated(client: TestClient, admin: Person) -> None:
    for limit in (0, 101, -1, "ten"):
        response = client.get("/api/v1/users", params={"limit": limit}, headers=admin.headers)
        assert_problem(response, 422, field="limit")
    for cursor in ("bm90LWEtY3Vyc29y", "!!!", "WyJ0aWNrZXRzOmNyZWF0ZWQiLFsxXV0"):
        response = client.get("/api/v1/users", params={"cursor": cursor}, headers=admin.headers)
        assert_problem(response, 400)


def test_users_list_filters(client: TestClient, world: World) -> None:
    h = world.admin
    customers = user_ids(client, h, role="customer")
    assert customers == sorted([world.alice.id, world.carol.id, world.bob.id])
    agents = user_ids(client, h, role="agent")
    assert agents == sorted([world.agent.id, world.network_agent.id])
    assert user_ids(client, h, role="admin") == [world.admin.id]
    assert user_ids(client, h, organization_id=world.acme["id"]) == sorted(
        [world.alice.id, world.carol.id]
    )
    assert user_ids(client, h, organization_id=world.globex["id"]) == [world.bob.id]
    assert user_ids(client, h, q="CAROL") == [world.carol.id]
    assert user_ids(client, h, q="network@") == [world.network_agent.id]
    assert user_ids(client, h, q="customer", organization_id=world.acme["id"]) == sorted(
        [world.alice.id, world.carol.id]
    )
    assert user_ids(client, h, q="nobody-matches") == []
    assert_problem(
        client.get("/api/v1/users", params={"role": "boss"}, headers=h.headers), 422, "role"
    )


# --- self sign-up ------------------------------------------------------------------------------


def test_self_signup_is_off_by_default(client: TestClient, admin: Person) -> None:
    response = client.post(
        "/api/v1/auth/signup",
        json={"email": "eve@example.com", "name": "Eve", "password": PASSWORD},
    )
    assert_problem(response, 403)
    assert_problem(token_request(client, "eve@example.com", PASSWORD), 401)
    assert user_ids(client, admin, q="eve@") == []


@pytest.fixture
def signup_client(client: TestClient, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """A second app on the same database, where self sign-up is allowed."""
    app: FastAPI = create_app(app_settings(database_url, tmp_path, allow_self_signup=True))
    with TestClient(app, raise_server_exceptions=False) as open_client:
        yield open_client
    app.state.db.engine.dispose()


def test_self_signup_creates_a_customer_where_allowed(
    signup_client: TestClient, admin: Person
) -> None:
    response = signup_client.post(
        "/api/v1/auth/signup",
        json={"email": "Eve@Example.com", "name": "Eve", "password": PASSWORD},
    )
    assert response.status_code == 202, response.text
    token = sign_in(signup_client, "eve@example.com")
    me = signup_client.get("/api/v1/users/me", headers=bearer(token)).json()
    assert me["role"] == "customer"
    assert me["email"] == "eve@example.com"
    assert me["name"] == "Eve"
    assert me["organization_id"] is None
    # Signing up again answers the same and changes nothing (tests/api/test_credentials.py).
    again = signup_client.post(
        "/api/v1/auth/signup",
        json={"email": "eve@example.com", "name": "Eve Again", "password": PASSWORD + "!"},
    )
    assert again.status_code == 202, again.text
    assert again.json() == response.json()
    assert user_ids(signup_client, admin, q="eve@") == [me["id"]]


def test_self_signup_cannot_choose_a_role_or_skip_checks(
    signup_client: TestClient, admin: Person
) -> None:
    for body, field in (
        ({"email": "x@example.com", "name": "X", "password": PASSWORD, "role": "admin"}, "role"),
        ({"email": "x@example.com", "name": "X", "password": PASSWORD, "active": True}, "active"),
        ({"email": "x@example.com", "name": "X", "password": "short"}, "password"),
        ({"email": "x@example.com", "name": "X"}, "password"),
        ({"email": "nope", "name": "X", "password": PASSWORD}, "email"),
    ):
        response = signup_client.post("/api/v1/auth/signup", json=body)
        assert_problem(response, 422, field=field)
    assert user_ids(signup_client, admin) == [admin.id]


# --- personal API tokens -----------------------------------------------------------------------


# The scopes every role may give a token: a read-write token of before scopes, for anyone.
EVERYDAY = ["account", "tickets:read", "tickets:write", "kb:read", "kb:write", "directory:read"]


def create_api_token(client: TestClient, person: Person, **body: Any) -> dict[str, Any]:
    response = client.post(
        "/api/v1/api-tokens", json={"name": "Integration"} | body, headers=person.headers
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def api_tokens_of(client: TestClient, person: Person) -> list[dict[str, Any]]:
    response = client.get("/api/v1/api-tokens", headers=person.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    # The list envelope; one's own tokens come whole, so there is never a next page.
    assert set(body) == {"items", "next_cursor"}, body
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


def test_api_token_secret_is_shown_once_and_listed_per_person(
    client: TestClient, world: World
) -> None:
    created = create_api_token(client, world.agent, name="Monitoring", scopes=EVERYDAY)
    assert created["token"].startswith("spp_")
    assert len(created["token"]) > 30
    assert created["name"] == "Monitoring"
    assert created["scopes"] == EVERYDAY
    assert created["revoked_at"] is None
    listed = client.get("/api/v1/api-tokens", headers=world.agent.headers)
    assert listed.status_code == 200
    assert created["token"] not in listed.text
    assert len(api_tokens_of(client, world.agent)) == 1
    item = api_tokens_of(client, world.agent)[0]
    assert "token" not in item
    assert item == {k: v for k, v in created.items() if k != "token"}
    # The token is the agent's and works as a bearer token.
    me = client.get("/api/v1/users/me", headers=bearer(created["token"]))
    assert me.json()["id"] == world.agent.id
    created = create_api_token(client, world.agent)
    assert created["scopes"] == ["tickets:read", "kb:read", "directory:read", "reports:read"]
    create_api_token(client, world.agent, name="Agent's")
    create_api_token(client, world.alice, name="Alice's")
    mine = api_tokens_of(client, world.alice)
    assert [t["name"] for t in mine] == ["Alice's"]


def test_read_only_api_token_cannot_write(client: TestClient, world: World) -> None:
    created = create_api_token(client, world.agent)  # the read scopes of the role
    read = bearer(created["token"])
    assert client.get("/api/v1/tickets", headers=read).status_code == 200
    assert client.get("/api/v1/users/me", headers=read).status_code == 200
    attempts = [
        client.post("/api/v1/tickets", json={"subject": "From a read token"}, headers=read),
        client.patch("/api/v1/users/me", json={"name": "Renamed"}, headers=read),
        client.post(
            "/api/v1/api-tokens", json={"name": "escalate", "scopes": EVERYDAY}, headers=read
        ),
        client.delete(f"/api/v1/api-tokens/{created['id']}", headers=read),
    ]
    for response in attempts:
        assert_problem(response, 403)
    assert client.get("/api/v1/tickets", headers=world.agent.headers).json()["items"] == []
    assert client.get("/api/v1/users/me", headers=world.agent.headers).json()["name"] == (
        "Andrea Agent"
    )
    listed = api_tokens_of(client, world.agent)
    assert [(t["id"], t["revoked_at"]) for t in listed] == [(created["id"], None)]


def test_read_write_api_token_opens_tickets_through_the_api_channel(
    client: TestClient, world: World
) -> None:
    created = create_api_token(client, world.alice, scopes=EVERYDAY)
    response = client.post(
        "/api/v1/tickets", json={"subject": "From my script"}, headers=bearer(created["token"])
    )
    assert response.status_code == 201, response.text
    assert response.json()["channel"] == "api"
    assert response.json()["requester"]["id"] == world.alice.id


def test_revoked_api_token_is_refused(client: TestClient, world: World) -> None:
    created = create_api_token(client, world.agent, scopes=EVERYDAY)
    token_headers = bearer(created["token"])
    assert client.get("/api/v1/users/me", headers=token_headers).status_code == 200
    response = client.delete(f"/api/v1/api-tokens/{created['id']}", headers=world.agent.headers)
    assert response.status_code == 204
    refused = client.get("/api/v1/users/me", headers=token_headers)
    assert_problem(refused, 401)
    assert refused.headers["www-authenticate"] == "Bearer"
    listed = api_tokens_of(client, world.agent)
    assert [t["id"] for t in listed] == [created["id"]]
    assert listed[0]["revoked_at"] is not None
    # Revoking twice is harmless.
    again = client.delete(f"/api/v1/api-tokens/{created['id']}", headers=world.agent.headers)
    assert again.status_code == 204


def test_only_your_own_api_tokens_can_be_revoked(client: TestClient, world: World) -> None:
    created = create_api_token(client, world.agent)
    response = client.delete(f"/api/v1/api-tokens/{created['id']}", headers=world.alice.headers)
    assert_problem(response, 404)
    missing = client.delete("/api/v1/api-tokens/999999", headers=world.alice.headers)
    assert_problem(missing, 404)
    assert client.get("/api/v1/users/me", headers=bearer(created["token"])).status_code == 200
    # The ids of session tokens are not API tokens: a 404, and the session keeps working.
    for token_id in range(1, created["id"]):
        response = client.delete(f"/api/v1/api-tokens/{token_id}", headers=world.agent.headers)
        assert_problem(response, 404)
    assert client.get("/api/v1/users/me", headers=world.agent.headers).status_code == 200


def test_api_token_expiry_is_honoured(client: TestClient, world: World, app: FastAPI) -> None:
    created = create_api_token(client, world.agent, expires_in_days=3)
    created_at = datetime.fromisoformat(created["created_at"])
    expires_at = datetime.fromisoformat(created["expires_at"])
    assert expires_at - created_at == timedelta(days=3)
    default = create_api_token(client, world.agent, name="Default lifetime")
    lifetime = datetime.fromisoformat(default["expires_at"]) - datetime.fromisoformat(
        default["created_at"]
    )
    assert lifetime == timedelta(days=365)
    headers = bearer(created["token"])
    assert client.get("/api/v1/users/me", headers=headers).status_code == 200
    # Three days and a second later (moved in the database: the clock is not ours to turn).
    with transaction(app.state.db) as session:
        session.execute(
            update(AccessToken)
            .where(AccessToken.id == created["id"])
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert_problem(client.get("/api/v1/users/me", headers=headers), 401)
    assert client.get("/api/v1/users/me", headers=bearer(default["token"])).status_code == 200


def test_invalid_api_token_requests_are_422(client: TestClient, admin: Person) -> None:
    for body, field in (
        ({"name": "x", "expires_in_days": 0}, "expires_in_days"),
        ({"name": "x", "expires_in_days": 3651}, "expires_in_days"),
        ({"name": "x", "scopes": ["sudo"]}, "scopes.0"),
        ({"name": "x", "scopes": []}, "scopes"),
        ({"name": ""}, "name"),
        ({}, "name"),
        ({"name": "x", "user_id": 1}, "user_id"),
    ):
        response = client.post("/api/v1/api-tokens", json=body, headers=admin.headers)
        assert_problem(response, 422, field=field)
    assert api_tokens_of(client, admin) == []
    assert_problem(client.get("/api/v1/api-tokens"), 401)
    assert_problem(client.post("/api/v1/api-tokens", json={"name": "x"}), 401)
