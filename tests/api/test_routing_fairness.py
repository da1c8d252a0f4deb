"""Round-robin fairness under load: tickets opened concurrently through two API workers."""

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import local

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.db.session import transaction
from api.ticket.models import Ticket
from api.user.roles import Role
from tests.api.conftest import Person, make_person
from tests.server import children, serving

AGENTS, THREADS = 4, 16


@pytest.mark.slow
@pytest.mark.parametrize("tickets", [pytest.param(300), pytest.param(1000, marks=pytest.mark.load)])
def test_two_workers_never_break_round_robin_fairness(
    client: TestClient,
    app: FastAPI,
    admin: Person,
    database_url: str,
    tmp_path: Path,
    tickets: int,
) -> None:
    h = admin.headers
    team = client.post(
        "/api/v1/teams", json={"name": "Desk", "assignment_strategy": "round_robin"}, headers=h
    ).json()
    agents = [make_person(client, admin, f"Agent {n}", Role.agent) for n in range(AGENTS)]
    for agent in agents:
        assert client.put(f"/api/v1/teams/{team['id']}/members/{agent.id}", headers=h).is_success
    rule = {"name": "All to the desk", "actions": {"team_id": team["id"]}}
    assert client.post("/api/v1/routing/rules", json=rule, headers=h).status_code == 201

    settings = {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "server"),
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
    }
    with serving(settings, tmp_path, workers=2) as server:
        assert len(children(server.pid)) >= 2, "uvicorn did not start two workers"
        per_thread = local()

        def open_ticket(n: int) -> int:
            if not hasattr(per_thread, "http"):
                per_thread.http = httpx.Client(base_url=server.base_url, timeout=60, headers=h)
            body = {"subject": f"Ticket {n}", "description": "Load."}
            return int(per_thread.http.post("/api/v1/tickets", json=body).status_code)

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            statuses = list(pool.map(open_ticket, range(tickets)))
        elapsed = time.monotonic() - started
    assert statuses.count(201) == tickets, sorted(set(statuses))

    with transaction(app.state.db, write=False) as session:
        counts = dict(
            session.execute(
                select(Ticket.assignee_id, func.count()).group_by(Ticket.assignee_id)
            ).all()
        )
    per_agent = [counts.get(a.id, 0) for a in agents]
    assert sum(per_agent) == tickets, counts
    assert all(abs(c - tickets / AGENTS) <= 1 for c in per_agent), per_agent
    print(f"{tickets} tickets through 2 workers in {elapsed:.1f} s: {per_agent}")
