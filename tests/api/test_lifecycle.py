"""The ticket lifecycle through PATCH: every move, who may make it, and the history it writes."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.user.roles import Role
from tests.api.conftest import Person, make_person

STATUSES = ("new", "open", "in_progress", "pending", "resolved", "closed")

# The lifecycle as the issue states it, written out independently of api/ticket/lifecycle.py.
AGENT_MOVES: dict[str, set[str]] = {
    "new": {"open", "resolved"},
    "open": {"in_progress", "pending", "resolved"},
    "in_progress": {"open", "pending", "resolved"},
    "pending": {"open", "in_progress", "resolved"},
    "resolved": {"open", "closed"},
    "closed": set(),
}
CUSTOMER_MOVES: dict[str, set[str]] = {"resolved": {"open", "closed"}}
RESOLUTION = "Reinstalled the display driver."


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("https://")
    return body


def at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def error_fields(body: dict[str, Any]) -> list[str]:
    return [e["field"] for e in body["errors"]]


def get_ticket(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def events(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/events", headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def status_events(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    return [e for e in events(client, number, who) if e["field"] == "status"]


def patch(client: TestClient, number: int, who: Person, **body: Any) -> Any:
    return client.patch(f"/api/v1/tickets/{number}", json=body, headers=who.headers)


def move(client: TestClient, number: int, who: Person, status: str, **extra: Any) -> dict[str, Any]:
    if status == "resolved":
        extra.setdefault("resolution", RESOLUTION)
    response = patch(client, number, who, status=status, **extra)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


@dataclass
class Desk:
    """A lean help desk (the full `world` is more than these tests need, and slower)."""

    admin: Person
    agent: Person  # member of the Service Desk team
    alice: Person  # customer
    bob: Person  # another customer
    team_id: int

    def open_ticket(self, client: TestClient) -> dict[str, Any]:
        response = client.post(
            "/api/v1/tickets", json={"subject": "VPN drops"}, headers=self.alice.headers
        )
        assert response.status_code == 201, response.text
        ticket: dict[str, Any] = response.json()
        assert ticket["status"] == "new"
        return ticket


@pytest.fixture
def desk(client: TestClient, admin: Person) -> Desk:
    team = client.post(
        "/api/v1/teams", json={"name": "Service Desk", "tier": 1}, headers=admin.headers
    )
    assert team.status_code == 201, team.text
    agent = make_person(client, admin, "Andrea Agent", Role.agent)
    joined = client.put(
        f"/api/v1/teams/{team.json()['id']}/members/{agent.id}", headers=admin.headers
    )
    assert joined.status_code in (200, 201), joined.text
    alice = make_person(client, admin, "Alice Customer", Role.customer)
    bob = make_person(client, admin, "Bob Customer", Role.customer)
    return Desk(admin=admin, agent=agent, alice=alice, bob=bob, team_id=team.json()["id"])


def ticket_in(client: TestClient, desk: Desk, status: str) -> int:
    """A ticket of alice's, brought into `status` through the API only."""
    number: int = desk.open_ticket(client)["number"]
    if status == "new":
        return number
    assigned = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": desk.team_id, "agent_id": desk.agent.id},
        headers=desk.agent.headers,
    )
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["status"] == "open"
    if status in ("in_progress", "pending", "resolved"):
        move(client, number, desk.agent, status)
    if status == "closed":
        move(client, number, desk.agent, "resolved")
        move(client, number, desk.agent, "closed")
    assert get_ticket(client, number, desk.agent)["status"] == status
    return number


