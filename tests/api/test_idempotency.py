"""Idempotency-Key on POST /tickets (and comments): a retry replays, never creates twice."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

TICKETS = "/api/v1/tickets"


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def _count(client: TestClient, who: Person) -> int:
    response = client.get(TICKETS, params={"limit": 100}, headers=who.headers)
    assert response.status_code == 200, response.text
    return len(response.json()["items"])


def _post(client: TestClient, who: Person, body: dict[str, Any], key: str) -> httpx.Response:
    response: httpx.Response = client.post(
        TICKETS, json=body, headers=who.headers | {"Idempotency-Key": key}
    )
    return response


def test_retry_with_same_key_and_body_replays_and_creates_nothing(
    client: TestClient, world: World
) -> None:
    body = {"subject": "VPN drops every hour", "description": "Since Monday.", "urgency": "high"}
    first = _post(client, world.alice, body, "3f0c2f4e-retry")
    assert first.status_code == 201, first.text
    assert first.json()["number"] == 1001

    retry = _post(client, world.alice, body, "3f0c2f4e-retry")
    assert retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers.get("Idempotent-Replayed") == "true"
    # Same JSON with the keys in another order is the same request.
    reordered = _post(client, world.alice, dict(reversed(list(body.items()))), "3f0c2f4e-retry")
    assert reordered.status_code == 201
    assert reordered.json() == first.json()

    assert _count(client, world.agent) == 1
    events = client.get(f"{TICKETS}/1001/events", headers=world.agent.headers).json()["items"]
    assert [e["kind"] for e in events] == ["created"]
    # The sequence was not consumed by the replays.
    assert world.open_ticket(client)["number"] == 1002


def test_same_key_with_another_body_is_409(client: TestClient, world: World) -> None:
    first = _post(client, world.alice, {"subject": "Printer jam"}, "key-1")
    assert first.status_code == 201

    other = _post(client, world.alice, {"subject": "Printer on fire"}, "key-1")
    problem = assert_problem(other, 409)
    assert "Idempotency-Key" in problem["detail"]
    # Adding a field also changes the request.
    extra = _post(client, world.alice, {"subject": "Printer jam", "type": "question"}, "key-1")
    assert_problem(extra, 409)

    assert _count(client, world.agent) == 1
    only = client.get(f"{TICKETS}/1001", headers=world.agent.headers).json()
    assert only["subject"] == "Printer jam"
    # The original request still replays after the refusals.
    again = _post(client, world.alice, {"subject": "Printer jam"}, "key-1")
    assert again.status_code == 201
    assert again.json() == first.json()


def test_a_key_is_the_callers_for_one_request_only(client: TestClient, world: World) -> None:
    ticket = _post(client, world.agent, {"subject": "Shared key"}, "shared")
    assert ticket.status_code == 201
    url = f"{TICKETS}/{ticket.json()['number']}/comments"
    comment = client.post(
        url, json={"body": "hello"}, headers=world.agent.headers | {"Idempotency-Key": "shared"}
    )
    # Another endpoint is another request: refused, never answered with the stored ticket.
    assert_problem(comment, 409)
    assert client.get(url, headers=world.agent.headers).json()["items"] == []
    assert _count(client, world.agent) == 1


def test_different_users_may_use_the_same_key(client: TestClient, world: World) -> None:
    body = {"subject": "Cannot print"}
    alice = _post(client, world.alice, body, "same-key")
    bob = _post(client, world.bob, body, "same-key")
    assert alice.status_code == 201
    assert bob.status_code == 201
    assert alice.json()["number"] != bob.json()["number"]
    assert alice.json()["requester"]["id"] == world.alice.id
    assert bob.json()["requester"]["id"] == world.bob.id
    assert "Idempotent-Replayed" not in bob.headers
    # Bob's retry replays Bob's ticket, and Bob's other body does not clash with Alice's.
    assert _post(client, world.bob, body, "same-key").json() == bob.json()
    carol = _post(client, world.carol, {"subject": "Something else"}, "same-key")
    assert carol.status_code == 201
    assert _count(client, world.agent) == 3
    # Bob never gets Alice's ticket through the key.
    assert bob.json()["number"] not in [
        t["number"] for t in client.get(TICKETS, headers=world.alice.headers).json()["items"]
    ]


def test_without_a_key_each_post_creates(client: TestClient, world: World) -> None:
    body = {"subject": "Twice on purpose"}
    first = client.post(TICKETS, json=body, headers=world.alice.headers)
    second = client.post(TICKETS, json=body, headers=world.alice.headers)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["number"] != second.json()["number"]
    assert _count(client, world.agent) == 2


def test_invalid_keys_and_refused_requests(client: TestClient, world: World) -> None:
    too_long = _post(client, world.alice, {"subject": "Long key"}, "k" * 256)
    problem = assert_problem(too_long, 422)
    assert [e["field"] for e in problem["errors"]] == ["Idempotency-Key"]
    assert _count(client, world.agent) == 0

    # A refused request stores nothing: after fixing the body the same key creates the ticket.
    refused = _post(client, world.alice, {"subject": "Mine", "priority": "critical"}, "fix-me")
    assert_problem(refused, 422)
    fixed = _post(client, world.alice, {"subject": "Mine"}, "fix-me")
    assert fixed.status_code == 201, fixed.text
    assert "Idempotent-Replayed" not in fixed.headers
    assert _count(client, world.agent) == 1


def test_comment_retry_replays(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    url = f"{TICKETS}/{number}/comments"
    headers = world.agent.headers | {"Idempotency-Key": "reply-1"}
    first = client.post(url, json={"body": "Restart the router."}, headers=headers)
    retry = client.post(url, json={"body": "Restart the router."}, headers=headers)
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json()
    other = client.post(url, json={"body": "Something else"}, headers=headers)
    assert_problem(other, 409)
    listing = client.get(url, headers=world.agent.headers).json()["items"]
    assert [c["body"] for c in listing] == ["Restart the router."]


def test_concurrent_duplicates_create_exactly_one_ticket(client: TestClient, world: World) -> None:
    body = {"subject": "Double-clicked submit", "description": "Ten times, at once."}

    def submit(_: int) -> httpx.Response:
        return _post(client, world.alice, body, "double-click")

    with ThreadPoolExecutor(max_workers=10) as pool:
        responses = list(pool.map(submit, range(10)))

    assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]
    assert {r.json()["number"] for r in responses} == {1001}
    assert all(r.json() == responses[0].json() for r in responses)
    replayed = [r for r in responses if r.headers.get("Idempotent-Replayed") == "true"]
    assert len(replayed) == 9
    assert _count(client, world.agent) == 1
    assert world.open_ticket(client)["number"] == 1002
