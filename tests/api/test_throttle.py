"""Sign-in throttling: failures count, per account from one address, per address and per account
everywhere; successes do not; under parallel attempts and several workers."""

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.auth.models import ThrottleBucket
from api.db.session import transaction
from api.main import create_app
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from tests.api.conftest import PASSWORD
from tests.api.conftest import test_settings as settings_for
from tests.conftest import wipe
from tests.server import children, serving

TOKEN_URL = "/api/v1/auth/token"
WRONG = "not the password at all"

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


def from_address(app: FastAPI, address: str) -> TestClient:
    return TestClient(app, raise_server_exceptions=False, client=(address, 40000))


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


def test_guessing_one_account_is_throttled_even_with_the_right_password(
    throttled_app: AppFactory,
) -> None:
    app = throttled_app(login_max_failures_per_account=3)
    add_user(app, "dora@example.com")
    add_user(app, "ezra@example.com")
    guesser = from_address(app, "198.51.100.66")

    for _ in range(3):
        wrong = attempt(guesser, "dora@example.com", WRONG)
        assert wrong.status_code == 401, wrong.text
        assert wrong.headers["WWW-Authenticate"] == "Bearer"
    assert_throttled(attempt(guesser, "dora@example.com", PASSWORD), limit=3)
    # The email is the account whatever its case or padding.
    assert_throttled(attempt(guesser, "  DORA@Example.com ", PASSWORD), limit=3)
    # Another account from the same address is not affected.
    assert attempt(guesser, "ezra@example.com", PASSWORD).status_code == 200
    # An unknown account is counted the same way (no hint which accounts exist).
    for _ in range(3):
        assert attempt(guesser, "nobody@example.com", WRONG).status_code == 401
    assert_throttled(attempt(guesser, "nobody@example.com", WRONG), limit=3)


def test_a_stranger_cannot_lock_the_owner_out(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_account=3)
    add_user(app, "dora@example.com")
    stranger = from_address(app, "198.51.100.66")
    for _ in range(3):
        assert attempt(stranger, "dora@example.com", WRONG).status_code == 401
    for _ in range(20):
        assert_throttled(attempt(stranger, "dora@example.com", WRONG), limit=3)
    # The owner, from their own address, signs in at once, and may mistype too.
    owner = from_address(app, "192.0.2.20")
    assert attempt(owner, "dora@example.com", WRONG).status_code == 401
    assert attempt(owner, "dora@example.com", PASSWORD).status_code == 200


def test_an_account_has_a_much_higher_cap_over_every_address(throttled_app: AppFactory) -> None:
    app = throttled_app(
        login_max_failures_per_account=3, login_max_failures_per_account_everywhere=4
    )
    add_user(app, "fred@example.com")
    first = from_address(app, "198.51.100.1")
    for _ in range(3):
        assert attempt(first, "fred@example.com", WRONG).status_code == 401
    # Refused attempts are not failures: hammering a locked key adds to no other counter.
    for _ in range(10):
        assert_throttled(attempt(first, "fred@example.com", WRONG), limit=3)
    second = from_address(app, "198.51.100.2")
    assert attempt(second, "fred@example.com", WRONG).status_code == 401
    # Four failures from anywhere: the account waits out the window, whoever asks.
    third = from_address(app, "198.51.100.3")
    assert_throttled(attempt(third, "fred@example.com", PASSWORD), limit=4)


def test_address_is_throttled_independently_of_the_account(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_address=4)
    for name in ("fay", "gus", "hal", "ivy", "jon"):
        add_user(app, f"{name}@example.com")
    spray = from_address(app, "198.51.100.7")
    # Password spraying: one try per account, from one address.
    for name in ("fay", "gus", "hal", "ivy"):
        assert attempt(spray, f"{name}@example.com", WRONG).status_code == 401
    assert_throttled(attempt(spray, "jon@example.com", PASSWORD), limit=4)
    assert_throttled(attempt(spray, "fay@example.com", PASSWORD), limit=4)
    # The accounts themselves are fine from another address.
    office = from_address(app, "192.0.2.20")
    for name in ("fay", "jon"):
        response = attempt(office, f"{name}@example.com", PASSWORD)
        assert response.status_code == 200, response.text
        assert response.json()["access_token"]


def test_an_ipv6_subscriber_counts_as_one_address(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_address=2)
    add_user(app, "gil@example.com")
    for n, host in enumerate(("2001:db8:1:2::1", "2001:db8:1:2:ffff::9")):
        assert attempt(from_address(app, host), f"x{n}@example.com", WRONG).status_code == 401
    assert_throttled(attempt(from_address(app, "2001:db8:1:2::77"), "gil@example.com", PASSWORD), 2)
    # The next /64 is another subscriber.
    assert (
        attempt(from_address(app, "2001:db8:1:3::1"), "gil@example.com", PASSWORD).status_code
        == 200
    )