ALL_PAIRS = [(a, b) for a in STATUSES for b in STATUSES]


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_agent_transition(client: TestClient, desk: Desk, current: str, target: str) -> None:
    number = ticket_in(client, desk, current)
    fetched = client.get(f"/api/v1/tickets/{number}", headers=desk.agent.headers)
    before, etag_before = fetched.json(), fetched.headers["ETag"]
    history_before = events(client, number, desk.agent)
    body: dict[str, Any] = {"status": target}
    if target == "resolved" and current != "resolved":
        body["resolution"] = RESOLUTION
    response = patch(client, number, desk.agent, **body)

    if current == target:
        # Asking for the status the ticket already has is not a move: nothing changes at all,
        # not the version, not updated_at, not the ETag, and no event is written.
        assert response.status_code == 200, response.text
        assert response.json() == before
        assert response.headers["ETag"] == etag_before
        assert get_ticket(client, number, desk.agent) == before
        assert events(client, number, desk.agent) == history_before
        return

    if target not in AGENT_MOVES[current]:
        problem = assert_problem(response, 409)
        assert sorted(problem["allowed"]) == sorted(AGENT_MOVES[current])
        assert current in problem["detail"]
        assert target in problem["detail"]
        assert get_ticket(client, number, desk.agent) == before
        assert events(client, number, desk.agent) == history_before
        return

    assert response.status_code == 200, response.text
    after = response.json()
    assert after["status"] == target
    assert after["version"] > before["version"]
    assert get_ticket(client, number, desk.agent)["status"] == target
    new_events = events(client, number, desk.agent)[len(history_before) :]
    changes = [e for e in new_events if e["field"] == "status"]
    assert len(changes) == 1, new_events
    change = changes[0]
    assert change["kind"] == (
        "reopened" if (current, target) == ("resolved", "open") else "status_changed"
    )
    assert (change["from_value"], change["to_value"]) == (current, target)
    assert change["actor_id"] == desk.agent.id
    assert change["actor_role"] == "agent"
    assert change["channel"] == "web"
    assert change["public"] is True

    if target == "resolved":
        assert after["resolution"] == RESOLUTION
        assert after["resolved_at"] is not None
        assert change["note"] == RESOLUTION
    if target == "closed":
        assert after["closed_at"] is not None
        assert after["resolved_at"] == before["resolved_at"]
    if (current, target) == ("resolved", "open"):
        # Reopening forgets what was thought to have fixed it.
        assert after["resolved_at"] is None
        assert after["resolution"] is None
        assert before["resolution"] == RESOLUTION
    if target not in ("resolved", "closed") and current != "resolved":
        assert after["resolved_at"] is None
        assert after["closed_at"] is None


def test_assignment_registers_a_new_ticket(client: TestClient, desk: Desk) -> None:
    number = desk.open_ticket(client)["number"]
    response = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": desk.team_id},
        headers=desk.agent.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "team_id": desk.team_id,
        "agent_id": None,
        "status": "open",
    }
    [change] = status_events(client, number, desk.agent)
    assert (change["from_value"], change["to_value"]) == ("new", "open")
    assert change["actor_id"] == desk.agent.id
    assert change["actor_role"] == "agent"


def test_assigning_an_open_ticket_keeps_its_status(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "in_progress")
    response = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": desk.team_id},
        headers=desk.agent.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "in_progress"


def test_resolving_needs_a_resolution(client: TestClient, desk: Desk) -> None:
    for current in ("new", "open", "in_progress", "pending"):
        number = ticket_in(client, desk, current)
        before = get_ticket(client, number, desk.agent)
        history_before = events(client, number, desk.agent)
        for resolution in (None, "   "):
            body: dict[str, Any] = {"status": "resolved"}
            if resolution is not None:
                body["resolution"] = resolution
            problem = assert_problem(patch(client, number, desk.agent, **body), 422)
            assert error_fields(problem) == ["resolution"], (current, resolution)
            assert get_ticket(client, number, desk.agent) == before, (current, resolution)
            assert events(client, number, desk.agent) == history_before


def test_resolution_without_resolving_is_refused(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "open")
    before = get_ticket(client, number, desk.agent)
    problem = assert_problem(patch(client, number, desk.agent, resolution=RESOLUTION), 422)
    assert error_fields(problem) == ["resolution"]
    problem = assert_problem(
        patch(client, number, desk.agent, status="pending", resolution=RESOLUTION), 422
    )
    assert error_fields(problem) == ["resolution"]
    assert get_ticket(client, number, desk.agent) == before


def test_first_contact_resolution(client: TestClient, desk: Desk) -> None:
    number = desk.open_ticket(client)["number"]
    after = move(client, number, desk.agent, "resolved", resolution="  Restarted the router. ")
    assert after["resolution"] == "Restarted the router."
    assert after["resolved_at"] is not None
    assert after["closed_at"] is None
    [change] = status_events(client, number, desk.agent)
    assert (change["from_value"], change["to_value"]) == ("new", "resolved")
    assert change["note"] == "Restarted the router."
    # The requester sees the resolution in the public history.
    [seen] = status_events(client, number, desk.alice)
    assert seen["id"] == change["id"]
    assert seen["note"] == "Restarted the router."


def test_timestamps_through_resolve_reopen_and_close(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "in_progress")
    fresh = get_ticket(client, number, desk.agent)
    assert fresh["resolved_at"] is None
    assert fresh["closed_at"] is None

    resolved = move(client, number, desk.agent, "resolved")
    assert resolved["resolved_at"] is not None
    assert at(resolved["resolved_at"]) >= at(fresh["created_at"])

    reopened = move(client, number, desk.agent, "open")
    assert reopened["resolved_at"] is None
    assert reopened["resolution"] is None
    assert reopened["closed_at"] is None
    kinds = [
        (e["kind"], e["from_value"], e["to_value"]) for e in events(client, number, desk.agent)
    ]
    assert ("reopened", "resolved", "open") in kinds

    resolved_again = move(client, number, desk.agent, "resolved", resolution="Replaced cable.")
    assert resolved_again["resolved_at"] is not None
    assert at(resolved_again["resolved_at"]) >= at(resolved["resolved_at"])
    assert resolved_again["resolution"] == "Replaced cable."

    closed = move(client, number, desk.agent, "closed")
    assert closed["closed_at"] is not None
    assert at(closed["closed_at"]) >= at(closed["resolved_at"])
    assert closed["resolved_at"] == resolved_again["resolved_at"]

    trail = [(e["from_value"], e["to_value"]) for e in status_events(client, number, desk.agent)]
    assert trail == [
        ("new", "open"),
        ("open", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "open"),
        ("open", "resolved"),
        ("resolved", "closed"),
    ]


