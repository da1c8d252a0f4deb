"""Impact x urgency -> priority: the matrix, its administration, agent overrides, queue order."""

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.user.roles import Role
from tests.api.conftest import Person, make_person

LEVELS = ("high", "medium", "low")

# The default matrix as the design states it (ITIL-style), independent of api/ticket/priority.py.
DEFAULT_MATRIX: dict[tuple[str, str], str] = {
    ("high", "high"): "critical",
    ("high", "medium"): "high",
    ("high", "low"): "medium",
    ("medium", "high"): "high",
    ("medium", "medium"): "medium",
    ("medium", "low"): "low",
    ("low", "high"): "medium",
    ("low", "medium"): "low",
    ("low", "low"): "low",
}


@dataclass
class Cast:
    """The people these tests need (the shared `world` fixture is more, and slower to build)."""

    admin: Person
    supervisor: Person
    agent: Person
    alice: Person  # customer

    def open_ticket(
        self, client: TestClient, who: Person | None = None, **fields: Any
    ) -> dict[str, Any]:
        body = {"subject": "Laptop does not boot"} | fields
        response = client.post("/api/v1/tickets", json=body, headers=(who or self.alice).headers)
        assert response.status_code == 201, response.text
        ticket: dict[str, Any] = response.json()
        return ticket


@pytest.fixture
def cast(client: TestClient, admin: Person) -> Cast:
    return Cast(
        admin=admin,
        supervisor=make_person(client, admin, "Sam Supervisor", Role.supervisor),
        agent=make_person(client, admin, "Andrea Agent", Role.agent),
        alice=make_person(client, admin, "Alice Customer", Role.customer),
    )


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def error_fields(body: dict[str, Any]) -> list[str]:
    return [e["field"] for e in body["errors"]]


def cells(matrix: dict[tuple[str, str], str]) -> list[dict[str, str]]:
    return [{"impact": i, "urgency": u, "priority": p} for (i, u), p in matrix.items()]


def as_matrix(body: dict[str, Any]) -> dict[tuple[str, str], str]:
    found = {(c["impact"], c["urgency"]): c["priority"] for c in body["cells"]}
    assert len(found) == len(body["cells"]) == 9
    return found


def get_matrix(client: TestClient, who: Person) -> dict[tuple[str, str], str]:
    response = client.get("/api/v1/priority-matrix", headers=who.headers)
    assert response.status_code == 200, response.text
    return as_matrix(response.json())


def ticket_count(client: TestClient, who: Person) -> int:
    response = client.get("/api/v1/tickets", params={"limit": 100}, headers=who.headers)
    assert response.status_code == 200, response.text
    return len(response.json()["items"])


