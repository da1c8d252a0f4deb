"""Scoped API tokens through HTTP: each route needs its scope, and a token never outgrows its
owner's role. Runs on SQLite and PostgreSQL."""

from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.testclient import TestClient
from sqlalchemy import update

from api.auth.deps import oauth2_scheme
from api.auth.models import AccessToken
from api.auth.scopes import Scope, UnmappedRoute, required_scope
from api.auth.scoping import api_routes
from api.db.session import transaction
from api.user.roles import Role
from tests.api.conftest import Person, make_person
from tests.api.kb import write_article
from tests.api.test_people import EVERYDAY, assert_problem, bearer, create_api_token

TOKENS = "/api/v1/api-tokens"


def token_with(client: TestClient, person: Person, *scopes: str) -> dict[str, str]:
    return bearer(create_api_token(client, person, scopes=list(scopes))["token"])


def assert_role_refuses(response: Any) -> None:
    """A scope the role can never hold is left to the role's policy: a plain 403 (404 for an
    object), never a hint of which scope would open it."""
    body = assert_problem(response, 403)
    assert body["type"] != "https://sportello.dev/problems/insufficient-scope"
    assert "www-authenticate" not in response.headers


def assert_lacks(response: Any, scope: str) -> None:
    body = assert_problem(response, 403)
    assert body["type"] == "https://sportello.dev/problems/insufficient-scope"
    assert scope in body["detail"]
    assert response.headers["www-authenticate"] == (
        f'Bearer error="insufficient_scope", scope="{scope}"'
    )


def test_a_tickets_read_token_lists_but_cannot_open(client: TestClient, admin: Person) -> None:
    alice = make_person(client, admin, "Alice Customer", Role.customer)
    opened = client.post("/api/v1/tickets", json={"subject": "Printer"}, headers=alice.headers)
    assert opened.status_code == 201, opened.text
    number = opened.json()["number"]
    reader = token_with(client, alice, "tickets:read")

    listed = client.get("/api/v1/tickets", headers=reader)
    assert listed.status_code == 200
    assert [t["number"] for t in listed.json()["items"]] == [number]
    assert client.get(f"/api/v1/tickets/{number}", headers=reader).status_code == 200

    assert_lacks(
        client.post("/api/v1/tickets", json={"subject": "x"}, headers=reader), "tickets:write"
    )
    comment = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": "From a reader"}, headers=reader
    )
    assert_lacks(comment, "tickets:write")
    # Scope is checked before the object: a ticket that does not exist answers the same 403.
    assert_lacks(
        client.post("/api/v1/tickets/999999/comments", json={"body": "x"}, headers=reader),
        "tickets:write",
    )
    # Nothing was written, and other families are closed to it too.
    assert client.get("/api/v1/tickets", headers=alice.headers).json()["items"][0]["number"] == (
        number
    )
    comments = client.get(f"/api/v1/tickets/{number}/comments", headers=alice.headers)
    assert comments.json()["items"] == []
    assert_lacks(client.get("/api/v1/articles", headers=reader), "kb:read")
    assert_lacks(client.get(TOKENS, headers=reader), "account")
    # Who am I needs no scope.
    assert client.get("/api/v1/users/me", headers=reader).json()["id"] == alice.id


def test_articles_need_kb_write(client: TestClient, admin: Person) -> None:
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    article = {"title": "Reset a password", "body": "Open the portal.", "language": "en"}
    tickets_only = token_with(client, agent, "tickets:read", "tickets:write", "kb:read")
    assert_lacks(client.post("/api/v1/articles", json=article, headers=tickets_only), "kb:write")
    assert client.get("/api/v1/articles", headers=tickets_only).json()["items"] == []

    writer = token_with(client, agent, "kb:write")
    created = client.post("/api/v1/articles", json=article, headers=writer)
    assert created.status_code == 201, created.text
    # kb:write does not read: each family's read and write are separate scopes.
    assert_lacks(client.get(f"/api/v1/articles/{created.json()['id']}", headers=writer), "kb:read")
    assert_lacks(
        client.post("/api/v1/tickets", json={"subject": "x"}, headers=writer), "tickets:write"
    )