def test_thirty_colleagues_behind_one_address_all_sign_in(throttled_app: AppFactory) -> None:
    # The shipped limits: 5 failures per account and address, 20 per address.
    app = throttled_app(
        login_max_failures_per_account=5,
        login_max_failures_per_address=20,
        login_max_failures_per_account_everywhere=100,
    )
    emails = [f"colleague{n}@example.com" for n in range(30)]
    for email in emails:
        add_user(app, email, Role.agent)
    office = from_address(app, "192.0.2.44")
    started = time.monotonic()
    statuses = [attempt(office, email, PASSWORD).status_code for email in emails]
    assert statuses == [200] * 30
    # The same morning again, several at once, and a few typos among them.
    assert attempt(office, emails[0], WRONG).status_code == 401
    with ThreadPoolExecutor(max_workers=6) as pool:
        again = list(pool.map(lambda email: attempt(office, email, PASSWORD), emails))
    assert [r.status_code for r in again] == [200] * 30, [r.text for r in again]
    assert time.monotonic() - started < 60


def test_successes_do_not_count(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_account=2, login_max_failures_per_address=2)
    add_user(app, "ken@example.com")
    client = from_address(app, "192.0.2.5")
    for _ in range(10):
        assert attempt(client, "ken@example.com", PASSWORD).status_code == 200


def test_a_successful_sign_in_resets_the_account_counter(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_account=3)
    add_user(app, "kim@example.com")
    client = TestClient(app, raise_server_exceptions=False)

    for _ in range(2):
        assert attempt(client, "kim@example.com", WRONG).status_code == 401
    assert attempt(client, "kim@example.com", PASSWORD).status_code == 200
    # The count starts again: three more wrong tries are answered, the fourth is throttled.
    for _ in range(3):
        assert attempt(client, "kim@example.com", WRONG).status_code == 401
    assert_throttled(attempt(client, "kim@example.com", PASSWORD), limit=3)


def test_a_valid_account_does_not_reset_its_address(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_address=3)
    add_user(app, "own@example.com")
    spray = from_address(app, "198.51.100.8")
    # A guesser with one account of their own signs in between guesses: it does not help.
    for n in range(3):
        assert attempt(spray, f"victim{n}@example.com", WRONG).status_code == 401
        if n < 2:
            assert attempt(spray, "own@example.com", PASSWORD).status_code == 200
    assert_throttled(attempt(spray, "victim9@example.com", WRONG), limit=3)


def test_parallel_attempts_cannot_exceed_the_limit(throttled_app: AppFactory) -> None:
    app = throttled_app(login_max_failures_per_account=5)
    add_user(app, "lea@example.com")
    client = TestClient(app, raise_server_exceptions=False)

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda _: attempt(client, "lea@example.com", WRONG), range(20)))

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [401] * 5 + [429] * 15, [r.text for r in responses if r.status_code >= 500]
    for response in responses:
        if response.status_code == 429:
            assert_throttled(response, limit=5)


def test_expired_counters_are_purged(throttled_app: AppFactory) -> None:
    app = throttled_app(login_window_seconds=1)

    def keys() -> set[str]:
        with transaction(app.state.db) as session:
            return set(session.scalars(select(ThrottleBucket.key)))

    assert attempt(from_address(app, "198.51.100.20"), "old@example.com", WRONG).status_code == 401
    old = keys()
    assert len(old) == 3
    time.sleep(1.2)
    assert attempt(from_address(app, "198.51.100.21"), "new@example.com", WRONG).status_code == 401
    remaining = keys()
    assert not old & remaining, remaining
    assert len(remaining) == 3


@pytest.mark.slow
def test_the_limit_holds_across_several_workers(
    throttled_app: AppFactory, database_url: str, tmp_path: Path
) -> None:
    setup = throttled_app()
    add_user(setup, "max@example.com")
    settings = {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "server"),
        "SPORTELLO_LOGIN_MAX_FAILURES_PER_ACCOUNT": "5",
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
    }
    with serving(settings, tmp_path, workers=2) as server:
        assert len(children(server.pid)) >= 2, "uvicorn did not start two workers"

        def wrong(_: int) -> httpx.Response:
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
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
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            assert_throttled(attempt(http, "max@example.com", PASSWORD), limit=5)
