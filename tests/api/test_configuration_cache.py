"""Each API worker keeps the configuration it read (priority matrix, routing rules, category
tree, SLA policies, webhook subscriptions) until it changes: checked here with two apps on
one database, as two workers would be, each with its own engine and its own copies."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

from api.core.clock import utcnow
from api.db.session import transaction
from api.main import create_app
from api.ticket.priority import DEFAULT_MATRIX
from api.webhook import repository as webhooks
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for
from tests.api.test_priority import cells
from tests.api.test_webhooks import deliveries, subscribe


@pytest.fixture
def other(database_url: str, tmp_path: Path) -> Iterator[tuple[FastAPI, TestClient]]:
    """A second worker: another app, another engine, its own copies."""
    app = create_app(settings_for(database_url, tmp_path))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield app, client
    app.state.db.engine.dispose()


def _open(client: TestClient, world: World, **fields: Any) -> dict[str, Any]:
    """A customer's new ticket on that worker, as an agent reads it there."""
    number = world.open_ticket(client, world.alice, **fields)["number"]
    seen = client.get(f"/api/v1/tickets/{number}", headers=world.agent.headers)
    assert seen.status_code == 200, seen.text
    ticket: dict[str, Any] = seen.json()
    return ticket


def test_a_rule_made_on_one_worker_routes_the_next_ticket_on_the_other(
    client: TestClient, world: World, other: tuple[FastAPI, TestClient]
) -> None:
    _, second = other
    assert _open(second, world, subject="Printer jam")["team_id"] is None  # read and kept
    rule = {
        "name": "Printers to the network team",
        "conditions": {"words": ["printer"]},
        "actions": {"team_id": world.network["id"]},
    }
    made = client.post("/api/v1/routing/rules", json=rule, headers=world.admin.headers)
    assert made.status_code == 201, made.text
    assert _open(second, world, subject="Printer jam again")["team_id"] == world.network["id"]
    # Disabled on the first worker: the second stops routing by it at once.
    path = f"/api/v1/routing/rules/{made.json()['id']}"
    off = client.patch(path, json={"enabled": False}, headers=world.admin.headers)
    assert off.status_code == 200, off.text
    assert _open(second, world, subject="Printer jam once more")["team_id"] is None


def test_a_new_priority_matrix_applies_on_every_worker(
    client: TestClient, world: World, other: tuple[FastAPI, TestClient]
) -> None:
    _, second = other
    body = {"subject": "Slow", "impact": "low", "urgency": "low"}
    assert _open(second, world, **body)["priority"] == DEFAULT_MATRIX[("low", "low")]
    matrix = dict(DEFAULT_MATRIX) | {("low", "low"): "high"}
    put = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(matrix)}, headers=world.admin.headers
    )
    assert put.status_code == 200, put.text
    assert _open(second, world, **body)["priority"] == "high"


def test_an_sla_policy_made_on_one_worker_applies_on_the_other(
    client: TestClient, world: World, other: tuple[FastAPI, TestClient]
) -> None:
    _, second = other
    assert _open(second, world)["sla"] is None
    policy = {"name": "Everyone", "targets": {"medium": {"first_reply": 3600}}}
    made = client.post("/api/v1/sla/policies", json=policy, headers=world.supervisor.headers)
    assert made.status_code == 201, made.text
    assert _open(second, world)["sla"]["policy_id"] == made.json()["id"]


def test_webhooks_follow_a_subscription_and_its_automatic_disabling(
    client: TestClient, world: World, other: tuple[FastAPI, TestClient]
) -> None:
    second_app, second = other
    _open(second, world)  # the second worker reads (and keeps) no subscription
    hook = subscribe(client, world.admin, events=["ticket.created"])
    _open(second, world)
    assert len(deliveries(client, world.admin, hook["id"])) == 1
    # Disabled by the delivery job after sustained failure: an UPDATE past the ORM.
    with transaction(second_app.state.db) as session:
        webhooks.disable(session, hook["id"], "failing", utcnow())
    _open(second, world)
    assert len(deliveries(client, world.admin, hook["id"])) == 1


def test_an_unchanged_configuration_is_read_once_per_worker(
    world: World, other: tuple[FastAPI, TestClient]
) -> None:
    second_app, second = other
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement.split()[0] + " " + " ".join(statement.split()[1:6]))

    engine = second_app.state.db.engine
    counts = []
    for subject in ("First", "Second", "Third"):
        event.listen(engine, "before_cursor_execute", record)
        world.open_ticket(second, world.alice, subject=subject)
        event.remove(engine, "before_cursor_execute", record)
        counts.append(len(statements))
        statements.clear()
    # The first reads the matrix, the routing rules, the SLA policies and the webhook
    # subscriptions; the next ones only the configuration's token (as the first did).
    assert counts[1] == counts[2] == counts[0] - 4
