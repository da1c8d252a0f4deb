"""The demo help desk routes, assigns and escalates: a ticket opened after `sportello demo`
finds its team and agent by the demo's rules, and the escalation rules are there to see."""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.demo.catalog import DEMO_PASSWORD
from api.demo.loader import DOMAIN, load_demo
from tests.api.conftest import sign_in


def _headers(client: TestClient, login: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {sign_in(client, f'{login}@{DOMAIN}', DEMO_PASSWORD)}"}


def _open(client: TestClient, who: dict[str, str], subject: str) -> dict[str, Any]:
    response = client.post(
        "/api/v1/tickets",
        json={"subject": subject, "description": "Since this morning.", "type": "incident"},
        headers=who,
    )
    assert response.status_code == 201, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def _routed_by(client: TestClient, number: int, who: dict[str, str]) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}/events", headers=who)
    assert response.status_code == 200, response.text
    assigned = [e for e in response.json()["items"] if e["kind"] == "assigned"]
    assert len(assigned) == 1, assigned
    data: dict[str, Any] = assigned[0]["data"]
    return data


def test_the_demo_routes_new_tickets_assigns_in_turn_and_escalates(
    client: TestClient, app: FastAPI
) -> None:
    load_demo(app.state.db, app.state.settings, tickets=8, seed=3)
    admin, supervisor = _headers(client, "admin"), _headers(client, "supervisor")
    customer = _headers(client, "giulia.bianchi")
    teams = {t["name"]: t for t in client.get("/api/v1/teams", headers=admin).json()["items"]}
    profiles = client.get("/api/v1/agents/routing-profiles", headers=admin).json()["items"]
    people = {p["name"]: p for p in profiles}
    sara = client.get("/api/v1/users/me", headers=supervisor).json()["id"]
    assert {t["supervisor_id"] for t in teams.values()} == {sara}
    before = client.get("/api/v1/tickets", headers=admin, params={"limit": 100}).json()["items"]

    # A VPN problem goes to the Network team, to one of its agents, and says which rule did it.
    vpn = _open(client, customer, "VPN drops when I join a call")
    network = teams["Network"]
    ticket = client.get(f"/api/v1/tickets/{vpn['number']}", headers=admin).json()
    assert ticket["team_id"] == network["id"]
    assert ticket["assignee_id"] in network["member_ids"]
    assert "network" in ticket["tags"]
    routed = _routed_by(client, vpn["number"], admin)
    assert routed["rule_name"] == "Network problems to Network"
    assert routed["to_team_id"] == network["id"]
    assert routed["strategy"] == "skills"

    # Outages go to the first line, raised to critical, handed out in turn to those available:
    # Sophie Bernard is away, so she gets none.
    desk = teams["Service Desk"]
    assert desk["assignment_strategy"] == "round_robin"
    assert people["Sophie Bernard"]["available"] is False
    assert {p["name"] for p in profiles if not p["available"]} == {"Sophie Bernard"}
    assert set(people["Elena Moretti"]["skills"]) == {"network", "wifi"}
    away = people["Sophie Bernard"]["agent_id"]
    available = set(desk["member_ids"]) - {away}
    assert len(available) >= 2
    assignees = []
    for floor in range(2 * len(available)):
        outage = _open(client, customer, f"Printers offline on floor {floor}")
        ticket = client.get(f"/api/v1/tickets/{outage['number']}", headers=admin).json()
        assert ticket["team_id"] == desk["id"]
        assert ticket["priority"] == "critical"
        routed = _routed_by(client, outage["number"], admin)
        assert routed["rule_name"] == "Outages jump the queue"
        assert routed["strategy"] == "round_robin"
        assignees.append(ticket["assignee_id"])
    assert away not in assignees
    first_round = assignees[: len(available)]
    assert set(first_round) == available  # each available agent once before anyone twice
    assert assignees[len(available) :] == first_round

    # A ticket no rule matches waits, unassigned, for the first line to take it.
    other = _open(client, customer, "Scanner saves blank pages")
    ticket = client.get(f"/api/v1/tickets/{other['number']}", headers=admin).json()
    assert (ticket["team_id"], ticket["assignee_id"]) == (None, None)

    # The demo's own tickets were not routed again: same teams and agents as before.
    after = {
        t["number"]: t
        for t in client.get("/api/v1/tickets", headers=admin, params={"limit": 100}).json()["items"]
    }
    for old in before:
        kept = after[old["number"]]
        assert (kept["team_id"], kept["assignee_id"]) == (old["team_id"], old["assignee_id"])

    rules = client.get("/api/v1/escalation/rules", headers=supervisor)
    assert rules.status_code == 200, rules.text
    by_name = {r["name"]: r for r in rules.json()["items"]}
    assert set(by_name) == {
        "First reply due soon: tell the assignee",
        "Reply or resolution overdue: tell the supervisor",
        "Critical resolution overdue: next tier",
    }
    assert by_name["First reply due soon: tell the assignee"]["actions"] == ["notify_assignee"]
    assert by_name["Critical resolution overdue: next tier"]["priorities"] == ["critical"]
    listed = client.get("/api/v1/routing/rules", headers=admin).json()["items"]
    assert [r["name"] for r in listed] == [
        "Outages jump the queue",
        "Network problems to Network",
        "Phones to Telephony",
        "Sign-in problems to Applications",
    ]