def get_ticket(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def priority_events(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/events", headers=who.headers)
    assert response.status_code == 200, response.text
    return [e for e in response.json()["items"] if e["kind"] == "priority_changed"]


def test_default_matrix_on_creation(client: TestClient, cast: Cast) -> None:
    got = {}
    for impact in LEVELS:
        for urgency in LEVELS:
            ticket = cast.open_ticket(client, impact=impact, urgency=urgency)
            assert (ticket["impact"], ticket["urgency"]) == (impact, urgency)
            assert "priority_overridden" not in ticket  # the customer view
            got[(impact, urgency)] = ticket["priority"]
    assert got == DEFAULT_MATRIX


def test_impact_and_urgency_default_to_medium(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(client)
    assert (ticket["impact"], ticket["urgency"], ticket["priority"]) == (
        "medium",
        "medium",
        "medium",
    )


def test_matrix_is_readable_by_everyone_signed_in(client: TestClient, cast: Cast) -> None:
    for who in (cast.alice, cast.agent, cast.admin):
        assert get_matrix(client, who) == DEFAULT_MATRIX
    anonymous = client.get("/api/v1/priority-matrix")
    assert_problem(anonymous, 401)
    assert anonymous.headers["www-authenticate"] == "Bearer"


def test_admin_replaces_the_matrix(client: TestClient, cast: Cast) -> None:
    existing = cast.open_ticket(client, impact="low", urgency="low")
    assert existing["priority"] == "low"
    stricter = DEFAULT_MATRIX | {("low", "low"): "high", ("high", "high"): "high"}

    response = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(stricter)}, headers=cast.admin.headers
    )
    assert response.status_code == 200, response.text
    assert as_matrix(response.json()) == stricter
    assert get_matrix(client, cast.alice) == stricter

    # New tickets follow the new matrix; the existing one keeps the priority it had.
    assert cast.open_ticket(client, impact="low", urgency="low")["priority"] == "high"
    assert cast.open_ticket(client, impact="high", urgency="high")["priority"] == "high"
    assert cast.open_ticket(client, impact="medium", urgency="high")["priority"] == "high"
    kept = get_ticket(client, existing["number"], cast.agent)
    assert kept["priority"] == "low"
    assert kept["version"] == existing["version"]
    assert priority_events(client, existing["number"], cast.agent) == []

    # Replacing again with the default puts every cell back.
    back = client.put(
        "/api/v1/priority-matrix",
        json={"cells": cells(DEFAULT_MATRIX)},
        headers=cast.admin.headers,
    )
    assert back.status_code == 200, back.text
    assert get_matrix(client, cast.agent) == DEFAULT_MATRIX
    assert cast.open_ticket(client, impact="low", urgency="low")["priority"] == "low"


def test_recomputation_uses_the_current_matrix(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(client, impact="low", urgency="medium")
    assert ticket["priority"] == "low"
    changed = DEFAULT_MATRIX | {("low", "high"): "critical"}
    response = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(changed)}, headers=cast.admin.headers
    )
    assert response.status_code == 200, response.text
    patched = client.patch(
        f"/api/v1/tickets/{ticket['number']}", json={"urgency": "high"}, headers=cast.agent.headers
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["priority"] == "critical"


def test_only_admins_replace_the_matrix(client: TestClient, cast: Cast) -> None:
    changed = DEFAULT_MATRIX | {("low", "low"): "critical"}
    for who in (cast.agent, cast.supervisor, cast.alice):
        response = client.put(
            "/api/v1/priority-matrix", json={"cells": cells(changed)}, headers=who.headers
        )
        problem = assert_problem(response, 403)
        assert "errors" not in problem
        assert get_matrix(client, cast.admin) == DEFAULT_MATRIX, who.role
    assert cast.open_ticket(client, impact="low", urgency="low")["priority"] == "low"


def test_anonymous_cannot_replace_the_matrix(client: TestClient, admin: Person) -> None:
    response = client.put("/api/v1/priority-matrix", json={"cells": cells(DEFAULT_MATRIX)})
    assert_problem(response, 401)
    assert get_matrix(client, admin) == DEFAULT_MATRIX


def _without(cell: tuple[str, str]) -> list[dict[str, str]]:
    return [c for c in cells(DEFAULT_MATRIX) if (c["impact"], c["urgency"]) != cell]


BAD_MATRICES: dict[str, tuple[Any, str]] = {
    "missing-cell": ({"cells": _without(("low", "low"))}, "cells"),
    "duplicated-cell": (
        {
            "cells": [
                *_without(("low", "low")),
                {"impact": "high", "urgency": "high", "priority": "low"},
            ]
        },
        "cells",
    ),
    "tenth-cell": (
        {
            "cells": [
                *cells(DEFAULT_MATRIX),
                {"impact": "low", "urgency": "low", "priority": "high"},
            ]
        },
        "cells",
    ),
    "empty": ({"cells": []}, "cells"),
    "unknown-priority": (
        {
            "cells": [
                *_without(("low", "low")),
                {"impact": "low", "urgency": "low", "priority": "urgent"},
            ]
        },
        "cells.8.priority",
    ),
    "unknown-level": (
        {
            "cells": [
                *_without(("low", "low")),
                {"impact": "low", "urgency": "extreme", "priority": "low"},
            ]
        },
        "cells.8.urgency",
    ),
    "no-cells": ({}, "cells"),
}


def test_incomplete_or_invalid_matrix_is_refused(client: TestClient, admin: Person) -> None:
    for case, (body, field) in BAD_MATRICES.items():
        response = client.put("/api/v1/priority-matrix", json=body, headers=admin.headers)
        problem = assert_problem(response, 422)
        assert field in error_fields(problem), case
        assert get_matrix(client, admin) == DEFAULT_MATRIX, case


# Agent overrides -----------------------------------------------------------------------


def test_agent_overrides_priority_on_create(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(
        client,
        who=cast.agent,
        requester_id=cast.alice.id,
        impact="low",
        urgency="low",
        priority="critical",
        priority_reason="Payroll run blocked",
    )
    assert ticket["priority"] == "critical"
    assert ticket["priority_overridden"] is True
    assert ticket["priority_reason"] == "Payroll run blocked"

    [override] = priority_events(client, ticket["number"], cast.agent)
    assert (override["from_value"], override["to_value"]) == ("low", "critical")
    assert override["note"] == "Payroll run blocked"
    assert override["actor_id"] == cast.agent.id
    assert override["actor_role"] == "agent"
    assert override["public"] is False

    # The requester sees the priority but neither the override, its reason nor the event.
    seen = get_ticket(client, ticket["number"], cast.alice)
    assert seen["priority"] == "critical"
    assert "priority_overridden" not in seen
    assert "priority_reason" not in seen
    assert priority_events(client, ticket["number"], cast.alice) == []


def test_override_on_create_needs_a_reason(client: TestClient, cast: Cast) -> None:
    for reason in (None, "", "   "):
        body: dict[str, Any] = {"subject": "Printer on fire", "priority": "critical"}
        if reason is not None:
            body["priority_reason"] = reason
        response = client.post("/api/v1/tickets", json=body, headers=cast.agent.headers)
        problem = assert_problem(response, 422)
        assert error_fields(problem) == ["priority_reason"], reason
    assert ticket_count(client, cast.agent) == 0


def test_reason_without_priority_on_create_is_refused(client: TestClient, cast: Cast) -> None:
    response = client.post(
        "/api/v1/tickets",
        json={"subject": "Printer on fire", "priority_reason": "It is on fire"},
        headers=cast.agent.headers,
    )
    problem = assert_problem(response, 422)
    assert error_fields(problem) == ["priority_reason"]
    assert ticket_count(client, cast.agent) == 0


def test_agent_overrides_priority_on_patch(client: TestClient, cast: Cast) -> None:
    number = cast.open_ticket(client)["number"]
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"priority": "high", "priority_reason": "Director's laptop"},
        headers=cast.agent.headers,
    )
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["priority"] == "high"
    assert after["priority_overridden"] is True
    assert after["priority_reason"] == "Director's laptop"
    assert (after["impact"], after["urgency"]) == ("medium", "medium")
    [override] = priority_events(client, number, cast.agent)
    assert (override["from_value"], override["to_value"]) == ("medium", "high")
    assert override["note"] == "Director's laptop"
    assert override["data"] == {"override": True}
    assert override["actor_id"] == cast.agent.id
    assert override["actor_role"] == "agent"
    assert override["channel"] == "web"
    assert priority_events(client, number, cast.alice) == []


