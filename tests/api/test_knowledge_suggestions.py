"""Suggestions for agents and customers, solutions linked to tickets, drafts from tickets,
and the deflection rate."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.api.kb import created, load_demo_articles


@pytest.fixture
def kb(client: TestClient, world: World) -> dict[str, int]:
    return load_demo_articles(client, world)


def resolve(client: TestClient, world: World, number: int, note: str) -> None:
    created(
        client.patch(
            f"/api/v1/tickets/{number}",
            json={"status": "resolved", "resolution": note},
            headers=world.agent.headers,
        )
    )


def test_an_agent_finds_the_solution_of_a_new_ticket_in_its_suggestions(
    client: TestClient, world: World, kb: dict[str, int]
) -> None:
    old = world.open_ticket(
        client, world.bob, subject="Printer shows E-502", description="Nothing prints."
    )
    resolve(client, world, old["number"], "Cancelled the stuck job in the print queue.")
    article_id = kb["Printer error E-502: clear the print queue"]
    created(
        client.post(
            f"/api/v1/tickets/{old['number']}/solutions",
            json={"article_id": article_id},
            headers=world.agent.headers,
        )
    )
    world.open_ticket(client, subject="Monitor flickers", description="Since Monday.")
    new = world.open_ticket(
        client,
        subject="Error E-502 on the second floor printer",
        description="Documents stay in the queue, nothing comes out.",
    )
    response = client.get(
        f"/api/v1/tickets/{new['number']}/suggestions", headers=world.agent.headers
    )
    suggestions = created(response)
    assert suggestions["ticket_number"] == new["number"]
    assert suggestions["articles"][0]["article"]["id"] == article_id
    assert "<mark>" in suggestions["articles"][0]["title_html"]
    [similar] = suggestions["similar_tickets"]
    assert similar["ticket"]["number"] == old["number"]
    assert similar["ticket"]["resolution"] == "Cancelled the stuck job in the print queue."
    assert similar["solution_article_ids"] == [article_id]


def test_ticket_suggestions_are_for_the_support_team(
    client: TestClient, world: World, kb: Any
) -> None:
    ticket = world.open_ticket(client)
    path = f"/api/v1/tickets/{ticket['number']}/suggestions"
    assert client.get(path, headers=world.alice.headers).status_code == 403
    assert client.get(path, headers=world.agent.headers).status_code == 200
    assert (
        client.get("/api/v1/tickets/999999/suggestions", headers=world.agent.headers).status_code
        == 404
    )


def test_a_customer_typing_gets_public_articles_as_suggestions(
    client: TestClient, world: World, kb: dict[str, int]
) -> None:
    def suggest(who: Any, q: str, **params: Any) -> list[str]:
        response = client.get(
            "/api/v1/articles/suggestions", params={"q": q} | params, headers=who.headers
        )
        return [h["article"]["title"] for h in created(response)["items"]]

    # The last word is still being typed: "err" already finds "error".
    assert suggest(world.alice, "printer err")[0] == "Printer error E-502: clear the print queue"
    assert suggest(world.alice, "mi contraseña caduc")[0] == "Cambiar la contraseña caducada"
    assert suggest(world.alice, "account", language="it") == [
        "Account bloccato dopo troppi tentativi"
    ]
    # Team-only articles are suggested to agents, never to customers.
    assert "Unlocking accounts in the directory (team only)" in suggest(
        world.agent, "unlocking accounts"
    )
    assert "Unlocking accounts in the directory (team only)" not in suggest(
        world.alice, "unlocking accounts"
    )
    assert len(suggest(world.alice, "password", limit=1)) == 1


def test_the_deflection_rate_is_reported(
    client: TestClient, world: World, kb: dict[str, int]
) -> None:
    article_id = kb["Reset an expired password"]
    for who, solved in ((world.alice, True), (world.bob, True), (world.carol, False)):
        record = created(
            client.post(
                "/api/v1/deflections",
                json={"article_id": article_id, "query": "password expired", "solved": solved},
                headers=who.headers,
            )
        )
        assert record["solved"] is solved
    created(client.post("/api/v1/deflections", json={"solved": False}, headers=world.bob.headers))
    hidden = kb["Unlocking accounts in the directory (team only)"]
    refused = client.post(
        "/api/v1/deflections",
        json={"article_id": hidden, "solved": True},
        headers=world.alice.headers,
    )
    assert refused.status_code == 422
    report = created(client.get("/api/v1/deflections/report", headers=world.agent.headers))
    assert (report["answered"], report["solved"], report["not_solved"]) == (4, 2, 2)
    assert report["deflection_rate"] == 0.5
    assert report["articles"] == [
        {
            "article_id": article_id,
            "title": "Reset an expired password",
            "solved": 2,
            "not_solved": 1,
        }
    ]
    later = client.get(
        "/api/v1/deflections/report",
        params={"since": "2999-01-01T00:00:00Z"},
        headers=world.agent.headers,
    )
    assert created(later)["deflection_rate"] is None
    assert client.get("/api/v1/deflections/report", headers=world.alice.headers).status_code == 403


def test_an_agent_links_the_article_that_solved_a_ticket(
    client: TestClient, world: World, kb: dict[str, int]
) -> None:
    ticket = world.open_ticket(client)
    path = f"/api/v1/tickets/{ticket['number']}/solutions"
    public_id = kb["Laptop does not boot after a Windows update"]
    internal_id = kb["Unlocking accounts in the directory (team only)"]
    for article_id in (public_id, internal_id):
        link = created(
            client.post(path, json={"article_id": article_id}, headers=world.agent.headers)
        )
        assert link["article"]["id"] == article_id
        assert link["linked_by_id"] == world.agent.id
    again = client.post(path, json={"article_id": public_id}, headers=world.agent.headers)
    assert again.status_code == 409
    missing = client.post(path, json={"article_id": 99999}, headers=world.agent.headers)
    assert missing.status_code == 422
    listed = created(client.get(path, headers=world.agent.headers))["items"]
    assert [s["article"]["id"] for s in listed] == [public_id, internal_id]
    assert client.get(path, headers=world.alice.headers).status_code == 403
    assert (
        client.post(path, json={"article_id": public_id}, headers=world.alice.headers).status_code
        == 403
    )
    # The customer's history shows the public article used, not the team-only one.
    events = client.get(
        f"/api/v1/tickets/{ticket['number']}/events", headers=world.alice.headers
    ).json()["items"]
    linked = [e["data"]["article_id"] for e in events if e["kind"] == "solution_linked"]
    assert linked == [public_id]
    assert client.delete(f"{path}/{internal_id}", headers=world.agent.headers).status_code == 204
    assert client.delete(f"{path}/{internal_id}", headers=world.agent.headers).status_code == 404


def test_a_resolved_ticket_becomes_a_draft_article(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(
        client,
        subject="Il PC si spegne durante le riunioni",
        description="Il portatile si spegne dopo dieci minuti di videochiamata.",
        category_id=world.computer["id"],
        details={"operating_system": "Windows 11"},
    )
    path = f"/api/v1/tickets/{ticket['number']}/article-draft"
    assert client.post(path, json={}, headers=world.agent.headers).status_code == 409
    resolve(client, world, ticket["number"], "Pulita la ventola e aggiornato il BIOS.")
    draft = created(client.post(path, json={}, headers=world.agent.headers))
    assert (draft["status"], draft["visibility"], draft["language"]) == ("draft", "internal", "it")
    assert draft["title"] == "Il PC si spegne durante le riunioni"
    assert draft["category_id"] == world.computer["id"]
    assert draft["source_ticket_id"] is not None
    assert "## Problem" in draft["body"]
    assert "Pulita la ventola e aggiornato il BIOS." in draft["body"]
    assert client.post(path, json={}, headers=world.alice.headers).status_code == 403
    titled = created(
        client.post(
            path, json={"title": "PC che si spegne", "language": "en"}, headers=world.agent.headers
        )
    )
    assert titled["title"] == "PC che si spegne"
    assert titled["language"] == "en"
