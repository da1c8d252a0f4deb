"""The workers' SLA task: a breach is written once and sets off the escalation rules, whose
actions the agent, the supervisor and the report see through the API."""

from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.db.session import transaction
from api.jobs import registry
from tests.api.conftest import World
from tests.api.test_escalation_rules import create_rule, held_by_agent, set_supervisor
from tests.api.test_sla import _instant, _policy, _post, _sla, _ticket


def run_scan_task(app: FastAPI, now: Any) -> None:
    with transaction(app.state.db) as session:
        registry.get("sla.scan-deadlines").run(session, now, {})


def test_a_breach_escalates_once(client: TestClient, app: FastAPI, world: World) -> None:
    assert registry.get("sla.scan-deadlines").cron is not None
    _post(client, "policies", world.supervisor, _policy())
    set_supervisor(client, world, world.service_desk)
    ticket = held_by_agent(client, world, impact="low", urgency="low")
    number, created = ticket["number"], _instant(ticket["created_at"])
    rule = create_rule(
        client,
        world.supervisor,
        name="First reply missed",
        metrics=["first_reply"],
        actions=["notify_assignee", "notify_supervisor", "raise_priority"],
    )
    before = _ticket(client, world, number)["priority"]
    report = _sla(client, world.agent, number)
    first = next(i for i in report["instances"] if i["metric"] == "first_reply")
    target = first["target_seconds"]

    run_scan_task(app, created + timedelta(seconds=target - 60))
    assert _ticket(client, world, number)["sla"]["breached"] is False
    run_scan_task(app, created + timedelta(seconds=target + 1))
    run_scan_task(app, created + timedelta(seconds=target + 120))  # nothing new to write

    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    kinds = [e["kind"] for e in events["items"]]
    assert kinds.count("sla_breached") == 1
    raised = [e for e in events["items"] if e["kind"] == "priority_changed"]
    assert [e["data"]["rule_id"] for e in raised] == [rule["id"]]
    after = _ticket(client, world, number)
    assert (after["priority"], after["sla"]["breached"]) != (before, False)
    for person in (world.agent, world.supervisor):
        told = client.get("/api/v1/notifications?unread=true", headers=person.headers).json()[
            "items"
        ]
        assert [n["kind"] for n in told] == ["escalation_rule"], person
