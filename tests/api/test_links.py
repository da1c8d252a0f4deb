"""Linked tickets: parent/child, related, problem/incident; what customers may see of them."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World


def _link(client: TestClient, number: int, relation: str, other: int, who: Person) -> Any:
    return client.post(
        f"/api/v1/tickets/{number}/links",
        json={"relation": relation, "number": other},
        headers=who.headers,
    )


def _links(client: TestClient, number: int, who: Person) -> list[tuple[str, int]]:
    response = client.get(f"/api/v1/tickets/{number}/links", headers=who.headers)
    assert response.status_code == 200, response.text
    return [(x["relation"], x["ticket"]["number"]) for x in response.json()["items"]]


def _resolve(client: TestClient, number: int, who: Person, **extra: Any) -> Any:
    body = {"code": "resolved", "note": "Done."} | extra
    return client.post(f"/api/v1/tickets/{number}/closure", json=body, headers=who.headers)


def test_a_parent_with_an_open_child_refuses_resolution_unless_forced_with_a_reason(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    parent = world.open_ticket(client, subject="Move the office")["number"]
    child = world.open_ticket(client, subject="Move the printers")["number"]
    done_child = world.open_ticket(client, subject="Move the desks")["number"]
    assert _link(client, parent, "child", child, agent).status_code == 201
    assert _link(client, done_child, "parent", parent, agent).status_code == 201
    assert _links(client, parent, agent) == [("child", child), ("child", done_child)]
    assert _links(client, child, agent) == [("parent", parent)]
    assert _resolve(client, done_child, agent).status_code == 200

    refused = _resolve(client, parent, agent)
    assert refused.status_code == 409
    assert "1 child is still open" in refused.json()["detail"]
    patched = client.patch(
        f"/api/v1/tickets/{parent}",
        json={"status": "resolved", "resolution": "Done."},
        headers=agent.headers,
    )
    assert patched.status_code == 409
    no_reason = _resolve(client, parent, agent, force=True)
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["field"] == "force_reason"
    assert client.get(f"/api/v1/tickets/{parent}", headers=agent.headers).json()["status"] == "new"

    forced = _resolve(client, parent, agent, force=True, force_reason="Printers go next month.")
    assert forced.status_code == 200, forced.text
    events = client.get(f"/api/v1/tickets/{parent}/events", headers=agent.headers).json()["items"]
    forced_events = [e for e in events if e["kind"] == "resolution_forced"]
    assert [(e["note"], e["data"]) for e in forced_events] == [
        ("Printers go next month.", {"open_children": 1})
    ]
    # A child has one parent.
    other_parent = world.open_ticket(client)["number"]
    assert _link(client, other_parent, "child", done_child, agent).status_code == 409


def test_links_that_make_no_sense_are_refused(client: TestClient, world: World) -> None:
    agent = world.agent
    a, b, c = (world.open_ticket(client)["number"] for _ in range(3))
    assert _link(client, a, "related", a, agent).status_code == 422
    assert _link(client, a, "child", b, agent).status_code == 201
    assert _link(client, b, "child", c, agent).status_code == 201
    cycle = _link(client, c, "child", a, agent)
    assert cycle.status_code == 422
    assert cycle.json()["errors"][0]["field"] == "number"
    assert _link(client, a, "duplicate_of", b, agent).status_code == 422
    assert _link(client, a, "problem", b, agent).status_code == 422  # b is no problem
    assert _link(client, a, "related", 99999, agent).status_code == 422
    assert _link(client, a, "related", b, world.alice).status_code == 403
    assert _link(client, a, "related", b, agent).status_code == 201
    assert _link(client, b, "related", a, agent).status_code == 409  # the same link
    link_id = client.get(f"/api/v1/tickets/{a}/links", headers=agent.headers).json()["items"][-1][
        "id"
    ]
    assert (
        client.delete(f"/api/v1/tickets/{c}/links/{link_id}", headers=agent.headers).status_code
        == 404
    )
    assert (
        client.delete(f"/api/v1/tickets/{b}/links/{link_id}", headers=agent.headers).status_code
        == 204
    )
    assert _links(client, a, agent) == [("child", b)]
    kinds = [
        e["kind"]
        for e in client.get(f"/api/v1/tickets/{b}/events", headers=agent.headers).json()["items"]
    ]
    assert kinds.count("linked") == 3
    assert kinds.count("unlinked") == 1


def test_resolving_a_problem_resolves_its_open_incidents_with_one_note(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    problem = world.open_ticket(client, world.agent, subject="DNS flaps", type="problem")["number"]
    first = world.open_ticket(client, subject="No internet")["number"]
    second = world.open_ticket(client, world.bob, subject="Sites do not load")["number"]
    done = world.open_ticket(client, world.carol, subject="Mail down")["number"]
    for incident in (first, second, done):
        assert _link(client, incident, "problem", problem, agent).status_code == 201
    _resolve(client, done, agent, note="Restarted mail.")
    assert [r for r, _ in _links(client, problem, agent)] == ["incident"] * 3
    assert _resolve(client, first, agent, resolve_incidents=True).status_code == 422

    response = _resolve(
        client, problem, agent, note="Replaced the DNS server.", resolve_incidents=True
    )
    assert response.status_code == 200, response.text
    assert response.json()["resolved_incidents"] == [first, second]
    for number, who in ((first, world.alice), (second, world.bob)):
        ticket = client.get(f"/api/v1/tickets/{number}", headers=who.headers).json()
        assert (ticket["status"], ticket["resolution"]) == ("resolved", "Replaced the DNS server.")
        comments = client.get(f"/api/v1/tickets/{number}/comments", headers=who.headers).json()
        assert [c["body"] for c in comments["items"]] == ["Replaced the DNS server."]
    mail = client.get(f"/api/v1/tickets/{done}", headers=world.carol.headers).json()
    assert mail["resolution"] == "Restarted mail."


def test_customers_see_only_links_between_tickets_they_may_read(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    mine = world.open_ticket(client)["number"]
    mine_too = world.open_ticket(client, subject="Second laptop")["number"]
    colleague = world.open_ticket(client, world.carol, subject="Carol's secret")["number"]
    foreign = world.open_ticket(client, world.bob, subject="Globex secret")["number"]
    for other, relation in ((mine_too, "related"), (colleague, "related"), (foreign, "child")):
        assert _link(client, mine, relation, other, agent).status_code == 201
    assert _links(client, mine, world.alice) == [("related", mine_too)]
    text = client.get(f"/api/v1/tickets/{mine}/links", headers=world.alice.headers).text
    text += client.get(f"/api/v1/tickets/{mine}/events", headers=world.alice.headers).text
    assert "secret" not in text
    assert str(foreign) not in text
    assert str(colleague) not in text
    assert (
        client.get(f"/api/v1/tickets/{foreign}/links", headers=world.alice.headers).status_code
        == 404
    )
    assert _links(client, foreign, world.bob) == []
    # Once the organization shares its tickets, Carol's shows up for Alice, Globex's never.
    client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert _links(client, mine, world.alice) == [("related", mine_too), ("related", colleague)]
    assert len(_links(client, mine, agent)) == 3