def test_admin_routes_need_the_admin_scope_even_for_an_admin(
    client: TestClient, admin: Person
) -> None:
    alice = make_person(client, admin, "Alice Customer", Role.customer)
    everyday = token_with(client, admin, *EVERYDAY, "directory:write", "reports:read")
    assert_lacks(client.get("/api/v1/jobs", headers=everyday), "admin")
    assert_lacks(client.get(f"/api/v1/users/{alice.id}/api-tokens", headers=everyday), "admin")
    # The admin's session holds every scope of the role.
    assert client.get("/api/v1/jobs", headers=admin.headers).status_code == 200

    full = token_with(client, admin, "admin")
    assert client.get("/api/v1/jobs", headers=full).status_code == 200
    listed = client.get(f"/api/v1/users/{alice.id}/api-tokens", headers=full)
    assert listed.status_code == 200
    # The scope opens the route, not the role: a customer's token cannot hold it at all.
    assert_problem(
        client.post(TOKENS, json={"name": "x", "scopes": ["admin"]}, headers=alice.headers),
        422,
        field="scopes",
    )


def test_scopes_beyond_the_role_are_refused_at_creation(client: TestClient, admin: Person) -> None:
    alice = make_person(client, admin, "Alice Customer", Role.customer)
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    for person, scopes, beyond in (
        (alice, ["tickets:read", "admin"], "admin"),
        (alice, ["reports:read"], "reports:read"),
        (alice, ["directory:write"], "directory:write"),
        (agent, ["tickets:write", "admin"], "admin"),
    ):
        response = client.post(
            TOKENS, json={"name": "Too much", "scopes": scopes}, headers=person.headers
        )
        body = assert_problem(response, 422, field="scopes")
        assert beyond in body["detail"]
    assert client.get(TOKENS, headers=alice.headers).json()["items"] == []

    # What the screen offers: exactly the role's scopes, in catalog order.
    offered = client.get(f"{TOKENS}/scopes", headers=alice.headers).json()["items"]
    assert [s["scope"] for s in offered] == EVERYDAY
    assert all(s["description"] for s in offered)
    offered = client.get(f"{TOKENS}/scopes", headers=admin.headers).json()["items"]
    assert [s["scope"] for s in offered][-1] == "admin"


def test_a_token_cannot_mint_a_wider_one(client: TestClient, admin: Person) -> None:
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    narrow = token_with(client, agent, "account", "tickets:read")
    response = client.post(
        TOKENS, json={"name": "Wider", "scopes": ["account", "tickets:write"]}, headers=narrow
    )
    body = assert_problem(response, 422, field="scopes")
    assert "tickets:write" in body["detail"]
    offered = client.get(f"{TOKENS}/scopes", headers=narrow).json()["items"]
    assert [s["scope"] for s in offered] == ["account", "tickets:read"]
    same = client.post(TOKENS, json={"name": "Same", "scopes": ["tickets:read"]}, headers=narrow)
    assert same.status_code == 201, same.text
    assert same.json()["scopes"] == ["tickets:read"]


def test_scopes_are_listed_in_catalog_order(client: TestClient, admin: Person) -> None:
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    created = create_api_token(
        client, agent, scopes=["reports:read", "tickets:write", "tickets:read", "tickets:read"]
    )
    assert created["scopes"] == ["tickets:read", "tickets:write", "reports:read"]
    [listed] = client.get(TOKENS, headers=agent.headers).json()["items"]
    assert listed["scopes"] == created["scopes"]


def test_a_demoted_owner_s_token_loses_what_the_new_role_lacks(
    client: TestClient, admin: Person, app: FastAPI
) -> None:
    boss = make_person(client, admin, "Bea Boss", Role.admin)
    token = token_with(client, boss, "admin", "tickets:read")
    assert client.get("/api/v1/jobs", headers=token).status_code == 200
    demoted = client.patch(
        f"/api/v1/users/{boss.id}", json={"role": "agent"}, headers=admin.headers
    )
    assert demoted.status_code == 200, demoted.text
    assert_role_refuses(client.get("/api/v1/jobs", headers=token))
    assert client.get("/api/v1/tickets", headers=token).status_code == 200
    # A scope stored that the catalog no longer knows is simply not held.
    with transaction(app.state.db) as session:
        session.execute(update(AccessToken).values(scopes=["tickets:read", "retired:scope"]))
    assert client.get("/api/v1/tickets", headers=token).status_code == 200


