"""Sign-in throttling per account and per address, under parallel attempts and several workers."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.db.session import transaction
from api.main import create_app
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from tests.api.conftest import PASSWORD
from tests.api.conftest import test_settings as settings_for
from tests.conftest import wipe

TOKEN_URL = "/api/v1/auth/token"
WRONG = "not the password at all"
# The console script of the interpreter running the tests (the repo's own virtualenv).
SPORTELLO = Path(sys.executable).parent / "sportello"

AppFactory = Callable[..., FastAPI]


@pytest.fixture
def throttled_app(database_url: str, tmp_path: Path) -> Iterator[AppFactory]:
    """Build apps with their own throttle limits on the leg's database; wipe it afterwards."""
    built: list[FastAPI] = []

    def build(**limits: Any) -> FastAPI:
        application = create_app(settings_for(database_url, tmp_path / "data", **limits))
        built.append(application)
        return application

    yield build
    for application in built:
        application.state.db.engine.dispose()
    wipe(database_url)


def add_user(app: FastAPI, email: str, role: Role = Role.customer) -> None:
    with transaction(app.state.db) as session:
        user_service.create_user(
            session,
            app.state.settings,
            UserCreate(email=email, name=email.split("@")[0], role=role, password=PASSWORD),
            actor=None,
        )


def attempt(client: TestClient | httpx.Client, email: str, password: str) -> httpx.Response:
    return client.post(TOKEN_URL, data={"username": email, "password": password})


def assert_throttled(response: httpx.Response, limit: int, window: int = 300) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 429
    assert body["title"]
    assert "access_token" not in response.text
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= window
    assert response.headers["RateLimit-Limit"] == str(limit)
    assert response.headers["RateLimit-Remaining"] == "0"
    reset = int(response.headers["RateLimit-Reset"])
    assert 1 <= reset <= window


def test_account_is_throttled_after_the_limit_even_with_the_right_password(
    throttled_app: AppFactory,
) -> None:
    app = throttled_app(login_max_attempts_per_account=3, login_max_attempts_per_address=1000)
    add_user(app, "dora@example.com")
    add_user(app, "ezra@example.com")
    client = TestClient(app, raise_server_exceptions=False)

    for _ in range(3):
        wrong = attempt(client, "dora@example.com", WRONG)
        assert wrong.status_code == 401, wrong.text
        assert wrong.headers["WWW-Authenticate"] == "Bearer"
    right = attempt(client, "dora@example.com", PASSWORD)
    assert_throttled(right, limit=3)
    # The email is the account whatever its case or padding.
    assert_throttled(attempt(client, "  DORA@Example.com ", PASSWORD), limit=3)
    # Another address does not help: the limit is the account's.
    elsewhere = TestClient(app, raise_server_exceptions=False, client=("203.0.113.9", 40000))
    assert_throttled(attempt(elsewhere, "dora@example.com", PASSWORD), limit=3)
    # Another account from the same address is not affected.
    assert attempt(client, "ezra@example.com", PASSWORD).status_code == 200
    # An unknown account is counted the same way (no hint which accounts exist).
    for _ in range(3):
        assert attempt(client, "nobody@example.com", WRONG).status_code == 401
    assert_throttled(attempt(client, "nobody@example.com", WRONG), limit=3)


def test_address_is_throttled_independently_of_the_account(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_attempts_per_account=1000, login_max_attempts_per_address=4)
    for name in ("fay", "gus", "hal", "ivy", "jon"):
        add_user(app, f"{name}@example.com")
    spray = TestClient(app, raise_server_exceptions=False, client=("198.51.100.7", 50000))
    # Password spraying: one try per account, from one address.
    for name in ("fay", "gus", "hal", "ivy"):
        assert attempt(spray, f"{name}@example.com", WRONG).status_code == 401
    assert_throttled(attempt(spray, "jon@example.com", PASSWORD), limit=4)
    assert_throttled(attempt(spray, "fay@example.com", PASSWORD), limit=4)
    # The accounts themselves are fine from another address.
    office = TestClient(app, raise_server_exceptions=False, client=("192.0.2.20", 50000))
    for name in ("fay", "jon"):
        response = attempt(office, f"{name}@example.com", PASSWORD)
        assert response.status_code == 200, response.text
        assert response.json()["access_token"]


def test_a_successful_sign_in_resets_the_account_counter(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_attempts_per_account=3, login_max_attempts_per_address=1000)
    add_user(app, "kim@example.com")
    client = TestClient(app, raise_server_exceptions=False)

    for _ in range(2):
        assert attempt(client, "kim@example.com", WRONG).status_code == 401
    assert attempt(client, "kim@example.com", PASSWORD).status_code == 200
    # The count starts again: three more wrong tries are answered, the fourth is throttled.
    for _ in range(3):
        assert attempt(client, "kim@example.com", WRONG).status_code == 401
    assert_throttled(attempt(client, "kim@example.com", PASSWORD), limit=3)


def test_parallel_attempts_cannot_exceed_the_limit(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_attempts_per_account=5, login_max_attempts_per_address=1000)
    add_user(app, "lea@example.com")
    client = TestClient(app, raise_server_exceptions=False)

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda _: attempt(client, "lea@example.com", WRONG), range(20)))

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [401] * 5 + [429] * 15, [r.text for r in responses if r.status_code >= 500]
    for response in responses:
        if response.status_code == 429:
            assert_throttled(response, limit=5)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _children(pid: int) -> list[str]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return path.read_text().split() if path.exists() else []


@pytest.mark.slow
def test_the_limit_holds_across_several_workers(
    throttled_app: AppFactory, database_url: str, tmp_path: Path
) -> None:
    setup = throttled_app()
    add_user(setup, "max@example.com")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPORTELLO_")}
    env |= {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "server"),
        "SPORTELLO_LOGIN_MAX_ATTEMPTS_PER_ACCOUNT": "5",
        "SPORTELLO_LOGIN_MAX_ATTEMPTS_PER_ADDRESS": "1000",
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
    }
    command = [str(SPORTELLO), "serve", "--host", "127.0.0.1", "--port", str(port)]
    log_path = tmp_path / "server.log"
    log = log_path.open("wb")
    server = subprocess.Popen(
        [*command, "--workers", "2"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, log_path.read_text()
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.1)
        assert len(_children(server.pid)) >= 2, "uvicorn did not start two workers"

        def wrong(_: int) -> httpx.Response:
            with httpx.Client(base_url=base, timeout=30) as http:
                return attempt(http, "max@example.com", WRONG)

        with ThreadPoolExecutor(max_workers=30) as pool:
            responses = list(pool.map(wrong, range(30)))

        statuses = [r.status_code for r in responses]
        assert statuses.count(401) == 5, statuses
        assert statuses.count(429) == 25, statuses
        for response in responses:
            if response.status_code == 429:
                assert_throttled(response, limit=5)
        # The right password is refused too until the window passes.
        with httpx.Client(base_url=base, timeout=30) as http:
            assert_throttled(attempt(http, "max@example.com", PASSWORD), limit=5)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=5)
        log.close()