def test_closed_is_final_for_everyone(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "closed")
    for who in (desk.agent, desk.admin, desk.alice):
        for target in ("new", "open", "in_progress", "pending", "resolved"):
            body: dict[str, Any] = {"status": target}
            if target == "resolved" and who is not desk.alice:
                body["resolution"] = RESOLUTION
            problem = assert_problem(patch(client, number, who, **body), 409)
            assert problem["allowed"] == []
    assert get_ticket(client, number, desk.agent)["status"] == "closed"


@pytest.mark.parametrize(
    "body",
    [
        {"subject": "Renamed after closing"},
        {"description": "Rewritten after closing"},
        {"type": "problem"},
        {"tags": ["late"]},
        {"impact": "high"},
        {"urgency": "low"},
        {"priority": "critical", "priority_reason": "Too late"},
        {"priority": None},
        {"subject": "Renamed", "status": "closed"},
        {"description": "Reopen and rewrite", "status": "open"},
    ],
    ids=lambda body: "+".join(body),
)
def test_closed_ticket_fields_are_final(client: TestClient, desk: Desk, body: Any) -> None:
    number = ticket_in(client, desk, "closed")
    fetched = client.get(f"/api/v1/tickets/{number}", headers=desk.agent.headers)
    before, etag = fetched.json(), fetched.headers["ETag"]
    history_before = events(client, number, desk.agent)
    for who in (desk.agent, desk.admin):
        problem = assert_problem(patch(client, number, who, **body), 409)
        assert problem["type"] == "https://sportello.dev/problems/conflict"
        assert "closed" in problem["detail"]
        assert "errors" not in problem
    again = client.get(f"/api/v1/tickets/{number}", headers=desk.agent.headers)
    assert again.json() == before
    assert again.headers["ETag"] == etag
    assert events(client, number, desk.agent) == history_before


def test_closed_ticket_status_moves_still_name_no_allowed_status(
    client: TestClient, desk: Desk
) -> None:
    number = ticket_in(client, desk, "closed")
    before = get_ticket(client, number, desk.agent)
    problem = assert_problem(patch(client, number, desk.agent, status="open"), 409)
    assert problem["type"] == "https://sportello.dev/problems/invalid-transition"
    assert problem["allowed"] == []
    # Asking for the status it already has, or for nothing, changes nothing and is no error.
    for body in ({"status": "closed"}, {}):
        response = patch(client, number, desk.agent, **body)
        assert response.status_code == 200, response.text
        assert response.json() == before
    assert get_ticket(client, number, desk.agent) == before


# Customers -----------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["closed", "open"])
def test_customer_confirms_or_reopens_their_resolved_ticket(
    client: TestClient, desk: Desk, target: str
) -> None:
    number = ticket_in(client, desk, "resolved")
    response = patch(client, number, desk.alice, status=target)
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["status"] == target
    if target == "closed":
        assert after["closed_at"] is not None
        assert after["resolved_at"] is not None
        assert after["resolution"] == RESOLUTION
    else:
        assert after["resolved_at"] is None
        assert after["resolution"] is None
        assert after["closed_at"] is None
    change = status_events(client, number, desk.alice)[-1]
    assert change["kind"] == ("reopened" if target == "open" else "status_changed")
    assert (change["from_value"], change["to_value"]) == ("resolved", target)
    assert change["actor_id"] == desk.alice.id
    assert change["actor_role"] == "customer"
    assert change["channel"] == "web"
    # The team sees the same event.
    assert status_events(client, number, desk.agent)[-1] == change


def test_customer_may_make_no_other_move(client: TestClient, desk: Desk) -> None:
    tickets = {status: ticket_in(client, desk, status) for status in STATUSES}
    snapshots = {s: get_ticket(client, n, desk.agent) for s, n in tickets.items()}
    tried = 0
    for current, number in tickets.items():
        for target in STATUSES:
            if target == current or target in CUSTOMER_MOVES.get(current, set()):
                continue
            problem = assert_problem(patch(client, number, desk.alice, status=target), 409)
            assert sorted(problem["allowed"]) == sorted(CUSTOMER_MOVES.get(current, set()))
            tried += 1
    assert tried == 28
    for status, number in tickets.items():
        assert get_ticket(client, number, desk.agent) == snapshots[status]


