"""Deliveries made by the real background workers: `sportello serve` runs them on SQLite,
`sportello worker` (procrastinate) on PostgreSQL, against a receiver started by the test."""

import itertools
import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.core.config import Settings
from api.db import migrate
from api.db.session import Database, transaction
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from api.webhook.signing import verify
from tests.conftest import BACKENDS, fresh_database
from tests.server import Server, job_worker, serving
from tests.webhook_receiver import receiving

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "webhook-deliveries-1"
BASE_SECONDS = 1.0  # the first wait; then 2 s, 4 s (each +/-25%)


@dataclass
class Desk:
    backend: str
    env: dict[str, str]
    logs: Path


@pytest.fixture(params=BACKENDS)
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    for url in fresh_database(request.param, tmp_path):
        migrate.upgrade(url)
        data_dir = tmp_path / "data"
        settings = Settings(database_url=url, data_dir=data_dir, password_hash_fast=True)
        db = Database.connect(settings)
        with transaction(db) as session:
            user_service.create_user(
                session,
                settings,
                UserCreate(
                    email="admin@hooks.example", name="Admin", role=Role.admin, password=PASSWORD
                ),
                actor=None,
            )
        db.engine.dispose()
        yield Desk(
            request.param,
            {
                "SPORTELLO_DATABASE_URL": url,
                "SPORTELLO_DATA_DIR": str(data_dir),
                "SPORTELLO_JOBS_POLL_SECONDS": "0.2",
                "SPORTELLO_PASSWORD_HASH_FAST": "true",
                # The receiver is on 127.0.0.1, as on an on-premise install.
                "SPORTELLO_WEBHOOK_ALLOW_PRIVATE": "1",
                "SPORTELLO_WEBHOOK_RETRY_BASE_SECONDS": str(BASE_SECONDS),
                "SPORTELLO_WEBHOOK_MAX_ATTEMPTS": "5",
                "PYTHONPATH": str(ROOT),
            },
            tmp_path / "logs",
        )


@contextmanager
def worker(desk: Desk) -> Iterator[None]:
    with job_worker(desk.env, desk.logs / "worker.log"):
        yield


@contextmanager
def running(desk: Desk) -> Iterator[Server]:
    """The API, and what runs its jobs: itself on SQLite, a `sportello worker` on PostgreSQL."""
    with ExitStack() as stack:
        if desk.backend == "postgresql":
            stack.enter_context(worker(desk))
        yield stack.enter_context(serving(desk.env, desk.logs))


def api(server: Server, headers: dict[str, str], method: str, path: str, **kw: Any) -> Any:
    response = httpx.request(method, f"{server.base_url}/api/v1{path}", headers=headers, **kw)
    assert response.status_code < 300, response.text
    return response.json()


@pytest.mark.slow
def test_a_receiver_that_fails_three_times_gets_four_attempts_with_growing_gaps(
    desk: Desk,
) -> None:
    with receiving([500, 500, 503]) as receiver, running(desk) as server:
        token = httpx.post(
            f"{server.base_url}/api/v1/auth/token",
            data={"username": "admin@hooks.example", "password": PASSWORD},
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        webhook = api(
            server,
            headers,
            "POST",
            "/webhooks",
            json={"url": receiver.url, "event_types": ["ticket.created"]},
        )
        ticket = api(
            server,
            headers,
            "POST",
            "/tickets",
            json={"subject": "Printer on fire", "description": "Smoke."},
        )
        received = receiver.wait_for(4, seconds=90)

        [delivery] = api(server, headers, "GET", f"/webhooks/{webhook['id']}/deliveries")["items"]
        logged = api(
            server, headers, "GET", f"/webhooks/{webhook['id']}/deliveries/{delivery['id']}"
        )

    assert len(received) == 4  # and no fifth: the fourth succeeded
    assert [r.headers["sportello-attempt"] for r in received] == ["1", "2", "3", "4"]
    assert {r.headers["sportello-event-id"] for r in received} == {delivery["event_id"]}
    assert {r.body for r in received} == {received[0].body}
    for request in received:
        signature = request.headers["sportello-signature"]
        sent_at = int(signature.split(",")[0].removeprefix("t="))
        assert verify(webhook["secret"], signature, request.body, now=sent_at)
    payload = json.loads(received[0].body)
    assert payload["type"] == "ticket.created"
    assert payload["data"]["ticket"]["number"] == ticket["number"]

    arrivals = [r.at for r in received]
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert gaps[0] >= BASE_SECONDS * 0.75 * 0.9
    assert gaps[0] < gaps[1] < gaps[2], gaps

    assert (logged["status"], logged["attempts"]) == ("delivered", 4)
    assert [a["status_code"] for a in logged["attempt_log"]] == [500, 500, 503, 200]
    started = [datetime.fromisoformat(a["started_at"]) for a in logged["attempt_log"]]
    logged_gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(started)]
    assert logged_gaps[0] < logged_gaps[1] < logged_gaps[2], logged_gaps
    assert logged["payload"] == payload
