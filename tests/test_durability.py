"""A 201 is a promise: kill -9 the server during a burst of ticket creations and lose none.

`sportello serve --workers 2` runs as a subprocess on each database; 1,000 creations are sent
with bounded concurrency, and once a share of them has been answered the whole process group
is killed with SIGKILL. The server is started again on the same database: every ticket that
was answered 201 must be there, with the number and subject it was answered with, and no
number may have been handed out twice.
"""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, fresh_database
from tests.server import free_port

BIN = Path(sys.executable).parent
CREATIONS = 1_000
CONCURRENCY = 32
KILL_AFTER = 500  # answered 201s before the kill: the rest are in flight or never sent
PASSWORD = "durability-check-1"
EMAIL = "admin@durability.example"

pytestmark = pytest.mark.slow


@dataclass
class Burst:
    answered: dict[int, str] = field(default_factory=dict)  # number -> subject, from the 201s
    duplicates: list[int] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # a status other than 201 before the kill
    cut_off: int = 0  # sent but never answered: the kill came first


def _sportello(*args: str, env: dict[str, str]) -> None:
    subprocess.run([str(BIN / "sportello"), *args], env=env, check=True, capture_output=True)


class Server:
    """`sportello serve --workers 2` in its own process group, so kill -9 reaches every worker."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("ab")
        self.process = subprocess.Popen(
            [str(BIN / "sportello"), "serve", "--port", str(self.port), "--workers", "2"],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # As generous as tests/server.py: two workers importing the app on a loaded 2-core
        # machine have taken over 30 s.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert self.process.poll() is None, log.read_text()[-2000:]
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.kill()
        pytest.fail(f"the server did not start: {log.read_text()[-2000:]}")

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self._log.close()


@pytest.fixture(params=BACKENDS)
def environment(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    for url in fresh_database(request.param, tmp_path):
        env = os.environ | {
            "SPORTELLO_DATABASE_URL": url,
            "SPORTELLO_DATA_DIR": str(tmp_path / "data"),
        }
        _sportello("migrate", env=env)
        _sportello("create-admin", "--email", EMAIL, "--password", PASSWORD, env=env)
        yield env


async def _burst(base_url: str, token: str, server: Server) -> Burst:
    """Send CREATIONS creations, CONCURRENCY at a time; kill -9 after KILL_AFTER 201s."""
    burst = Burst()
    pending = iter(range(CREATIONS))
    killed = asyncio.Event()
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:

        async def worker() -> None:
            for n in pending:
                if killed.is_set():
                    return
                subject = f"Durability check {n}"
                try:
                    response = await client.post(
                        "/api/v1/tickets", json={"subject": subject}, headers=headers
                    )
                except httpx.HTTPError:
                    burst.cut_off += 1
                    continue
                if response.status_code != 201:
                    burst.refused.append(f"{response.status_code} {response.text[:200]}")
                    continue
                number = response.json()["number"]
                if number in burst.answered:
                    burst.duplicates.append(number)
                burst.answered[number] = subject
                if len(burst.answered) >= KILL_AFTER and not killed.is_set():
                    killed.set()
                    server.kill()

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return burst


def _sign_in(base_url: str) -> str:
    response = httpx.post(
        f"{base_url}/api/v1/auth/token", data={"username": EMAIL, "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _stored_tickets(base_url: str, token: str) -> dict[int, str]:
    """Every ticket the restarted server knows: number -> subject, walking the pages."""
    stored: dict[int, str] = {}
    cursor: str | None = None
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}) as c:
        while True:
            params: dict[str, str | int] = {"sort": "created", "limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = c.get("/api/v1/tickets", params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            for ticket in body["items"]:
                assert ticket["number"] not in stored, f"number {ticket['number']} twice"
                stored[ticket["number"]] = ticket["subject"]
            cursor = body["next_cursor"]
            if cursor is None:
                return stored


def test_kill_9_during_creations_loses_no_ticket_answered_201(
    environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "server.log"
    server = Server(environment, log)
    try:
        token = _sign_in(server.base_url)
        burst = asyncio.run(_burst(server.base_url, token, server))
    finally:
        server.kill()
    assert burst.refused == []
    assert burst.duplicates == []
    assert len(burst.answered) >= KILL_AFTER

    restarted = Server(environment, log)
    try:
        stored = _stored_tickets(restarted.base_url, token)
        # A fresh ticket after the restart takes a number nobody had.
        again = httpx.post(
            f"{restarted.base_url}/api/v1/tickets",
            json={"subject": "After the restart"},
            headers={"Authorization": f"Bearer {token}"},
        )
    finally:
        restarted.kill()

    lost = {n: s for n, s in burst.answered.items() if stored.get(n) != s}
    committed_unanswered = len(stored) - len(burst.answered)
    with capsys.disabled():
        print(
            f"\n[durability, {environment['SPORTELLO_DATABASE_URL'].split(':')[0]}] "
            f"{CREATIONS} creations: {len(burst.answered)} answered 201, lost {len(lost)}, "
            f"{burst.cut_off} cut off in flight (of which {committed_unanswered} committed "
            f"without an answer), {CREATIONS - len(burst.answered) - burst.cut_off} never sent"
        )
    assert lost == {}
    assert again.status_code == 201, again.text
    assert again.json()["number"] not in stored