def test_customer_cannot_move_someone_elses_ticket(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "resolved")
    before = get_ticket(client, number, desk.agent)
    problem = assert_problem(patch(client, number, desk.bob, status="closed"), 404)
    assert "errors" not in problem
    assert_problem(patch(client, number, desk.bob, status="open"), 404)
    assert get_ticket(client, number, desk.agent) == before


def test_customer_resolving_with_a_resolution_is_refused(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "open")
    before = get_ticket(client, number, desk.agent)
    problem = assert_problem(
        patch(client, number, desk.alice, status="resolved", resolution="Fixed it myself."), 422
    )
    assert error_fields(problem) == ["resolution"]
    assert get_ticket(client, number, desk.agent) == before


def reply(client: TestClient, number: int, who: Person, **body: Any) -> Any:
    return client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "Any news?"} | body,
        headers=who.headers,
    )


def test_customer_reply_to_a_pending_ticket_opens_it(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "pending")
    response = reply(client, number, desk.alice)
    assert response.status_code == 201, response.text
    assert get_ticket(client, number, desk.agent)["status"] == "open"
    change = status_events(client, number, desk.agent)[-1]
    assert change["kind"] == "status_changed"
    assert (change["from_value"], change["to_value"]) == ("pending", "open")
    assert change["actor_id"] == desk.alice.id
    assert change["actor_role"] == "customer"
    assert change["channel"] == "web"


def test_customer_reply_to_a_resolved_ticket_reopens_it(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "resolved")
    response = reply(client, number, desk.alice, body="Still broken.")
    assert response.status_code == 201, response.text
    after = get_ticket(client, number, desk.agent)
    assert after["status"] == "open"
    assert after["resolved_at"] is None
    assert after["resolution"] is None
    change = status_events(client, number, desk.alice)[-1]
    assert change["kind"] == "reopened"
    assert (change["from_value"], change["to_value"]) == ("resolved", "open")
    assert change["actor_id"] == desk.alice.id


def test_customer_reply_leaves_other_statuses_alone(client: TestClient, desk: Desk) -> None:
    for current in ("new", "open", "in_progress"):
        number = ticket_in(client, desk, current)
        history_before = status_events(client, number, desk.agent)
        assert reply(client, number, desk.alice).status_code == 201
        assert get_ticket(client, number, desk.agent)["status"] == current
        assert status_events(client, number, desk.agent) == history_before


def test_agent_replies_do_not_reopen(client: TestClient, desk: Desk) -> None:
    pending = ticket_in(client, desk, "pending")
    resolved = ticket_in(client, desk, "resolved")
    for number, status in ((pending, "pending"), (resolved, "resolved")):
        assert reply(client, number, desk.agent, body="Waiting on you.").status_code == 201
        assert reply(client, number, desk.agent, body="Note.", internal=True).status_code == 201
        assert get_ticket(client, number, desk.agent)["status"] == status


def test_closed_tickets_refuse_comments(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "closed")
    before = get_ticket(client, number, desk.agent)
    for who, extra in ((desk.alice, {}), (desk.agent, {}), (desk.agent, {"internal": True})):
        assert_problem(reply(client, number, who, **extra), 409)
    listing = client.get(f"/api/v1/tickets/{number}/comments", headers=desk.agent.headers)
    assert listing.status_code == 200
    assert listing.json()["items"] == []
    assert get_ticket(client, number, desk.agent) == before


def test_status_changes_through_an_api_token_record_the_api_channel(
    client: TestClient, desk: Desk
) -> None:
    created = client.post(
        "/api/v1/api-tokens",
        json={"name": "Integration", "scopes": ["tickets:read", "tickets:write"]},
        headers=desk.agent.headers,
    )
    assert created.status_code == 201, created.text
    integration = Person(desk.agent.id, desk.agent.email, desk.agent.role, created.json()["token"])
    number = ticket_in(client, desk, "open")
    move(client, number, integration, "in_progress")
    change = status_events(client, number, desk.agent)[-1]
    assert (change["from_value"], change["to_value"]) == ("open", "in_progress")
    assert change["actor_id"] == desk.agent.id
    assert change["channel"] == "api"


def test_customer_sees_status_history_of_their_ticket(client: TestClient, desk: Desk) -> None:
    number = ticket_in(client, desk, "pending")
    seen = [(e["from_value"], e["to_value"]) for e in status_events(client, number, desk.alice)]
    assert seen == [("new", "open"), ("open", "pending")]
    assert all(e["public"] for e in events(client, number, desk.alice))
