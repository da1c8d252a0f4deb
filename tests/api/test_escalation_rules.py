"""Escalation rules: supervisors keep them through the API; an SLA alert sets off the matching
ones (called as the SLA scan calls them), and every effect shows through the API."""

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.db.session import transaction
from api.escalation.apply import AppliedAction, apply_escalation_rules
from api.ticket.models import Ticket
from tests.api.conftest import Person, World
from tests.api.test_assignment import assert_problem, assign, events_of, ticket_of
from tests.api.test_notifications import notifications

RULES = "/api/v1/escalation/rules"
ORDER = "/api/v1/escalation/rule-order"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def create_rule(client: TestClient, who: Person, **body: Any) -> dict[str, Any]:
    payload = {"name": "Breach", "trigger": "sla_breach", "actions": ["notify_assignee"]} | body
    response = client.post(RULES, json=payload, headers=who.headers)
    assert response.status_code == 201, response.text
    rule: dict[str, Any] = response.json()
    return rule


def alert(
    app: FastAPI, number: int, kind: str = "breached", metric: str = "first_reply"
) -> list[AppliedAction]:
    with transaction(app.state.db) as session:
        ticket = session.scalar(select(Ticket).where(Ticket.number == number))
        assert ticket is not None
        return apply_escalation_rules(session, ticket, kind=kind, metric=metric, now=NOW)