def test_override_on_patch_needs_a_reason(client: TestClient, cast: Cast) -> None:
    number = cast.open_ticket(client)["number"]
    before = get_ticket(client, number, cast.agent)
    for body in (
        {"priority": "critical"},
        {"priority": "critical", "priority_reason": "   "},
        {"priority_reason": "Because"},
        {"impact": "high", "priority": "critical"},
    ):
        response = client.patch(f"/api/v1/tickets/{number}", json=body, headers=cast.agent.headers)
        problem = assert_problem(response, 422)
        assert error_fields(problem) == ["priority_reason"], body
        assert get_ticket(client, number, cast.agent) == before, body
    assert priority_events(client, number, cast.agent) == []


def test_changing_impact_or_urgency_recomputes(client: TestClient, cast: Cast) -> None:
    number = cast.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}"
    steps = [
        ({"impact": "high"}, "high"),
        ({"urgency": "high"}, "critical"),
        ({"impact": "low", "urgency": "low"}, "low"),
        ({"urgency": "high"}, "medium"),
    ]
    for body, expected in steps:
        response = client.patch(url, json=body, headers=cast.agent.headers)
        assert response.status_code == 200, response.text
        assert response.json()["priority"] == expected, body
        assert response.json()["priority_overridden"] is False
    trail = [
        (e["from_value"], e["to_value"], e["note"], e["data"])
        for e in priority_events(client, number, cast.agent)
    ]
    assert trail == [
        ("medium", "high", None, {"override": False}),
        ("high", "critical", None, {"override": False}),
        ("critical", "low", None, {"override": False}),
        ("low", "medium", None, {"override": False}),
    ]


