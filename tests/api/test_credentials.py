"""Credentials that can be taken back: password changes, deactivation, admins revoking API
tokens, the API token lifetime cap, neutral throttled sign-up, and trusted proxies."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from api.auth.models import AccessToken
from api.db.session import transaction
from api.main import create_app
from tests.api.conftest import PASSWORD, Person, World, sign_in
from tests.api.conftest import test_settings as app_settings
from tests.api.test_people import (
    EVERYDAY,
    api_tokens_of,
    assert_problem,
    bearer,
    create_api_token,
)
from tests.api.test_throttle import assert_throttled
from tests.server import serving

NEW_PASSWORD = "a much better passphrase"


def me(client: TestClient, headers: dict[str, str]) -> int:
    return client.get("/api/v1/users/me", headers=headers).status_code


def change_own_password(client: TestClient, headers: dict[str, str], **body: Any) -> httpx.Response:
    return client.patch("/api/v1/users/me", json=body, headers=headers)


def tokens_of_user(client: TestClient, admin: Person, user_id: int) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/users/{user_id}/api-tokens", headers=admin.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


@pytest.fixture
def app_with(client: TestClient, database_url: str, tmp_path: Path) -> Iterator[Any]:
    """Second apps on the same database with other settings (the `client` fixture wipes it)."""
    built: list[FastAPI] = []

    def build(**settings: Any) -> TestClient:
        application = create_app(app_settings(database_url, tmp_path, **settings))
        built.append(application)
        return TestClient(application, raise_server_exceptions=False)

    yield build
    for application in built:
        application.state.db.engine.dispose()


# --- changing one's own password -------------------------------------------------------------


def test_changing_your_password_needs_the_current_one(client: TestClient, world: World) -> None:
    alice = world.alice
    other_session = bearer(sign_in(client, alice.email))
    for body, message in (
        ({"password": NEW_PASSWORD}, "is required to change the password"),
        ({"password": NEW_PASSWORD, "current_password": "not my password"}, "is not your"),
        ({"password": NEW_PASSWORD, "current_password": None}, "must not be null"),
        ({"current_password": PASSWORD, "name": "Alice"}, "only sent with a new password"),
    ):
        problem = assert_problem(
            change_own_password(client, alice.headers, **body), 422, "current_password"
        )
        assert message in problem["errors"][0]["message"]
    # Nothing changed: the old password signs in, every session still works.
    assert sign_in(client, alice.email)
    assert me(client, alice.headers) == me(client, other_session) == 200
    assert client.get("/api/v1/users/me", headers=alice.headers).json()["name"] == (
        "Alice Customer"
    )


def test_changing_your_password_ends_every_other_session_and_token(
    client: TestClient, world: World
) -> None:
    alice = world.alice
    laptop = bearer(sign_in(client, alice.email))
    script = create_api_token(client, alice, scopes=EVERYDAY)
    bob_session = world.bob.headers

    response = change_own_password(
        client, alice.headers, password=NEW_PASSWORD, current_password=PASSWORD
    )
    assert response.status_code == 200, response.text
    # The session that made the change goes on; the others are over.
    assert me(client, alice.headers) == 200
    assert_problem(client.get("/api/v1/users/me", headers=laptop), 401)
    assert_problem(client.get("/api/v1/users/me", headers=bearer(script["token"])), 401)
    [listed] = api_tokens_of(client, alice)
    assert listed["id"] == script["id"]
    assert listed["revoked_at"] is not None
    # Someone else's session is not touched; the new password signs in, the old does not.
    assert me(client, bob_session) == 200
    assert_problem(
        client.post("/api/v1/auth/token", data={"username": alice.email, "password": PASSWORD}),
        401,
    )
    fresh = bearer(sign_in(client, alice.email, NEW_PASSWORD))
    assert me(client, fresh) == 200
    assert me(client, alice.headers) == 200


def test_a_password_change_made_with_an_api_token_keeps_that_token(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    script = create_api_token(client, agent, scopes=EVERYDAY)
    script_headers = bearer(script["token"])
    response = change_own_password(
        client, script_headers, password=NEW_PASSWORD, current_password=PASSWORD
    )
    assert response.status_code == 200, response.text
    assert me(client, script_headers) == 200
    assert_problem(client.get("/api/v1/users/me", headers=agent.headers), 401)
    [listed] = api_tokens_of(client, replace(agent, token=script["token"]))
    assert listed["revoked_at"] is None


def test_a_token_issued_before_the_change_is_dead_even_if_not_revoked(
    client: TestClient, world: World, app: FastAPI
) -> None:
    """A sign-in racing the change could commit a token the revocation did not see."""
    alice = world.alice
    racing = create_api_token(client, alice, scopes=EVERYDAY)
    assert (
        change_own_password(
            client, alice.headers, password=NEW_PASSWORD, current_password=PASSWORD
        ).status_code
        == 200
    )
    with transaction(app.state.db) as session:
        session.execute(
            update(AccessToken).where(AccessToken.id == racing["id"]).values(revoked_at=None)
        )
    assert_problem(client.get("/api/v1/users/me", headers=bearer(racing["token"])), 401)
    assert me(client, alice.headers) == 200


def test_guessing_the_current_password_is_throttled_like_signing_in(
    app_with: Any, world: World
) -> None:
    desk = app_with(login_max_failures_per_account=3)
    alice = world.alice
    for _ in range(3):
        response = change_own_password(
            desk, alice.headers, password=NEW_PASSWORD, current_password="a guess at it"
        )
        assert_problem(response, 422, "current_password")
    # The failures were kept although each request was refused: the right one now waits too.
    refused = change_own_password(
        desk, alice.headers, password=NEW_PASSWORD, current_password=PASSWORD
    )
    assert_throttled(refused, limit=3)
    assert_throttled(
        desk.post("/api/v1/auth/token", data={"username": alice.email, "password": PASSWORD}),
        limit=3,
    )
    assert me(desk, alice.headers) == 200
    # Nothing else was kept: the password is the old one (from another address).
    elsewhere = TestClient(desk.app, raise_server_exceptions=False, client=("192.0.2.9", 1))
    assert me(elsewhere, bearer(sign_in(elsewhere, alice.email))) == 200


# --- an admin changing a password, deactivating ----------------------------------------------


def test_an_admin_setting_a_password_ends_every_session_and_token_of_that_person(
    client: TestClient, world: World
) -> None:
    alice, admin = world.alice, world.admin
    laptop = bearer(sign_in(client, alice.email))
    script = create_api_token(client, alice, scopes=EVERYDAY)
    response = client.patch(
        f"/api/v1/users/{alice.id}", json={"password": NEW_PASSWORD}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    for headers in (alice.headers, laptop, bearer(script["token"])):
        assert_problem(client.get("/api/v1/users/me", headers=headers), 401)
    assert me(client, admin.headers) == 200
    assert me(client, world.bob.headers) == 200
    [listed] = tokens_of_user(client, admin, alice.id)
    assert listed["revoked_at"] is not None
    assert me(client, bearer(sign_in(client, alice.email, NEW_PASSWORD))) == 200


def test_an_admin_changes_their_own_password_only_with_the_current_one(
    client: TestClient, admin: Person
) -> None:
    response = client.patch(
        f"/api/v1/users/{admin.id}", json={"password": NEW_PASSWORD}, headers=admin.headers
    )
    assert_problem(response, 422, "password")
    assert sign_in(client, admin.email)
    response = change_own_password(
        client, admin.headers, password=NEW_PASSWORD, current_password=PASSWORD
    )
    assert response.status_code == 200, response.text
    assert me(client, admin.headers) == 200


def test_deactivation_ends_sessions_and_tokens_for_good(client: TestClient, world: World) -> None:
    alice, admin = world.alice, world.admin
    script = create_api_token(client, alice, scopes=EVERYDAY)
    patch = f"/api/v1/users/{alice.id}"
    assert client.patch(patch, json={"active": False}, headers=admin.headers).status_code == 200
    assert client.patch(patch, json={"active": True}, headers=admin.headers).status_code == 200
    for headers in (alice.headers, bearer(script["token"])):
        assert_problem(client.get("/api/v1/users/me", headers=headers), 401)
    [listed] = tokens_of_user(client, admin, alice.id)
    assert listed["revoked_at"] is not None
    # Signing in again works; other changes of the account end nothing.
    fresh = bearer(sign_in(client, alice.email))
    assert client.patch(patch, json={"name": "Alice R."}, headers=admin.headers).status_code == 200
    assert client.patch(patch, json={"active": True}, headers=admin.headers).status_code == 200
    assert me(client, fresh) == 200


# --- admins and other people's API tokens ----------------------------------------------------


def test_admins_list_and_revoke_anyones_api_tokens(client: TestClient, world: World) -> None:
    admin, agent = world.admin, world.agent
    first = create_api_token(client, agent, name="Monitoring")
    second = create_api_token(client, agent, name="Backup", scopes=EVERYDAY)
    create_api_token(client, world.alice, name="Alice's")
    listed = tokens_of_user(client, admin, agent.id)
    assert [t["name"] for t in listed] == ["Monitoring", "Backup"]
    assert all("token" not in t for t in listed)
    assert first["token"] not in str(listed)

    response = client.delete(
        f"/api/v1/users/{agent.id}/api-tokens/{second['id']}", headers=admin.headers
    )
    assert response.status_code == 204
    assert_problem(client.get("/api/v1/users/me", headers=bearer(second["token"])), 401)
    assert me(client, bearer(first["token"])) == 200
    assert me(client, agent.headers) == 200
    assert [t["revoked_at"] is not None for t in tokens_of_user(client, admin, agent.id)] == [
        False,
        True,
    ]
    # Again is harmless; a token of someone else, a session or nothing at all is a 404.
    again = client.delete(
        f"/api/v1/users/{agent.id}/api-tokens/{second['id']}", headers=admin.headers
    )
    assert again.status_code == 204
    for path in (
        f"/api/v1/users/{world.alice.id}/api-tokens/{first['id']}",
        f"/api/v1/users/{agent.id}/api-tokens/1",
        f"/api/v1/users/{agent.id}/api-tokens/999999",
        f"/api/v1/users/{agent.id}/api-tokens/{2**40}",
        f"/api/v1/users/999999/api-tokens/{first['id']}",
    ):
        assert_problem(client.delete(path, headers=admin.headers), 404)
    assert_problem(client.get("/api/v1/users/999999/api-tokens", headers=admin.headers), 404)
    assert me(client, bearer(first["token"])) == 200


def test_only_admins_see_or_revoke_other_peoples_api_tokens(
    client: TestClient, world: World
) -> None:
    token = create_api_token(client, world.agent)
    for person in (world.supervisor, world.agent, world.alice):
        path = f"/api/v1/users/{world.agent.id}/api-tokens"
        assert_problem(client.get(path, headers=person.headers), 403)
        assert_problem(client.delete(f"{path}/{token['id']}", headers=person.headers), 403)
    assert_problem(client.get(f"/api/v1/users/{world.agent.id}/api-tokens"), 401)
    assert me(client, bearer(token["token"])) == 200


# --- API token lifetime ----------------------------------------------------------------------


def lifetime(token: dict[str, Any]) -> timedelta:
    return datetime.fromisoformat(token["expires_at"]) - datetime.fromisoformat(token["created_at"])


def test_api_tokens_live_at_most_the_configured_maximum(client: TestClient, admin: Person) -> None:
    assert lifetime(create_api_token(client, admin, expires_in_days=365)) == timedelta(days=365)
    response = client.post(
        "/api/v1/api-tokens",
        json={"name": "Forever", "expires_in_days": 366},
        headers=admin.headers,
    )
    problem = assert_problem(response, 422, "expires_in_days")
    assert "365" in problem["errors"][0]["message"]
    assert len(api_tokens_of(client, admin)) == 1


def test_a_lower_maximum_caps_the_default_lifetime_too(app_with: Any, admin: Person) -> None:
    short = app_with(api_token_max_days=30)
    created = short.post("/api/v1/api-tokens", json={"name": "Default"}, headers=admin.headers)
    assert created.status_code == 201, created.text
    assert lifetime(created.json()) == timedelta(days=30)
    response = short.post(
        "/api/v1/api-tokens", json={"name": "Long", "expires_in_days": 31}, headers=admin.headers
    )
    assert_problem(response, 422, "expires_in_days")


# --- self sign-up ------------------------------------------------------------------------------


def sign_up(client: TestClient, email: str, name: str = "Eve", password: str = PASSWORD) -> Any:
    return client.post(
        "/api/v1/auth/signup", json={"email": email, "name": name, "password": password}
    )


def test_sign_up_answers_the_same_whether_or_not_the_email_has_an_account(
    app_with: Any, world: World
) -> None:
    open_desk = app_with(allow_self_signup=True)
    new = sign_up(open_desk, "newcomer@example.com")
    taken = sign_up(open_desk, "ALICE.customer@example.com", name="Mallory", password="x" * 12)
    assert new.status_code == taken.status_code == 202
    assert new.json() == taken.json()
    assert new.headers["content-type"] == taken.headers["content-type"]
    # The existing account is untouched: same name, same password, sessions alive.
    assert me(open_desk, world.alice.headers) == 200
    alice = open_desk.get("/api/v1/users/me", headers=world.alice.headers).json()
    assert alice["name"] == "Alice Customer"
    assert sign_in(open_desk, world.alice.email)
    assert_problem(
        open_desk.post(
            "/api/v1/auth/token", data={"username": world.alice.email, "password": "x" * 12}
        ),
        401,
    )
    assert me(open_desk, bearer(sign_in(open_desk, "newcomer@example.com"))) == 200


def test_sign_up_is_throttled_per_address(app_with: Any, admin: Person) -> None:
    open_desk = app_with(allow_self_signup=True, signup_max_per_address=3)
    for n in range(3):
        assert sign_up(open_desk, f"eve{n}@example.com").status_code == 202
    assert_throttled(sign_up(open_desk, "eve9@example.com"), limit=3)
    assert_throttled(sign_up(open_desk, "alice.customer@example.com"), limit=3)
    elsewhere = TestClient(open_desk.app, raise_server_exceptions=False, client=("192.0.2.9", 1))
    assert sign_up(elsewhere, "eve10@example.com").status_code == 202
    # The throttled one was not created.
    assert_problem(
        open_desk.post(
            "/api/v1/auth/token", data={"username": "eve9@example.com", "password": PASSWORD}
        ),
        401,
    )


# --- behind a reverse proxy --------------------------------------------------------------------


@pytest.mark.slow
def test_forwarded_addresses_count_only_from_trusted_proxies(
    client: TestClient, admin: Person, database_url: str, tmp_path: Path
) -> None:
    settings = {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "server"),
        "SPORTELLO_LOGIN_MAX_FAILURES_PER_ADDRESS": "3",
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
    }

    def wrong(http: httpx.Client, n: int, forwarded_for: str) -> httpx.Response:
        return http.post(
            "/api/v1/auth/token",
            data={"username": f"guess{n}@example.com", "password": "wrong password"},
            headers={"X-Forwarded-For": forwarded_for},
        )

    # Nobody trusted: whatever X-Forwarded-For says, the address is the real peer.
    with serving(settings, tmp_path) as server, httpx.Client(base_url=server.base_url) as http:
        for n in range(3):
            assert wrong(http, n, f"203.0.113.{n}").status_code == 401
        assert_throttled(wrong(http, 3, "203.0.113.99"), limit=3)
    # The proxy on 127.0.0.1 trusted: each forwarded client is counted on its own.
    trusted = settings | {"SPORTELLO_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8"}
    with serving(trusted, tmp_path) as server, httpx.Client(base_url=server.base_url) as http:
        for n in range(6):
            assert wrong(http, n, f"203.0.113.{n}").status_code == 401
        for n in range(3):
            assert wrong(http, n, "198.51.100.1").status_code == 401
        assert_throttled(wrong(http, 9, "198.51.100.1"), limit=3)
        assert wrong(http, 9, "198.51.100.2").status_code == 401
