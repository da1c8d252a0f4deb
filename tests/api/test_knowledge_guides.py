"""Troubleshooting guides: trees checked on save, walked step by step, and a ticket that
carries the path when the guide ends in one."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.api.kb import created, search, titles, write_article


def printer_tree(world: World) -> dict[str, Any]:
    return {
        "start": "display",
        "nodes": [
            {
                "id": "display",
                "type": "question",
                "text": "Is the display lit?",
                "yes": "colleagues",
                "no": "power",
            },
            {"id": "power", "type": "solution", "text": "Press the **power** button."},
            {
                "id": "colleagues",
                "type": "question",
                "text": "Can colleagues print?",
                "yes": "driver",
                "no": "technician",
            },
            {"id": "driver", "type": "solution", "text": "Add the printer again."},
            {
                "id": "technician",
                "type": "ticket",
                "text": "A technician must look at the printer.",
                "category_id": world.computer["id"],
                "team_id": world.network["id"],
            },
        ],
    }


def guide(client: TestClient, world: World, **fields: Any) -> dict[str, Any]:
    return write_article(
        client,
        world.supervisor,
        kind="guide",
        title="My printer does not print",
        body="A few questions.",
        tree=printer_tree(world),
        status="published",
        visibility="public",
        **fields,
    )


def walk(client: TestClient, who: Any, guide_id: int, *answers: str, **params: Any) -> Any:
    return client.get(
        f"/api/v1/guides/{guide_id}/walk",
        params={"answers": list(answers)} | params,
        headers=who.headers,
    )


def field_errors(response: Any) -> dict[str, str]:
    assert response.status_code == 422, response.text
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_guides_with_cycles_or_dangling_branches_are_refused(
    client: TestClient, world: World
) -> None:
    tree = printer_tree(world)
    body = {"kind": "guide", "title": "G", "language": "en", "tree": tree}
    h = world.supervisor.headers

    cycle = {**tree, "nodes": [dict(n) for n in tree["nodes"]]}
    cycle["nodes"][2]["yes"] = "display"  # colleagues -> display: back to the start
    errors = field_errors(client.post("/api/v1/articles", json=body | {"tree": cycle}, headers=h))
    assert errors["tree.nodes.colleagues.yes"].startswith("cycle: display -> colleagues")

    dangling = {**tree, "nodes": [dict(n) for n in tree["nodes"]]}
    dangling["nodes"][0]["no"] = "nowhere"
    errors = field_errors(
        client.post("/api/v1/articles", json=body | {"tree": dangling}, headers=h)
    )
    assert errors["tree.nodes.display.no"] == "dangling branch: no node 'nowhere'"

    missing = {**tree, "nodes": [dict(n) for n in tree["nodes"]]}
    del missing["nodes"][2]["no"]
    errors = field_errors(client.post("/api/v1/articles", json=body | {"tree": missing}, headers=h))
    assert errors["tree.nodes.colleagues.no"] == "dangling branch: the answer leads nowhere"

    shared = {**tree, "nodes": [dict(n) for n in tree["nodes"]]}
    shared["nodes"][2]["yes"] = "power"  # two questions lead to one leaf: not a tree
    errors = field_errors(client.post("/api/v1/articles", json=body | {"tree": shared}, headers=h))
    assert "not a tree" in errors["tree.nodes.colleagues.yes"]

    no_team = {**tree, "nodes": [dict(n) for n in tree["nodes"]]}
    no_team["nodes"][4]["team_id"] = 999
    errors = field_errors(client.post("/api/v1/articles", json=body | {"tree": no_team}, headers=h))
    assert errors == {"tree.nodes.technician.team_id": "no such team"}

    assert field_errors(client.post("/api/v1/articles", json=body | {"tree": None}, headers=h))
    article = body | {"kind": "article"}
    assert "tree" in field_errors(client.post("/api/v1/articles", json=article, headers=h))

    saved = guide(client, world)
    broken = client.patch(f"/api/v1/articles/{saved['id']}", json={"tree": cycle}, headers=h)
    assert broken.status_code == 422
    kept = client.get(f"/api/v1/articles/{saved['id']}", headers=h).json()["tree"]
    nodes = [{k: v for k, v in n.items() if v is not None} for n in kept["nodes"]]
    assert {"start": kept["start"], "nodes": nodes} == tree


def test_every_problem_of_a_tree_is_named_on_its_node_at_once(
    client: TestClient, world: World
) -> None:
    """An editor marks each node from `errors[].field`: `tree.nodes.<id>[.<branch or field>]`."""
    tree = printer_tree(world)
    nodes = [dict(n) for n in tree["nodes"]]
    nodes[0]["no"] = "removed"  # display's no points at a node that was deleted
    nodes[4]["team_id"] = 999
    nodes[4]["category_id"] = 998
    nodes.append({"id": "orphan", "type": "solution", "text": "Nobody leads here."})
    response = client.post(
        "/api/v1/articles",
        json={"kind": "guide", "title": "G", "language": "en", "tree": tree | {"nodes": nodes}},
        headers=world.supervisor.headers,
    )
    assert response.headers["content-type"] == "application/problem+json"
    assert field_errors(response) == {
        "tree.nodes.display.no": "dangling branch: no node 'removed'",
        "tree.nodes.technician.team_id": "no such team",
        "tree.nodes.technician.category_id": "no such category",
    }
    # Once every branch leads somewhere, the shape is checked: the orphan is named.
    nodes[0]["no"] = "power"
    nodes[4]["team_id"] = world.network["id"]
    response = client.post(
        "/api/v1/articles",
        json={"kind": "guide", "title": "G", "language": "en", "tree": tree | {"nodes": nodes}},
        headers=world.supervisor.headers,
    )
    assert field_errors(response) == {
        "tree.nodes.orphan": "unreachable from the start",
        "tree.nodes.technician.category_id": "no such category",
    }
    # A node the schema refuses (no text) is named by its position in what was sent.
    nodes[1]["text"] = ""
    response = client.post(
        "/api/v1/articles",
        json={"kind": "guide", "title": "G", "language": "en", "tree": tree | {"nodes": nodes}},
        headers=world.supervisor.headers,
    )
    assert list(field_errors(response)) == ["tree.nodes.1.text"]


def test_a_customer_walks_a_guide_to_a_solution(client: TestClient, world: World) -> None:
    g = guide(client, world)
    first = created(walk(client, world.alice, g["id"]))
    assert first["node"]["id"] == "display"
    assert first["node"]["type"] == "question"
    assert first["finished"] is False
    assert first["answers_allowed"] == ["yes", "no"]
    assert first["revision"] == 1
    assert first["path"] == []
    solution = created(walk(client, world.alice, g["id"], "no"))
    assert solution["finished"] is True
    assert solution["node"]["type"] == "solution"
    assert solution["node"]["text_html"] == "<p>Press the <strong>power</strong> button.</p>\n"
    assert solution["path"] == [
        {"node_id": "display", "question": "Is the display lit?", "answer": "no"}
    ]
    too_many = walk(client, world.alice, g["id"], "no", "yes")
    assert field_errors(too_many) == {"answers.1": "the guide ends at 'power'; answer 2 is extra"}
    # The customer says it worked: a deflection, counted in the report.
    created(
        client.post(
            "/api/v1/deflections",
            json={"article_id": g["id"], "answers": ["no"], "solved": True},
            headers=world.alice.headers,
        )
    )
    report = created(client.get("/api/v1/deflections/report", headers=world.supervisor.headers))
    assert (report["answered"], report["solved"], report["deflection_rate"]) == (1, 1, 1.0)


def test_a_guide_that_ends_in_a_ticket_opens_it_categorized_with_the_path(
    client: TestClient, world: World
) -> None:
    g = guide(client, world)
    end = created(walk(client, world.alice, g["id"], "yes", "no"))
    assert end["node"]["type"] == "ticket"
    assert end["finished"] is True
    assert end["node"]["category_id"] == world.computer["id"]
    assert end["node"]["team_id"] is None  # routing is the support team's business
    assert (
        created(walk(client, world.agent, g["id"], "yes", "no"))["node"]["team_id"]
        == (world.network["id"])
    )
    response = client.post(
        f"/api/v1/guides/{g['id']}/tickets",
        json={
            "answers": ["yes", "no"],
            "revision": end["revision"],
            "description": "Third floor, since this morning.",
            "details": {"operating_system": "Linux"},
        },
        headers=world.alice.headers | {"Idempotency-Key": "guide-1"},
    )
    assert response.status_code == 201, response.text
    ticket = response.json()
    assert ticket["category_id"] == world.computer["id"]
    assert ticket["view"] == "customer"
    assert "team_id" not in ticket
    routed = client.get(f"/api/v1/tickets/{ticket['number']}", headers=world.agent.headers)
    assert routed.json()["team_id"] == world.network["id"]
    assert ticket["subject"] == "My printer does not print"
    assert ticket["requester"]["id"] == world.alice.id
    assert "Can colleagues print? — **no**" in ticket["description"]
    assert ticket["description"].startswith("Third floor, since this morning.")
    # The next agent sees the answers as structured data in the history.
    events = client.get(
        f"/api/v1/tickets/{ticket['number']}/events", headers=world.agent.headers
    ).json()["items"]
    [followed] = [e for e in events if e["kind"] == "guide_followed"]
    assert followed["public"] is True
    assert followed["data"]["guide_id"] == g["id"]
    assert followed["data"]["revision"] == 1
    assert followed["data"]["path"] == [
        {"node_id": "display", "question": "Is the display lit?", "answer": "yes"},
        {"node_id": "colleagues", "question": "Can colleagues print?", "answer": "no"},
    ]
    assert followed["data"]["outcome"]["node_id"] == "technician"
    assert any(e["kind"] == "assigned" and e["data"]["via"] == "guide" for e in events)
    # A retry with the same key returns the same ticket.
    again = client.post(
        f"/api/v1/guides/{g['id']}/tickets",
        json={
            "answers": ["yes", "no"],
            "revision": end["revision"],
            "description": "Third floor, since this morning.",
            "details": {"operating_system": "Linux"},
        },
        headers=world.alice.headers | {"Idempotency-Key": "guide-1"},
    )
    assert again.json()["number"] == ticket["number"]


def test_no_ticket_where_the_guide_offers_a_solution(client: TestClient, world: World) -> None:
    g = guide(client, world)
    refused = client.post(
        f"/api/v1/guides/{g['id']}/tickets",
        json={"answers": ["no"]},
        headers=world.alice.headers,
    )
    assert "answers" in field_errors(refused)
    needs_details = client.post(
        f"/api/v1/guides/{g['id']}/tickets",
        json={"answers": ["yes", "no"]},
        headers=world.alice.headers,
    )
    # The leaf's category requires its detail fields, as any ticket of that category does.
    assert "details.operating_system" in field_errors(needs_details)
    listed = client.get("/api/v1/tickets", headers=world.agent.headers).json()["items"]
    assert listed == []


def test_the_team_walks_old_revisions_customers_the_current_one(
    client: TestClient, world: World
) -> None:
    g = guide(client, world)
    tree = printer_tree(world)
    tree["nodes"][0]["text"] = "Is the printer's screen on?"
    created(
        client.patch(
            f"/api/v1/articles/{g['id']}", json={"tree": tree}, headers=world.supervisor.headers
        )
    )
    now = created(walk(client, world.alice, g["id"]))
    assert now["revision"] == 2
    assert now["node"]["text"] == "Is the printer's screen on?"
    before = created(walk(client, world.agent, g["id"], revision=1))
    assert before["revision"] == 1
    assert before["node"]["text"] == "Is the display lit?"
    assert "revision" in field_errors(walk(client, world.agent, g["id"], revision=7))
    # A replaced revision is gone for customers: they start again on the current one.
    assert field_errors(walk(client, world.alice, g["id"], revision=1)) == {
        "revision": f"guide {g['id']} is now at revision 2; start again"
    }
    assert created(walk(client, world.alice, g["id"], revision=2))["revision"] == 2


def test_customers_cannot_walk_a_draft_guide_nor_an_article(
    client: TestClient, world: World
) -> None:
    draft = write_article(
        client, world.agent, kind="guide", title="Draft guide", tree=printer_tree(world)
    )
    assert walk(client, world.alice, draft["id"]).status_code == 404
    assert walk(client, world.agent, draft["id"]).status_code == 200
    article = write_article(
        client, world.supervisor, title="Plain", status="published", visibility="public"
    )
    assert walk(client, world.alice, article["id"]).status_code == 404


def test_guides_are_found_by_the_words_of_their_questions(client: TestClient, world: World) -> None:
    guide(client, world)
    found = client.get(
        "/api/v1/articles/suggestions",
        params={"q": "colleagues print"},
        headers=world.alice.headers,
    ).json()["items"]
    assert [a["article"]["title"] for a in found] == ["My printer does not print"]
    assert found[0]["article"]["kind"] == "guide"


def test_customers_never_reach_an_internal_guide(client: TestClient, world: World) -> None:
    internal = write_article(
        client,
        world.agent,
        kind="guide",
        title="Printer triage for the desk",
        status="published",
        tree=printer_tree(world),
    )
    public = write_article(
        client,
        world.supervisor,
        kind="guide",
        title="Printer help",
        status="published",
        visibility="public",
        tree=printer_tree(world),
    )
    assert walk(client, world.alice, internal["id"]).status_code == 404
    assert walk(client, world.alice, public["id"]).status_code == 200
    guides = client.get("/api/v1/articles", params={"kind": "guide"}, headers=world.alice.headers)
    assert [g["title"] for g in created(guides)["items"]] == ["Printer help"]
    opened = client.post(
        f"/api/v1/guides/{internal['id']}/tickets",
        json={"answers": ["yes", "no"]},
        headers=world.alice.headers | {"Idempotency-Key": "internal-guide"},
    )
    assert opened.status_code == 404
    assert titles(search(client, world.alice, "colleagues print")) == ["Printer help"]