def test_an_override_survives_impact_and_urgency_changes(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(
        client,
        who=cast.agent,
        impact="high",
        urgency="high",
        priority="low",
        priority_reason="Known issue, workaround given",
    )
    url = f"/api/v1/tickets/{ticket['number']}"
    response = client.patch(
        url, json={"impact": "low", "urgency": "medium"}, headers=cast.agent.headers
    )
    assert response.status_code == 200, response.text
    after = response.json()
    assert (after["impact"], after["urgency"]) == ("low", "medium")
    assert after["priority"] == "low"
    assert after["priority_overridden"] is True
    assert after["priority_reason"] == "Known issue, workaround given"
    response = client.patch(url, json={"urgency": "high"}, headers=cast.agent.headers)
    assert response.status_code == 200, response.text
    assert response.json()["priority"] == "low"
    [override] = priority_events(client, ticket["number"], cast.agent)
    assert (override["from_value"], override["to_value"]) == ("critical", "low")

    # An override sent with new impact/urgency wins over the matrix.
    response = client.patch(
        url,
        json={"impact": "high", "priority": "medium", "priority_reason": "Spreading"},
        headers=cast.agent.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["priority"] == "medium"
    assert response.json()["priority_reason"] == "Spreading"
    assert priority_events(client, ticket["number"], cast.agent)[-1]["note"] == "Spreading"


def test_dropping_an_override_returns_the_priority_to_the_matrix(
    client: TestClient, cast: Cast
) -> None:
    ticket = cast.open_ticket(
        client,
        who=cast.agent,
        impact="high",
        urgency="medium",
        priority="low",
        priority_reason="Workaround in place",
    )
    assert (ticket["priority"], ticket["priority_overridden"]) == ("low", True)
    url = f"/api/v1/tickets/{ticket['number']}"
    # A reason makes no sense without a priority to justify.
    refused = client.patch(
        url,
        json={"priority": None, "priority_reason": "Back to normal"},
        headers=cast.agent.headers,
    )
    assert error_fields(assert_problem(refused, 422)) == ["priority_reason"]
    assert get_ticket(client, ticket["number"], cast.agent) == ticket

    response = client.patch(url, json={"priority": None}, headers=cast.agent.headers)
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["priority"] == DEFAULT_MATRIX[("high", "medium")] == "high"
    assert after["priority_overridden"] is False
    assert after["priority_reason"] is None
    assert after["version"] > ticket["version"]
    assert response.headers["ETag"] != f'"ticket-{ticket["number"]}-v{ticket["version"]}"'
    assert get_ticket(client, ticket["number"], cast.agent) == after
    dropped = priority_events(client, ticket["number"], cast.agent)[-1]
    assert (dropped["from_value"], dropped["to_value"]) == ("low", "high")
    assert dropped["note"] is None
    assert dropped["data"] == {"override": False}
    assert dropped["actor_id"] == cast.agent.id
    # From now on the matrix decides again.
    response = client.patch(url, json={"urgency": "high"}, headers=cast.agent.headers)
    assert response.json()["priority"] == "critical"
    # Dropping an override that no longer exists changes nothing.
    current = get_ticket(client, ticket["number"], cast.agent)
    events_before = priority_events(client, ticket["number"], cast.agent)
    again = client.patch(url, json={"priority": None}, headers=cast.agent.headers)
    assert again.status_code == 200, again.text
    assert again.json() == current
    assert priority_events(client, ticket["number"], cast.agent) == events_before


def test_dropping_an_override_that_matches_the_matrix_still_clears_it(
    client: TestClient, cast: Cast
) -> None:
    ticket = cast.open_ticket(
        client, who=cast.agent, priority="medium", priority_reason="Agreed with the customer"
    )
    assert (ticket["priority"], ticket["priority_overridden"]) == ("medium", True)
    response = client.patch(
        f"/api/v1/tickets/{ticket['number']}",
        json={"priority": None},
        headers=cast.supervisor.headers,
    )
    assert response.status_code == 200, response.text
    after = response.json()
    assert (after["priority"], after["priority_overridden"], after["priority_reason"]) == (
        "medium",
        False,
        None,
    )
    assert after["version"] > ticket["version"]
    dropped = priority_events(client, ticket["number"], cast.agent)[-1]
    assert (dropped["from_value"], dropped["to_value"]) == ("medium", "medium")
    assert dropped["data"] == {"override": False}
    assert dropped["actor_id"] == cast.supervisor.id
    # Now impact and urgency move it again.
    moved = client.patch(
        f"/api/v1/tickets/{ticket['number']}", json={"impact": "low"}, headers=cast.agent.headers
    )
    assert moved.json()["priority"] == "low"


def test_dropping_an_override_uses_the_current_matrix(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(
        client, who=cast.agent, impact="low", urgency="low", priority="high", priority_reason="VIP"
    )
    changed = DEFAULT_MATRIX | {("low", "low"): "medium"}
    put = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(changed)}, headers=cast.admin.headers
    )
    assert put.status_code == 200, put.text
    response = client.patch(
        f"/api/v1/tickets/{ticket['number']}", json={"priority": None}, headers=cast.agent.headers
    )
    assert response.status_code == 200, response.text
    assert (response.json()["priority"], response.json()["priority_overridden"]) == (
        "medium",
        False,
    )


def test_other_changes_never_recompute_the_priority(client: TestClient, cast: Cast) -> None:
    ticket = cast.open_ticket(client, impact="low", urgency="medium")
    assert ticket["priority"] == "low"
    number = ticket["number"]
    url = f"/api/v1/tickets/{number}"
    # The administrator reprices that cell; existing tickets keep their priority until someone
    # changes their impact or urgency.
    changed = DEFAULT_MATRIX | {("low", "medium"): "critical", ("low", "high"): "high"}
    put = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(changed)}, headers=cast.admin.headers
    )
    assert put.status_code == 200, put.text
    for body in (
        {"subject": "Laptop does not boot after the update"},
        {"description": "Black screen, fan spins."},
        {"type": "problem"},
        {"tags": ["laptop"]},
        {"status": "open"},
        {"status": "resolved", "resolution": "Rolled the update back."},
        {"status": "open"},
    ):
        response = client.patch(url, json=body, headers=cast.agent.headers)
        assert response.status_code == 200, (body, response.text)
        assert response.json()["priority"] == "low", body
        assert response.json()["priority_overridden"] is False
    reply = client.post(
        f"{url}/comments", json={"body": "We are on it."}, headers=cast.agent.headers
    )
    assert reply.status_code == 201, reply.text
    assert get_ticket(client, number, cast.agent)["priority"] == "low"
    assert priority_events(client, number, cast.agent) == []
    # Changing urgency does recompute, with the matrix as it is now.
    response = client.patch(url, json={"urgency": "high"}, headers=cast.agent.headers)
    assert response.json()["priority"] == "high"
    [recomputed] = priority_events(client, number, cast.agent)
    assert (recomputed["from_value"], recomputed["to_value"]) == ("low", "high")


