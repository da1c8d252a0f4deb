"""Comments: internal notes never reach a customer by any path; first response; pagination;
closed tickets; Idempotency-Key."""

from datetime import datetime
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

PROBLEM = "application/problem+json"
SECRET_NOTE = "Internal: customer is on the watch list, do not refund"


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def _comment(
    client: TestClient, number: int, who: Person, body: str, **extra: Any
) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": body} | extra, headers=who.headers
    )
    assert response.status_code == 201, response.text
    comment: dict[str, Any] = response.json()
    return comment


def _all(client: TestClient, path: str, who: Person, limit: int = 100) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        response = client.get(path, params=params, headers=who.headers)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


def _ticket(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _close(client: TestClient, world: World, number: int) -> None:
    for change in (
        {"status": "resolved", "resolution": "Replaced the power supply."},
        {"status": "closed"},
    ):
        response = client.patch(
            f"/api/v1/tickets/{number}", json=change, headers=world.agent.headers
        )
        assert response.status_code == 200, response.text


def _worked_ticket(client: TestClient, world: World) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """Alice's ticket, assigned, reprioritised, with an internal note and a public reply."""
    number = world.open_ticket(client)["number"]
    h = world.agent.headers
    assigned = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
        headers=h,
    )
    assert assigned.status_code == 200, assigned.text
    reprioritised = client.patch(
        f"/api/v1/tickets/{number}",
        json={"priority": "critical", "priority_reason": "CEO's laptop, board meeting at 3"},
        headers=h,
    )
    assert reprioritised.status_code == 200, reprioritised.text
    note = _comment(client, number, world.agent, SECRET_NOTE, internal=True)
    reply = _comment(client, number, world.agent, "We are looking into it.")
    return number, note, reply


def test_customer_never_sees_internal_notes_or_private_history(
    client: TestClient, world: World
) -> None:
    number, note, reply = _worked_ticket(client, world)
    assert note["internal"] is True
    assert reply["internal"] is False

    staff_comments = _all(client, f"/api/v1/tickets/{number}/comments", world.agent)
    assert [c["id"] for c in staff_comments] == [note["id"], reply["id"]]
    customer_comments = _all(client, f"/api/v1/tickets/{number}/comments", world.alice)
    assert customer_comments == [reply]

    staff_events = _all(client, f"/api/v1/tickets/{number}/events", world.agent)
    staff_kinds = {e["kind"] for e in staff_events}
    assert {"created", "assigned", "priority_changed", "commented"} <= staff_kinds
    note_events = [e for e in staff_events if (e["data"] or {}).get("comment_id") == note["id"]]
    assert len(note_events) == 1
    assert note_events[0]["public"] is False

    customer_events = _all(client, f"/api/v1/tickets/{number}/events", world.alice)
    assert customer_events, "the customer sees the public history"
    assert all(e["public"] is True for e in customer_events)
    assert customer_events == [e for e in staff_events if e["public"]]
    kinds = {e["kind"] for e in customer_events}
    assert "created" in kinds
    assert not kinds & {"assigned", "unassigned", "priority_changed", "escalated"}
    assert not {e["field"] for e in customer_events} & {"priority", "assignment", "team"}
    assert all((e["data"] or {}).get("comment_id") != note["id"] for e in customer_events)
    commented = [e for e in customer_events if e["kind"] == "commented"]
    assert [e["data"]["comment_id"] for e in commented] == [reply["id"]]

    # Nothing the customer can fetch carries the note's text or the agent's private reason.
    for path in (
        f"/api/v1/tickets/{number}",
        f"/api/v1/tickets/{number}/comments",
        f"/api/v1/tickets/{number}/events",
        "/api/v1/tickets",
    ):
        text = client.get(path, headers=world.alice.headers).text
        assert SECRET_NOTE not in text, path
        assert "board meeting" not in text, path
    assert "priority_reason" not in _ticket(client, number, world.alice)
    assert _ticket(client, number, world.agent)["priority_reason"].startswith("CEO")


def test_colleague_in_a_shared_organization_does_not_see_internal_notes(
    client: TestClient, world: World
) -> None:
    number, _note, reply = _worked_ticket(client, world)
    shared = client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert shared.status_code == 200
    comments = _all(client, f"/api/v1/tickets/{number}/comments", world.carol)
    assert [c["id"] for c in comments] == [reply["id"]]
    events = _all(client, f"/api/v1/tickets/{number}/events", world.carol)
    assert all(e["public"] for e in events)
    assert (
        SECRET_NOTE
        not in client.get(f"/api/v1/tickets/{number}/events", headers=world.carol.headers).text
    )


