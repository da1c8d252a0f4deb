"""Resolved tickets close themselves after SPORTELLO_AUTO_CLOSE_DAYS without an answer."""

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.core.config import Settings
from api.db.session import transaction
from api.jobs import registry
from api.ticket.auto_close import close_stale_resolved
from tests.api.conftest import World
from tests.api.test_assignment import events_of, ticket_of


def resolved_ticket(client: TestClient, world: World) -> dict[str, Any]:
    ticket = world.open_ticket(client)
    response = client.patch(
        f"/api/v1/tickets/{ticket['number']}",
        json={"status": "resolved", "resolution": "Replaced the cable."},
        headers=world.agent.headers,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def resolved_at(ticket: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(ticket["resolved_at"]).astimezone(UTC)


def run(app: FastAPI, now: datetime, settings: Settings | None = None, **kwargs: Any) -> int:
    with transaction(app.state.db) as session:
        return close_stale_resolved(session, now, settings or app.state.settings, **kwargs)


def test_closes_after_the_days_as_a_public_event(
    client: TestClient, app: FastAPI, world: World
) -> None:
    assert app.state.settings.auto_close_days == 7
    ticket = resolved_ticket(client, world)
    still_open = world.open_ticket(client)
    deadline = resolved_at(ticket) + timedelta(days=7)
    assert run(app, deadline - timedelta(seconds=1)) == 0
    assert ticket_of(client, ticket["number"], world.alice)["status"] == "resolved"

    assert run(app, deadline) == 1
    after = ticket_of(client, ticket["number"], world.alice)
    assert after["status"] == "closed"
    assert datetime.fromisoformat(after["closed_at"]) == deadline
    assert ticket_of(client, still_open["number"], world.alice)["status"] == "new"

    last = events_of(client, ticket["number"], world.alice)[-1]
    assert (last["kind"], last["from_value"], last["to_value"]) == (
        "status_changed",
        "resolved",
        "closed",
    )
    assert last["public"] is True
    assert last["note"] == "Closed automatically after 7 days without an answer."
    assert last["data"] == {"automatic": True, "auto_close_days": 7, "closure": "resolved"}
    assert last["actor_id"] not in (world.alice.id, world.agent.id)
    assert run(app, deadline + timedelta(days=30)) == 0  # closed is final: nothing left


def test_a_customer_answer_keeps_it_open(client: TestClient, app: FastAPI, world: World) -> None:
    ticket = resolved_ticket(client, world)
    reply = client.post(
        f"/api/v1/tickets/{ticket['number']}/comments",
        json={"body": "It broke again."},
        headers=world.alice.headers,
    )
    assert reply.status_code == 201, reply.text
    assert run(app, resolved_at(ticket) + timedelta(days=60)) == 0
    assert ticket_of(client, ticket["number"], world.agent)["status"] == "open"


def test_zero_days_disables_it(client: TestClient, app: FastAPI, world: World) -> None:
    ticket = resolved_ticket(client, world)
    off = app.state.settings.model_copy(update={"auto_close_days": 0})
    assert run(app, resolved_at(ticket) + timedelta(days=365), off) == 0
    assert ticket_of(client, ticket["number"], world.agent)["status"] == "resolved"
    two = app.state.settings.model_copy(update={"auto_close_days": 2})
    assert run(app, resolved_at(ticket) + timedelta(days=2), two) == 1


def test_closes_oldest_first_in_bounded_batches(
    client: TestClient, app: FastAPI, world: World
) -> None:
    tickets = [resolved_ticket(client, world) for _ in range(5)]
    later = resolved_at(tickets[-1]) + timedelta(days=8)
    assert run(app, later, batch_size=2, max_batches=2) == 4
    statuses = [ticket_of(client, t["number"], world.agent)["status"] for t in tickets]
    assert statuses == ["closed"] * 4 + ["resolved"]
    assert run(app, later, batch_size=2, max_batches=2) == 1
    assert ticket_of(client, tickets[-1]["number"], world.agent)["status"] == "closed"


def test_the_workers_run_it_as_a_periodic_task(
    client: TestClient, app: FastAPI, world: World
) -> None:
    spec = registry.get("tickets.close-stale-resolved")
    assert spec.cron is not None
    ticket = resolved_ticket(client, world)
    with transaction(app.state.db) as session:
        spec.run(session, resolved_at(ticket) + timedelta(days=7, seconds=1), {})
    assert ticket_of(client, ticket["number"], world.alice)["status"] == "closed"