def test_sessions_hold_their_role_s_scopes(client: TestClient, admin: Person) -> None:
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    written = write_article(client, agent, title="From a session")
    assert written["title"] == "From a session"
    assert client.get("/api/v1/deflections/report", headers=agent.headers).status_code == 200
    assert_role_refuses(client.get("/api/v1/jobs", headers=agent.headers))


def takes_token(dependant: Dependant) -> bool:
    return dependant.call is oauth2_scheme or any(map(takes_token, dependant.dependencies))


def test_the_scope_of_each_route_is_read_off_the_path_the_app_serves_it_at(app: FastAPI) -> None:
    """The table a request's scope is looked up in is built from the routers, not from the
    app's route contexts: it must name every API route with the same template and override."""
    contexts = {id(route): (path, override) for route, path, override in api_routes(app.routes)}
    api_only = {key: entry for key, entry in contexts.items() if entry[0].startswith("/api/")}
    assert app.state.route_scopes == api_only
    assert len(api_only) > 150


def test_every_route_maps_to_a_scope(app: FastAPI) -> None:
    """Fails for a new route no rule covers: add a rule to api/auth/scopes.py RULES (or
    `openapi_extra=requires(...)` on the route). Until then it needs `admin`."""
    unmapped, outside = [], []
    for route, path, override in api_routes(app.routes):
        if not path.startswith("/api/"):
            if takes_token(route.dependant):
                outside.append(path)
            continue
        for method in sorted(route.methods):
            try:
                required_scope(method, path, override)
            except UnmappedRoute:
                unmapped.append(f"{method} {path}")
    assert unmapped == []
    assert outside == []


def test_the_contract_names_each_operation_s_scope(client: TestClient) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    flow = schema["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]["password"]
    assert list(flow["scopes"]) == [s.value for s in Scope]
    seen = set()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if "security" not in operation:
                continue
            [requirement] = operation["security"]
            needed = required_scope(method, path)
            assert requirement == {"OAuth2PasswordBearer": [needed.value] if needed else []}
            if needed is not None:
                seen.add(needed)
                assert "403" in operation["responses"], (method, path)
                assert f"`{needed.value}`" in operation["description"]
    assert seen == set(Scope)
    create = schema["paths"]["/api/v1/tickets"]["post"]
    assert create["security"] == [{"OAuth2PasswordBearer": ["tickets:write"]}]


def test_accounts_of_staff_and_changes_to_accounts_need_admin(
    client: TestClient, admin: Person
) -> None:
    alice = make_person(client, admin, "Alice Customer", Role.customer)
    directory = token_with(client, admin, "directory:read", "directory:write")
    # A directory token cannot take an account over, nor make itself a colleague.
    reset = client.patch(
        f"/api/v1/users/{alice.id}", json={"password": "taken over now"}, headers=directory
    )
    assert_lacks(reset, "admin")
    staff = {"email": "mallory@example.com", "name": "Mallory", "role": "admin"}
    assert_lacks(client.post("/api/v1/users", json=staff, headers=directory), "admin")
    contact = {"email": "caller@example.com", "name": "A caller", "role": "customer"}
    created = client.post("/api/v1/users", json=contact, headers=directory)
    assert created.status_code == 201, created.text
    emails = [u["email"] for u in client.get("/api/v1/users", headers=directory).json()["items"]]
    assert "mallory@example.com" not in emails
    # With admin as well, the same requests go through.
    full = token_with(client, admin, "directory:write", "admin")
    assert client.post("/api/v1/users", json=staff, headers=full).status_code == 201
    reset = client.patch(
        f"/api/v1/users/{alice.id}", json={"password": "a fresh passphrase"}, headers=full
    )
    assert reset.status_code == 200, reset.text