def test_an_override_survives_a_matrix_change_and_impact_changes(
    client: TestClient, cast: Cast
) -> None:
    ticket = cast.open_ticket(
        client, who=cast.agent, impact="low", urgency="low", priority="high", priority_reason="VIP"
    )
    changed = dict.fromkeys(DEFAULT_MATRIX, "critical")
    put = client.put(
        "/api/v1/priority-matrix", json={"cells": cells(changed)}, headers=cast.admin.headers
    )
    assert put.status_code == 200, put.text
    url = f"/api/v1/tickets/{ticket['number']}"
    for body in ({"impact": "high"}, {"urgency": "medium"}, {"subject": "VIP laptop"}):
        response = client.patch(url, json=body, headers=cast.agent.headers)
        assert response.status_code == 200, response.text
        after = response.json()
        assert (after["priority"], after["priority_overridden"], after["priority_reason"]) == (
            "high",
            True,
            "VIP",
        ), body
    assert [e["to_value"] for e in priority_events(client, ticket["number"], cast.agent)] == [
        "high"
    ]


def test_customer_cannot_set_priority_on_create(client: TestClient, cast: Cast) -> None:
    for extra in (
        {"priority": "critical"},
        {"priority": "critical", "priority_reason": "Urgent for me"},
        {"priority_reason": "Urgent for me"},
    ):
        response = client.post(
            "/api/v1/tickets", json={"subject": "Mail is slow"} | extra, headers=cast.alice.headers
        )
        problem = assert_problem(response, 422)
        assert sorted(error_fields(problem)) == sorted(extra)
    assert ticket_count(client, cast.agent) == 0


