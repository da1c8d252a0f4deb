"""Closure codes: only `resolved` is a resolution; a requester may withdraw; merges."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World


def _close(client: TestClient, number: int, who: Person, **body: Any) -> Any:
    return client.post(f"/api/v1/tickets/{number}/closure", json=body, headers=who.headers)


def _get(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _numbers(client: TestClient, who: Person, **params: Any) -> list[int]:
    response = client.get("/api/v1/tickets", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    return sorted(t["number"] for t in response.json()["items"])


def _comments(client: TestClient, number: int, who: Person) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{number}/comments", headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_each_code_closes_an_open_ticket_and_only_resolved_is_a_resolution(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    resolved, rejected, withdrawn = (world.open_ticket(client)["number"] for _ in range(3))
    assert (
        _close(client, resolved, agent, code="resolved", note="Driver reinstalled.").status_code
        == 200
    )
    body = _close(client, rejected, agent, code="rejected", note="Not a service we offer.").json()
    assert body["ticket"]["status"] == "closed"
    assert body["ticket"]["closure_code"] == "rejected"
    assert body["ticket"]["closure_reason"] == "Not a service we offer."
    assert body["ticket"]["resolved_at"] is None
    response = _close(client, withdrawn, world.alice, code="withdrawn", note="Works again.")
    assert response.status_code == 200, response.text
    seen = _get(client, withdrawn, world.alice)
    assert (seen["status"], seen["closure_code"], seen["resolution"]) == (
        "closed",
        "withdrawn",
        None,
    )
    first = _get(client, resolved, agent)
    assert (first["status"], first["closure_code"]) == ("resolved", "resolved")
    # Confirming keeps the code; the filter tells the ends apart for agents and customers.
    assert (
        client.patch(
            f"/api/v1/tickets/{resolved}", json={"status": "closed"}, headers=world.alice.headers
        ).status_code
        == 200
    )
    for who in (agent, world.alice):
        assert _numbers(client, who, closure="resolved") == [resolved]
        assert _numbers(client, who, closure=["withdrawn", "rejected"]) == [rejected, withdrawn]
    # A reopened resolution has no code any more.
    reopen = world.open_ticket(client)["number"]
    _close(client, reopen, agent, code="resolved", note="Fixed.")
    client.patch(f"/api/v1/tickets/{reopen}", json={"status": "open"}, headers=world.alice.headers)
    assert _get(client, reopen, agent)["closure_code"] is None
    assert reopen not in _numbers(client, agent, closure="resolved")
    # The history says how it ended, publicly.
    events = client.get(f"/api/v1/tickets/{withdrawn}/events", headers=world.alice.headers).json()
    closing = [e for e in events["items"] if e["to_value"] == "closed"]
    assert closing[0]["data"]["closure"] == "withdrawn"
    assert closing[0]["note"] == "Works again."


def test_bad_closures_are_refused_by_name(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    agent, alice = world.agent, world.alice
    assert _close(client, number, agent, code="rejected").status_code == 422
    assert _close(client, number, agent, code="resolved").json()["errors"][0]["field"] == "note"
    assert (
        _close(client, number, agent, code="duplicate").json()["errors"][0]["field"]
        == "duplicate_of"
    )
    assert _close(client, number, agent, code="withdrawn", force=True).status_code == 422
    assert _close(client, number, agent, code="closed").status_code == 422
    # A customer may only withdraw, and only their own request.
    refused = _close(client, number, alice, code="rejected", note="no")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "code"
    client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert _close(client, number, world.carol, code="withdrawn").status_code == 403
    assert _close(client, number, world.bob, code="withdrawn").status_code == 404
    assert _get(client, number, agent)["status"] == "new"
    # Closed is final: no second closure of any kind.
    assert _close(client, number, alice, code="withdrawn").status_code == 200
    assert _close(client, number, alice, code="withdrawn").status_code == 409
    assert _close(client, number, agent, code="resolved", note="x").status_code == 409


def test_a_withdrawn_ticket_counts_in_no_resolution_metric(
    client: TestClient, world: World
) -> None:
    """Similar solved tickets, articles from tickets: only resolutions count."""
    text = {"subject": "Printer jams on tray two", "description": "Paper jams every time."}
    withdrawn = world.open_ticket(client, **text)["number"]
    _close(client, withdrawn, world.alice, code="withdrawn")
    rejected = world.open_ticket(client, **text)["number"]
    _close(client, rejected, world.agent, code="rejected", note="Personal printer.")
    solved = world.open_ticket(client, **text)["number"]
    _close(client, solved, world.agent, code="resolved", note="Cleaned the rollers.")
    fresh = world.open_ticket(client, **text)["number"]
    response = client.get(f"/api/v1/tickets/{fresh}/suggestions", headers=world.agent.headers)
    assert response.status_code == 200, response.text
    similar = [t["ticket"]["number"] for t in response.json()["similar_tickets"]]
    assert similar == [solved]
    for number in (withdrawn, rejected):
        draft = client.post(
            f"/api/v1/tickets/{number}/article-draft", json={}, headers=world.agent.headers
        )
        assert draft.status_code == 409, draft.text
    assert _numbers(client, world.agent, closure="resolved") == [solved]
