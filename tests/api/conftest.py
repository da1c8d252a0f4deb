"""The app on each database leg, a clean database per test, and people to act as."""

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
from tests.conftest import BACKENDS, fresh_database, wipe

PASSWORD = "correct horse battery"


def test_settings(database_url: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "data_dir": data_dir,
        "password_hash_fast": True,
        "login_max_attempts_per_account": 1000,
        "login_max_attempts_per_address": 100_000,
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
def admin(client: TestClient, app: FastAPI) -> Person:
    """The first administrator, made as `sportello create-admin` makes it."""
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
