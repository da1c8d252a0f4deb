"""Statements per endpoint on the benchmark's database, and the plans of the hot queries.

The app runs in process (FastAPI's TestClient) against the loaded database; a
`before_cursor_execute` listener on its engine records every statement of one request, as
tests/api/test_query_budget.py does on the small test database. On PostgreSQL the recorded
SELECTs of the queue page, the customer's list and the ticket view are then run again under
EXPLAIN ANALYZE, so the report can show what the database itself spends on them.
"""

import json
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from api.core.config import Settings
from api.main import create_app
from bench.data import PASSWORD, Dataset
from bench.scenarios import deadline_cursors

TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@dataclass
class Recorded:
    statement: str
    parameters: Any


@dataclass
class EndpointBudget:
    name: str
    method: str
    path: str
    statements: int
    listing: list[str] = field(default_factory=list)


@dataclass
class Plan:
    name: str
    execution_ms: float
    planning_ms: float
    shape: str  # the plan's node types, outermost first
    rows: int
    note: str = ""


class _Recorder:
    def __init__(self) -> None:
        self.recorded: list[Recorded] | None = None

    def __call__(self, _c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        if self.recorded is None:
            return
        if statement.lstrip().upper().startswith(TRANSACTION_CONTROL):
            return
        self.recorded.append(Recorded(statement, parameters))


def _endpoints(ds: Dataset, team_id: int, number: int, active: int) -> list[tuple[str, ...]]:
    queue = f"/api/v1/tickets?status=open&status=in_progress&team_id={team_id}"
    return [
        ("tickets-get", "agent", "GET", f"/api/v1/tickets/{number}"),
        ("tickets-list (agent queue)", "agent", "GET", queue),
        ("tickets-list (agent queue, limit=100)", "agent", "GET", f"{queue}&limit=100"),
        ("tickets-list (queue by deadline)", "agent", "GET", f"{queue}&sort=sla_due_at"),
        (
            "tickets-list (queue by deadline, next page)",
            "agent",
            "GET",
            f"{queue}&sort=sla_due_at&cursor={{deadline_cursor}}",
        ),
        (
            "tickets-list (queue by deadline, breached)",
            "agent",
            "GET",
            f"{queue}&sort=sla_due_at&sla=breached",
        ),
        ("tickets-list (customer)", "customer", "GET", "/api/v1/tickets"),
        ("tickets-list (customer, shared org)", "shared", "GET", "/api/v1/tickets"),
        ("tickets-get (customer)", "customer", "GET", "/api/v1/tickets/{own}"),
        ("comments-list", "agent", "GET", f"/api/v1/tickets/{number}/comments"),
        ("tickets-events", "agent", "GET", f"/api/v1/tickets/{number}/events"),
        ("tickets-create", "customer", "POST", "/api/v1/tickets"),
        ("comments-create", "agent", "POST", f"/api/v1/tickets/{active}/comments"),
        ("assignment-set", "agent", "PUT", f"/api/v1/tickets/{active}/assignment"),
    ]


def measure(ds: Dataset, data_dir: Path) -> tuple[list[EndpointBudget], list[Plan]]:
    settings = Settings(
        database_url=ds.url,
        data_dir=data_dir,
        login_max_failures_per_account=100_000,
        login_max_failures_per_address=100_000,
    )
    app = create_app(settings)
    engine: Engine = app.state.db.engine
    recorder = _Recorder()
    event.listen(engine, "before_cursor_execute", recorder)
    budgets: list[EndpointBudget] = []
    captured: dict[str, list[Recorded]] = {}
    per_team: dict[int, list[Recorded]] = {}
    try:
        with TestClient(app) as client:
            people = {
                "agent": ds.agent_logins[0],
                "customer": ds.customer_logins[0],
                "shared": ds.customer_logins[-1],
            }
            headers = {}
            for role, person in people.items():
                response = client.post(
                    "/api/v1/auth/token", data={"username": person.email, "password": PASSWORD}
                )
                response.raise_for_status()
                headers[role] = {"Authorization": f"Bearer {response.json()['access_token']}"}
            own = client.get("/api/v1/tickets?limit=1", headers=headers["customer"]).json()
            own_number = own["items"][0]["number"] if own["items"] else ds.first_number
            team_id = min(ds.team_members)
            agent_team, members = next(iter(sorted(ds.team_members.items())))
            bodies: dict[str, Any] = {
                "tickets-create": {
                    "subject": "Printer on floor 2 is missing",
                    "description": "Since this morning.",
                    "category_id": ds.plain_category_ids[0],
                },
                "comments-create": {"body": "I am on it."},
                "assignment-set": {"team_id": agent_team, "agent_id": members[0]},
            }
            middle = (ds.first_number + ds.last_number) // 2
            cursors = deadline_cursors(ds)
            active = ds.active_numbers[len(ds.active_numbers) // 2]
            for name, role, method, path in _endpoints(ds, team_id, middle, active):
                path = path.replace("{own}", str(own_number))
                path = path.replace("{deadline_cursor}", quote(cursors.get(team_id, "")))
                recorder.recorded = []
                response = client.request(
                    method, path, headers=headers[role], json=bodies.get(name)
                )
                recorded, recorder.recorded = recorder.recorded, None
                if response.status_code >= 400:
                    raise RuntimeError(f"{method} {path}: {response.status_code} {response.text}")
                captured[name] = recorded
                budgets.append(
                    EndpointBudget(
                        name,
                        method,
                        path,
                        len(recorded),
                        [" ".join(r.statement.split())[:140] for r in recorded],
                    )
                )
            if ds.backend == "postgresql":
                # Every team's queue: how much a page costs depends on the team's backlog.
                for team in sorted(ds.team_members):
                    recorder.recorded = []
                    queue = f"/api/v1/tickets?status=open&status=in_progress&team_id={team}"
                    client.get(queue, headers=headers["agent"]).raise_for_status()
                    per_team[team], recorder.recorded = recorder.recorded, None
    finally:
        event.remove(engine, "before_cursor_execute", recorder)
    plans: list[Plan] = []
    if ds.backend == "postgresql":
        for name in (
            "tickets-get",
            "tickets-list (agent queue)",
            "tickets-list (customer)",
            "tickets-list (queue by deadline)",
            "tickets-list (queue by deadline, next page)",
            "tickets-list (queue by deadline, breached)",
        ):
            select_ticket = next(r for r in captured[name] if _selects_tickets(r))
            plans.append(explain(engine, name, select_ticket))
        team_plans = []
        for team, recorded in per_team.items():
            select_ticket = next(r for r in recorded if _selects_tickets(r))
            plan = explain(engine, "tickets-list (agent queue, slowest team)", select_ticket)
            plan.note = f"team {team}"
            team_plans.append(plan)
        if team_plans:
            plans.append(max(team_plans, key=lambda p: p.execution_ms))
    engine.dispose()
    return budgets, plans


def _selects_tickets(recorded: Recorded) -> bool:
    """The SELECT of the tickets (a page is wrapped in a subquery to join the tags)."""
    return recorded.statement.lstrip().startswith("SELECT") and bool(
        re.search(r"\bFROM ticket\b", recorded.statement)
    )


def explain(engine: Engine, name: str, recorded: Recorded, runs: int = 5) -> Plan:
    """EXPLAIN ANALYZE the statement a few times; keep the median execution time."""
    timings, planning = [], []
    document: dict[str, Any] = {}
    with engine.connect() as conn:
        for _ in range(runs):
            result = conn.exec_driver_sql(
                "EXPLAIN (ANALYZE, FORMAT JSON) " + recorded.statement, recorded.parameters
            )
            raw = result.scalar_one()
            document = (json.loads(raw) if isinstance(raw, str) else raw)[0]
            timings.append(float(document["Execution Time"]))
            planning.append(float(document["Planning Time"]))
        conn.rollback()
    shape, node = [], document.get("Plan", {})
    while node:
        label = node["Node Type"]
        if "Index Name" in node:
            label += f" ({node['Index Name']})"
        shape.append(label)
        children = node.get("Plans") or []
        node = children[0] if children else {}
    return Plan(
        name=name,
        execution_ms=statistics.median(timings),
        planning_ms=statistics.median(planning),
        shape=" > ".join(shape),
        rows=int(document.get("Plan", {}).get("Actual Rows", 0)),
    )