def set_supervisor(client: TestClient, world: World, team: dict[str, Any]) -> None:
    response = client.patch(
        f"/api/v1/teams/{team['id']}",
        json={"supervisor_id": world.supervisor.id},
        headers=world.admin.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["supervisor_id"] == world.supervisor.id


def held_by_agent(client: TestClient, world: World, **fields: Any) -> dict[str, Any]:
    ticket = world.open_ticket(client, **fields)
    response = assign(
        client,
        ticket["number"],
        world.supervisor,
        team_id=world.service_desk["id"],
        agent_id=world.agent.id,
    )
    assert response.status_code == 200, response.text
    client.post("/api/v1/notifications/read", headers=world.agent.headers)
    return ticket


# --- keeping the rules -------------------------------------------------------------------


def test_supervisor_creates_reads_updates_and_deletes(client: TestClient, world: World) -> None:
    rule = create_rule(
        client,
        world.supervisor,
        name="Urgent first reply",
        metrics=["first_reply"],
        priorities=["critical", "high"],
        team_id=world.service_desk["id"],
        actions=["reassign_next_tier", "notify_supervisor"],
    )
    assert rule["position"] == 1
    assert rule["active"] is True
    assert rule["category_id"] is None
    got = client.get(f"{RULES}/{rule['id']}", headers=world.admin.headers)
    assert got.status_code == 200
    assert got.json() == rule
    etag = got.headers["ETag"]

    changed = client.patch(
        f"{RULES}/{rule['id']}",
        json={"active": False, "team_id": None},
        headers=world.admin.headers | {"If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["active"], changed.json()["team_id"]) == (False, None)
    stale = client.patch(
        f"{RULES}/{rule['id']}",
        json={"name": "Other"},
        headers=world.admin.headers | {"If-Match": etag},
    )
    assert_problem(stale, 412)

    gone = client.delete(f"{RULES}/{rule['id']}", headers=world.supervisor.headers)
    assert gone.status_code == 204
    assert_problem(client.get(f"{RULES}/{rule['id']}", headers=world.admin.headers), 404)


def test_rules_are_listed_in_order_and_reordered(client: TestClient, world: World) -> None:
    ids = [create_rule(client, world.admin, name=f"Rule {n}")["id"] for n in range(3)]
    listed = client.get(RULES, headers=world.supervisor.headers).json()["items"]
    assert [r["id"] for r in listed] == ids
    wanted = [ids[2], ids[0], ids[1]]
    response = client.put(ORDER, json={"rule_ids": wanted}, headers=world.admin.headers)
    assert response.status_code == 200, response.text
    assert [r["id"] for r in response.json()["items"]] == wanted
    assert [r["position"] for r in response.json()["items"]] == [1, 2, 3]
    listed = client.get(RULES, headers=world.supervisor.headers).json()["items"]
    assert [r["id"] for r in listed] == wanted
    for partial in ([ids[0], ids[1]], [*ids, ids[0]], [*ids, 999]):
        bad = client.put(ORDER, json={"rule_ids": partial}, headers=world.admin.headers)
        assert_problem(bad, 422, "rule_ids")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": ""}, "name"),
        ({"trigger": "sla_soon"}, "trigger"),
        ({"metrics": ["first_answer"]}, "metrics"),
        ({"metrics": ["resolution", "resolution"]}, "metrics"),
        ({"priorities": ["urgent"]}, "priorities"),
        ({"actions": []}, "actions"),
        ({"actions": ["page_the_ceo"]}, "actions"),
        ({"team_id": 987654}, "team_id"),
        ({"category_id": 987654}, "category_id"),
        ({"position": 3}, "position"),
    ],
)
def test_bad_rules_name_the_field(
    client: TestClient, world: World, body: dict[str, Any], field: str
) -> None:
    payload = {"name": "Breach", "trigger": "sla_breach", "actions": ["notify_assignee"]} | body
    problem = assert_problem(client.post(RULES, json=payload, headers=world.admin.headers), 422)
    assert field in problem["errors"][0]["field"], problem
    assert client.get(RULES, headers=world.admin.headers).json()["items"] == []


def test_names_are_unique_and_patch_refuses_null(client: TestClient, world: World) -> None:
    rule = create_rule(client, world.admin, name="Breach")
    assert_problem(
        client.post(
            RULES,
            json={"name": "Breach", "trigger": "sla_warning", "actions": ["raise_priority"]},
            headers=world.admin.headers,
        ),
        409,
    )
    null = client.patch(
        f"{RULES}/{rule['id']}", json={"actions": None}, headers=world.admin.headers
    )
    assert_problem(null, 422, "actions")


def test_only_supervisors_and_admins_keep_rules(client: TestClient, world: World) -> None:
    rule = create_rule(client, world.admin)
    for who in (world.agent, world.alice):
        assert_problem(client.get(RULES, headers=who.headers), 403)
        assert_problem(client.get(f"{RULES}/{rule['id']}", headers=who.headers), 403)
        assert_problem(client.post(RULES, json={"name": "x"}, headers=who.headers), 403)
        assert_problem(client.delete(f"{RULES}/{rule['id']}", headers=who.headers), 403)
    assert_problem(client.get(RULES), 401)


def test_team_supervisor_must_be_an_active_supervisor(client: TestClient, world: World) -> None:
    team = world.network["id"]
    for who in (world.agent.id, world.alice.id, 987654):
        bad = client.patch(
            f"/api/v1/teams/{team}", json={"supervisor_id": who}, headers=world.admin.headers
        )
        assert_problem(bad, 422, "supervisor_id")
    created = client.post(
        "/api/v1/teams",
        json={"name": "Field", "tier": 3, "supervisor_id": world.supervisor.id},
        headers=world.admin.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["supervisor_id"] == world.supervisor.id
    cleared = client.patch(
        f"/api/v1/teams/{created.json()['id']}",
        json={"supervisor_id": None},
        headers=world.admin.headers,
    )
    assert cleared.json()["supervisor_id"] is None


# --- what an alert sets off ----------------------------------------------------------------


def test_breach_notifies_assignee_and_supervisor(
    client: TestClient, app: FastAPI, world: World
) -> None:
    set_supervisor(client, world, world.service_desk)
    ticket = held_by_agent(client, world)
    rule = create_rule(
        client,
        world.admin,
        name="Tell everyone",
        metrics=["first_reply"],
        actions=["notify_supervisor", "notify_assignee"],
    )
    applied = alert(app, ticket["number"])
    assert [(a.action, a.done) for a in applied] == [
        ("notify_assignee", True),
        ("notify_supervisor", True),
    ]

    for person in (world.agent, world.supervisor):
        items = notifications(client, person, unread=True)["items"]
        assert [n["kind"] for n in items] == ["escalation_rule"], person
        assert items[0]["ticket_number"] == ticket["number"]
        assert items[0]["data"] == {
            "rule_id": rule["id"],
            "rule_name": "Tell everyone",
            "trigger": "sla_breach",
            "metric": "first_reply",
        }
    told = [
        e
        for e in events_of(client, ticket["number"], world.agent)
        if e["kind"] == "escalation_rule_notified"
    ]
    assert [(e["data"]["action"], e["data"]["recipient_id"]) for e in told] == [
        ("notify_assignee", world.agent.id),
        ("notify_supervisor", world.supervisor.id),
    ]
    assert all(e["data"]["rule_id"] == rule["id"] for e in told)
    assert all(e["public"] is False for e in told)
    # The requester sees none of it.
    customer_kinds = {e["kind"] for e in events_of(client, ticket["number"], world.alice)}
    assert "escalation_rule_notified" not in customer_kinds


def test_breach_reassigns_to_next_tier_and_raises_priority(
    client: TestClient, app: FastAPI, world: World
) -> None:
    ticket = held_by_agent(client, world)
    assert ticket_of(client, ticket["number"], world.agent)["priority"] == "medium"
    rule = create_rule(
        client, world.admin, name="Up a tier", actions=["reassign_next_tier", "raise_priority"]
    )
    applied = alert(app, ticket["number"], metric="resolution")
    assert [(a.action, a.done) for a in applied] == [
        ("raise_priority", True),
        ("reassign_next_tier", True),
    ]
    after = ticket_of(client, ticket["number"], world.agent)
    assert after["priority"] == "high"
    assert after["priority_reason"] == "Escalation rule “Up a tier”: SLA resolution breach"
    # Network and Telephony are both tier 2: the older team, Network, is the next tier.
    assert after["team_id"] == world.network["id"]
    assert after["assignee_id"] is None

    events = events_of(client, ticket["number"], world.supervisor)
    by_kind = {e["kind"]: e for e in events}
    for kind in ("priority_changed", "escalation"):
        assert by_kind[kind]["data"]["rule_id"] == rule["id"], kind
        assert by_kind[kind]["data"]["rule_name"] == "Up a tier"
    assert by_kind["escalation"]["note"] == "Escalation rule “Up a tier”: SLA resolution breach"
    assert (by_kind["escalation"]["from_value"], by_kind["escalation"]["to_value"]) == (
        "Service Desk",
        "Network",
    )
    system_id = by_kind["escalation"]["actor_id"]
    assert system_id not in (world.admin.id, world.supervisor.id)
    escalations = client.get(
        f"/api/v1/tickets/{ticket['number']}/escalations", headers=world.agent.headers
    ).json()["items"]
    assert escalations[-1]["to_team_id"] == world.network["id"]

    # At the top tier and at critical there is nothing more to do: said, not written.
    alert(app, ticket["number"], metric="resolution")
    applied = alert(app, ticket["number"], metric="resolution")
    assert [(a.action, a.done) for a in applied] == [
        ("raise_priority", False),
        ("reassign_next_tier", False),
    ]
    assert ticket_of(client, ticket["number"], world.agent)["priority"] == "critical"


def test_conditions_and_order_decide(client: TestClient, app: FastAPI, world: World) -> None:
    ticket = held_by_agent(client, world)
    create_rule(client, world.admin, name="Warning only", trigger="sla_warning")
    create_rule(client, world.admin, name="Next reply only", metrics=["next_reply"])
    create_rule(client, world.admin, name="Critical only", priorities=["critical"])
    create_rule(client, world.admin, name="Network only", team_id=world.network["id"])
    create_rule(client, world.admin, name="Computers only", category_id=world.computer["id"])
    off = create_rule(client, world.admin, name="Switched off")
    client.patch(f"{RULES}/{off['id']}", json={"active": False}, headers=world.admin.headers)
    assert alert(app, ticket["number"], "breached", "first_reply") == []
    assert notifications(client, world.agent, unread=True)["items"] == []

    [warned] = alert(app, ticket["number"], "warning", "first_reply")
    assert warned.rule_name == "Warning only"

    # A reassignment by an earlier rule takes the ticket out of a later rule's team.
    moved = create_rule(client, world.admin, name="Move", actions=["reassign_next_tier"])
    later = create_rule(
        client,
        world.admin,
        name="Desk",
        team_id=world.service_desk["id"],
        actions=["raise_priority"],
    )
    applied = alert(app, ticket["number"], "breached", "first_reply")
    assert [a.rule_id for a in applied] == [moved["id"]]
    assert ticket_of(client, ticket["number"], world.agent)["team_id"] == world.network["id"]

    # Run "Desk" first: it then sees the next ticket while still with the Service Desk.
    second = held_by_agent(client, world)
    ids = [r["id"] for r in client.get(RULES, headers=world.admin.headers).json()["items"]]
    order = [later["id"], *(i for i in ids if i != later["id"])]
    response = client.put(ORDER, json={"rule_ids": order}, headers=world.admin.headers)
    assert response.status_code == 200, response.text
    applied = alert(app, second["number"], "breached", "first_reply")
    assert [a.rule_id for a in applied] == [later["id"], moved["id"]]
    after = ticket_of(client, second["number"], world.agent)
    assert (after["priority"], after["team_id"]) == ("high", world.network["id"])


def test_closed_tickets_are_left_alone(client: TestClient, app: FastAPI, world: World) -> None:
    ticket = held_by_agent(client, world)
    create_rule(client, world.admin, actions=["raise_priority"])
    response = client.patch(
        f"/api/v1/tickets/{ticket['number']}",
        json={"status": "resolved", "resolution": "Rebooted."},
        headers=world.agent.headers,
    )
    assert response.status_code == 200, response.text
    assert alert(app, ticket["number"]) == []
    assert ticket_of(client, ticket["number"], world.agent)["priority"] == "medium"
