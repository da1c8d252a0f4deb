"""The app on each database leg, a clean database per test, and people to act as."""

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.core.config import Settings
from api.db import migrate
from api.db.session import transaction
from api.main import create_app
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from tests.conftest import BACKENDS, Snapshot, fresh_database, wipe

PASSWORD = "correct horse battery"


def test_settings(database_url: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "data_dir": data_dir,
        "password_hash_fast": True,
        "login_max_failures_per_account": 1000,
        "login_max_failures_per_address": 100_000,
        "login_max_failures_per_account_everywhere": 100_000,
        "signup_max_per_address": 100_000,
        "max_upload_bytes": 64 * 1024,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A database of the leg's kind, built by `alembic upgrade head`."""
    for url in fresh_database(request.param, tmp_path_factory.mktemp(request.param)):
        migrate.upgrade(url)
        yield url


@pytest.fixture(scope="session")
def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    application = create_app(test_settings(database_url, tmp_path_factory.mktemp("data")))
    yield application
    application.state.db.engine.dispose()


@pytest.fixture
def client(app: FastAPI, database_url: str) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    wipe(database_url)


@dataclass
class Person:
    id: int
    email: str
    role: Role
    token: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> str:
    response = client.post("/api/v1/auth/token", data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


@pytest.fixture
def admin(client: TestClient, app: FastAPI, request: pytest.FixtureRequest) -> Person:
    """The first administrator, made as `sportello create-admin` makes it (the world's, when
    the test has a world)."""
    if "world" in request.fixturenames:
        world: World = request.getfixturevalue("world")
        return world.admin
    return _first_admin(client, app)


def _first_admin(client: TestClient, app: FastAPI) -> Person:
    settings: Settings = app.state.settings
    with transaction(app.state.db) as session:
        user = user_service.create_user(
            session,
            settings,
            UserCreate(
                email="admin@example.com", name="Ada Admin", role=Role.admin, password=PASSWORD
            ),
            actor=None,
        )
        user_id = user.id
    return Person(user_id, "admin@example.com", Role.admin, sign_in(client, "admin@example.com"))


@dataclass
class World:
    """A small help desk: two organizations, customers, agents in tiered teams, categories."""

    admin: Person
    supervisor: Person
    agent: Person  # Service Desk (tier 1)
    network_agent: Person  # Network (tier 2)
    alice: Person  # customer, Acme
    carol: Person  # customer, Acme (same organization as alice)
    bob: Person  # customer, Globex
    acme: dict[str, Any]
    globex: dict[str, Any]
    service_desk: dict[str, Any]
    network: dict[str, Any]
    telephony: dict[str, Any]
    computer: dict[str, Any]  # category with operating_system (choice) and memory_gb (integer)
    phone_line: dict[str, Any]  # category with line_number (pattern) and extension

    def open_ticket(
        self, client: TestClient, who: Person | None = None, **fields: Any
    ) -> dict[str, Any]:
        body = {"subject": "Laptop does not boot", "description": "Black screen."} | fields
        response = client.post("/api/v1/tickets", json=body, headers=(who or self.alice).headers)
        assert response.status_code == 201, response.text
        ticket: dict[str, Any] = response.json()
        return ticket


def _created(response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    body: dict[str, Any] = response.json()
    return body


def make_person(client: TestClient, admin: Person, name: str, role: Role, **fields: Any) -> Person:
    email = f"{name.lower().replace(' ', '.')}@example.com"
    body = {"email": email, "name": name, "role": role.value, "password": PASSWORD} | fields
    data = _created(client.post("/api/v1/users", json=body, headers=admin.headers))
    return Person(data["id"], email, role, sign_in(client, email), data)


@pytest.fixture(scope="session")
def built_world(app: FastAPI, database_url: str) -> tuple[World, Snapshot]:
    """The world, built through the API once per database leg, and the rows it left."""
    with TestClient(app, raise_server_exceptions=False) as client:
        world = _build_world(client, _first_admin(client, app))
    snapshot = Snapshot(database_url)
    wipe(database_url)
    return world, snapshot


@pytest.fixture
def world(client: TestClient, built_world: tuple[World, Snapshot]) -> World:
    """A small help desk, its rows put back into the test's empty database (as the API left
    them when it was built: same ids, same tokens)."""
    world, snapshot = built_world
    snapshot.restore()
    return copy.deepcopy(world)


def _build_world(client: TestClient, admin: Person) -> World:
    h = admin.headers
    acme = _created(client.post("/api/v1/organizations", json={"name": "Acme"}, headers=h))
    globex = _created(client.post("/api/v1/organizations", json={"name": "Globex"}, headers=h))
    dept = _created(
        client.post(
            f"/api/v1/organizations/{acme['id']}/departments",
            json={"name": "Accounting"},
            headers=h,
        )
    )
    site = _created(
        client.post(
            f"/api/v1/organizations/{acme['id']}/locations",
            json={"name": "Head office", "address": "Via Roma 1"},
            headers=h,
        )
    )
    acme = _created(client.get(f"/api/v1/organizations/{acme['id']}", headers=h))
    teams = {
        name: _created(client.post("/api/v1/teams", json={"name": name, "tier": tier}, headers=h))
        for name, tier in (("Service Desk", 1), ("Network", 2), ("Telephony", 2))
    }
    supervisor = make_person(client, admin, "Sam Supervisor", Role.supervisor)
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    network_agent = make_person(client, admin, "Nico Network", Role.agent)
    for team, person in (
        ("Service Desk", agent),
        ("Service Desk", supervisor),
        ("Network", network_agent),
    ):
        _created(client.put(f"/api/v1/teams/{teams[team]['id']}/members/{person.id}", headers=h))
    alice = make_person(
        client,
        admin,
        "Alice Customer",
        Role.customer,
        organization_id=acme["id"],
        department_id=dept["id"],
        location_id=site["id"],
    )
    carol = make_person(client, admin, "Carol Customer", Role.customer, organization_id=acme["id"])
    bob = make_person(client, admin, "Bob Customer", Role.customer, organization_id=globex["id"])
    computer = _created(
        client.post(
            "/api/v1/categories",
            json={
                "name": "Computer problem",
                "fields": [
                    {
                        "key": "operating_system",
                        "label": "Operating system",
                        "type": "choice",
                        "choices": ["Windows 11", "macOS", "Linux"],
                        "required": True,
                    },
                    {"key": "memory_gb", "label": "Memory (GB)", "type": "integer"},
                ],
            },
            headers=h,
        )
    )
    phone_line = _created(
        client.post(
            "/api/v1/categories",
            json={
                "name": "Telephony",
                "fields": [
                    {
                        "key": "line_number",
                        "label": "Line number",
                        "type": "text",
                        "pattern": r"\+?[0-9 ]{6,20}",
                        "required": True,
                    },
                    {"key": "extension", "label": "Extension", "type": "text"},
                ],
            },
            headers=h,
        )
    )
    return World(
        admin=admin,
        supervisor=supervisor,
        agent=agent,
        network_agent=network_agent,
        alice=alice,
        carol=carol,
        bob=bob,
        acme=acme,
        globex=globex,
        service_desk=teams["Service Desk"],
        network=teams["Network"],
        telephony=teams["Telephony"],
        computer=computer,
        phone_line=phone_line,
    )