def test_customer_cannot_set_priority_on_update(client: TestClient, cast: Cast) -> None:
    number = cast.open_ticket(client)["number"]
    before = get_ticket(client, number, cast.alice)
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"priority": "critical", "priority_reason": "Please"},
        headers=cast.alice.headers,
    )
    problem = assert_problem(response, 422)
    assert sorted(error_fields(problem)) == ["priority", "priority_reason"]
    # Nor may she ask for the matrix priority back.
    response = client.patch(
        f"/api/v1/tickets/{number}", json={"priority": None}, headers=cast.alice.headers
    )
    assert error_fields(assert_problem(response, 422)) == ["priority"]
    assert get_ticket(client, number, cast.alice) == before


# The default queue ---------------------------------------------------------------------


def test_default_order_is_critical_first_then_oldest(client: TestClient, cast: Cast) -> None:
    plan = [
        ("low", "low"),  # low
        ("high", "high"),  # critical
        ("medium", "medium"),  # medium
        ("high", "medium"),  # high
        ("high", "high"),  # critical
        ("low", "medium"),  # low
        ("medium", "high"),  # high
        ("high", "low"),  # medium
    ]
    numbers = [
        cast.open_ticket(client, subject=f"Ticket {i}", impact=impact, urgency=urgency)["number"]
        for i, (impact, urgency) in enumerate(plan)
    ]
    # A low-impact ticket raised to critical by an agent joins the critical tickets, last.
    overridden = cast.open_ticket(
        client,
        who=cast.agent,
        impact="low",
        urgency="low",
        priority="critical",
        priority_reason="Security incident",
    )["number"]
    n = numbers
    expected = [n[1], n[4], overridden, n[3], n[6], n[2], n[7], n[0], n[5]]

    for params in ({}, {"sort": "priority"}):
        response = client.get("/api/v1/tickets", params=params, headers=cast.agent.headers)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert [t["number"] for t in items] == expected
        assert [t["priority"] for t in items] == [
            "critical",
            "critical",
            "critical",
            "high",
            "high",
            "medium",
            "medium",
            "low",
            "low",
        ]

    # Walking the queue two at a time gives the same order, without repeats or gaps.
    walked: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/v1/tickets", params=params, headers=cast.agent.headers)
        assert page.status_code == 200, page.text
        walked += [t["number"] for t in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert walked == expected

    # A priority change moves a ticket within the queue.
    response = client.patch(
        f"/api/v1/tickets/{n[0]}",
        json={"impact": "high", "urgency": "high"},
        headers=cast.agent.headers,
    )
    assert response.status_code == 200, response.text
    listing = client.get("/api/v1/tickets", headers=cast.agent.headers).json()["items"]
    assert [t["number"] for t in listing][:4] == [n[0], n[1], n[4], overridden]

    # A customer's queue is ordered the same way.
    mine = client.get("/api/v1/tickets", headers=cast.alice.headers).json()["items"]
    assert [t["number"] for t in mine] == [n[0], n[1], n[4], n[3], n[6], n[2], n[7], n[5]]