@pytest.mark.parametrize("internal", [True, False])
def test_customer_cannot_set_internal(client: TestClient, world: World, internal: bool) -> None:
    number = world.open_ticket(client)["number"]
    events_before = _all(client, f"/api/v1/tickets/{number}/events", world.agent)
    response = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "Let me write a note", "internal": internal},
        headers=world.alice.headers,
    )
    body = _problem(response, 422)
    assert [e["field"] for e in body["errors"]] == ["internal"]
    assert _all(client, f"/api/v1/tickets/{number}/comments", world.agent) == []
    assert _all(client, f"/api/v1/tickets/{number}/events", world.agent) == events_before

    # Without the field the same customer comment goes through, and is public.
    plain = _comment(client, number, world.alice, "Let me write a note")
    assert plain["internal"] is False
    assert plain["author_role"] == "customer"


def test_comment_validation_is_problem_json(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/comments"
    for payload, field in (
        ({}, "body"),
        ({"body": ""}, "body"),
        ({"body": "x", "author_id": world.agent.id}, "author_id"),
        ({"body": "x", "internal": "sometimes"}, "internal"),
    ):
        body = _problem(client.post(path, json=payload, headers=world.agent.headers), 422)
        assert field in [e["field"] for e in body["errors"]], (payload, body)
    malformed = client.post(
        path,
        content=b'{"body": ',
        headers=world.agent.headers | {"Content-Type": "application/json"},
    )
    _problem(malformed, 400)
    assert _all(client, path, world.agent) == []


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_first_public_agent_reply_sets_first_response_at(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    assert _ticket(client, number, world.agent)["first_response_at"] is None

    _comment(client, number, world.alice, "Any news?")
    assert _ticket(client, number, world.agent)["first_response_at"] is None
    _comment(client, number, world.agent, "Checking the logs first.", internal=True)
    assert _ticket(client, number, world.agent)["first_response_at"] is None
    _comment(client, number, world.agent, "Found it: a loose cable.", internal=False)
    ticket = _ticket(client, number, world.agent)
    assert ticket["first_response_at"] is not None

    number2 = world.open_ticket(client)["number"]
    _comment(client, number2, world.agent, "Quietly noted.", internal=True)
    first = _comment(client, number2, world.network_agent, "Please restart the router.")
    stamped = _ticket(client, number2, world.agent)["first_response_at"]
    assert _instant(stamped) == _instant(first["created_at"])
    _comment(client, number2, world.agent, "Second reply.")
    assert _instant(_ticket(client, number2, world.agent)["first_response_at"]) == _instant(
        first["created_at"]
    )
    # The customer sees the stamp too: it is part of the public ticket.
    assert _instant(_ticket(client, number2, world.alice)["first_response_at"]) == _instant(
        first["created_at"]
    )


def test_customer_reply_reopens_a_waiting_ticket_but_an_internal_note_does_not(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    h = world.agent.headers
    for status in ("open", "pending"):
        response = client.patch(f"/api/v1/tickets/{number}", json={"status": status}, headers=h)
        assert response.status_code == 200, response.text
    _comment(client, number, world.agent, "Waiting on the vendor.", internal=True)
    assert _ticket(client, number, world.agent)["status"] == "pending"
    _comment(client, number, world.alice, "Here is the serial number: 123.")
    assert _ticket(client, number, world.agent)["status"] == "open"


def test_comment_pagination_neither_skips_nor_repeats(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/comments"
    created = [
        _comment(client, number, world.agent, f"Comment {i}", internal=(i % 3 == 0))
        for i in range(7)
    ]
    public_ids = [c["id"] for c in created if not c["internal"]]

    first = client.get(path, params={"limit": 3}, headers=world.agent.headers).json()
    assert [c["id"] for c in first["items"]] == [c["id"] for c in created[:3]]
    assert first["next_cursor"]
    # A comment added between pages shows up at the end, nothing shifts.
    late = _comment(client, number, world.alice, "Late customer comment")
    rest: list[dict[str, Any]] = []
    cursor = first["next_cursor"]
    while cursor:
        page = client.get(
            path, params={"limit": 3, "cursor": cursor}, headers=world.agent.headers
        ).json()
        assert len(page["items"]) <= 3
        rest += page["items"]
        cursor = page["next_cursor"]
    everything = [c["id"] for c in first["items"] + rest]
    assert everything == [*(c["id"] for c in created), late["id"]]

    customer_pages: list[list[int]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get(path, params=params, headers=world.alice.headers).json()
        customer_pages.append([c["id"] for c in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [i for p in customer_pages for i in p] == [*public_ids, late["id"]]
    assert all(len(p) == 2 for p in customer_pages[:-1])

    # Exactly a full last page: no dangling cursor to an empty page.
    exact = client.get(path, params={"limit": 8}, headers=world.agent.headers).json()
    assert len(exact["items"]) == 8
    assert exact["next_cursor"] is None


def test_comment_pagination_rejects_bad_cursors_and_limits(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/comments"
    for i in range(3):
        _comment(client, number, world.agent, f"Comment {i}")
    events_cursor = client.get(
        f"/api/v1/tickets/{number}/events", params={"limit": 1}, headers=world.agent.headers
    ).json()["next_cursor"]
    assert events_cursor
    for cursor in ("garbage", "eyJhIjoxfQ", events_cursor, "W10"):
        _problem(client.get(path, params={"cursor": cursor}, headers=world.agent.headers), 400)
    for limit in (0, 101, -1):
        body = _problem(client.get(path, params={"limit": limit}, headers=world.agent.headers), 422)
        assert [e["field"] for e in body["errors"]] == ["limit"]


def test_closed_ticket_refuses_comments(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    _close(client, world, number)
    before = _all(client, f"/api/v1/tickets/{number}/events", world.agent)
    version = _ticket(client, number, world.agent)["version"]
    for who, extra in (
        (world.alice, {}),
        (world.agent, {}),
        (world.agent, {"internal": True}),
    ):
        response = client.post(
            f"/api/v1/tickets/{number}/comments",
            json={"body": "One more thing"} | extra,
            headers=who.headers,
        )
        _problem(response, 409)
    assert _all(client, f"/api/v1/tickets/{number}/comments", world.agent) == []
    assert _all(client, f"/api/v1/tickets/{number}/events", world.agent) == before
    ticket = _ticket(client, number, world.agent)
    assert ticket["status"] == "closed"
    assert ticket["version"] == version


def test_idempotency_key_replays_the_first_comment(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/comments"
    headers = world.alice.headers | {"Idempotency-Key": "reply-7f3a"}

    first = client.post(path, json={"body": "It still does not boot."}, headers=headers)
    assert first.status_code == 201, first.text
    again = client.post(path, json={"body": "It still does not boot."}, headers=headers)
    assert again.status_code == 201, again.text
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"

    other = client.post(path, json={"body": "Something else entirely."}, headers=headers)
    _problem(other, 409)
    # The same key for another ticket is another request too.
    number2 = world.open_ticket(client)["number"]
    elsewhere = client.post(
        f"/api/v1/tickets/{number2}/comments",
        json={"body": "It still does not boot."},
        headers=headers,
    )
    _problem(elsewhere, 409)

    comments = _all(client, path, world.agent)
    assert [c["id"] for c in comments] == [first.json()["id"]]
    assert _all(client, f"/api/v1/tickets/{number2}/comments", world.agent) == []
    commented = [
        e
        for e in _all(client, f"/api/v1/tickets/{number}/events", world.agent)
        if e["kind"] == "commented"
    ]
    assert len(commented) == 1

    # Keys belong to their caller: the agent's identical key and body is a new comment.
    agent_reply = client.post(
        path,
        json={"body": "It still does not boot."},
        headers=world.agent.headers | {"Idempotency-Key": "reply-7f3a"},
    )
    assert agent_reply.status_code == 201
    assert agent_reply.json()["id"] != first.json()["id"]
    assert len(_all(client, path, world.agent)) == 2


def test_idempotency_key_must_be_reasonable(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/comments"
    response = client.post(
        path,
        json={"body": "hello"},
        headers=world.alice.headers | {"Idempotency-Key": "k" * 256},
    )
    body = _problem(response, 422)
    assert [e["field"] for e in body["errors"]] == ["Idempotency-Key"]
    assert _all(client, path, world.agent) == []
