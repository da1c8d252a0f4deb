"""Nothing the support team keeps to itself reaches a customer by a side path.

Each test plants a canary string where only the team should see it (a tag, a priority
reason, a bulletin or article title, a draft or replaced guide text) and then reads every
customer-facing answer raw: the canary must never be in the text.
"""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.kb import created, write_article
from tests.api.test_knowledge_guides import printer_tree

# What a requester reads of a ticket, field by field (README: "What customers see").
CUSTOMER_FIELDS = {
    "view",
    "number",
    "reference",
    "subject",
    "description",
    "status",
    "priority",
    "impact",
    "urgency",
    "type",
    "channel",
    "category_id",
    "details",
    "requester",
    "organization_id",
    "department_id",
    "location_id",
    "resolution",
    "created_at",
    "updated_at",
    "first_response_at",
    "resolved_at",
    "closed_at",
    "closure_code",
    "closure_reason",
    "merged_into",
    "version",
}
STAFF_ONLY_FIELDS = {
    "priority_overridden",
    "priority_reason",
    "team_id",
    "assignee_id",
    "tags",
    "sla",
}

TAG_CANARY = "canary-tag-5e1d"
REASON_CANARY = "CANARY-REASON-93b7"


def _get(client: TestClient, who: Person, path: str, **params: Any) -> Any:
    return client.get(f"/api/v1{path}", params=params, headers=who.headers)


def _events(client: TestClient, who: Person, number: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = created(_get(client, who, f"/tickets/{number}/events"))["items"]
    return items


def _names(events: list[dict[str, Any]], key: str, value: int) -> bool:
    return any((e["data"] or {}).get(key) == value for e in events)


def _triaged_ticket(client: TestClient, world: World) -> dict[str, Any]:
    """Alice's ticket as the team has worked it: tagged, priority overridden, assigned."""
    ticket = world.open_ticket(
        client,
        world.agent,
        requester_id=world.alice.id,
        subject="Projector flickers in room 4",
        tags=[TAG_CANARY],
        priority="critical",
        priority_reason=REASON_CANARY,
    )
    number = ticket["number"]
    created(
        client.put(
            f"/api/v1/tickets/{number}/assignment",
            json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
            headers=world.agent.headers,
        )
    )
    return ticket


def test_a_customer_reads_the_customer_view_on_every_path(client: TestClient, world: World) -> None:
    number = _triaged_ticket(client, world)["number"]
    alice = world.alice

    staff = created(_get(client, world.agent, f"/tickets/{number}"))
    assert staff["view"] == "staff"
    assert staff["tags"] == [TAG_CANARY]
    assert staff["priority_reason"] == REASON_CANARY
    assert staff["team_id"] == world.service_desk["id"]

    one = _get(client, alice, f"/tickets/{number}")
    listed = _get(client, alice, "/tickets")
    found = _get(client, alice, "/tickets", q="projector")
    searched = _get(client, alice, "/search", q="projector")
    history = _get(client, alice, f"/tickets/{number}/events")
    for response in (one, listed, found, searched, history):
        assert response.status_code == 200, response.text
        assert TAG_CANARY not in response.text
        assert REASON_CANARY not in response.text
    assert set(one.json()) == CUSTOMER_FIELDS
    assert one.json()["view"] == "customer"
    assert one.json()["priority"] == "critical"  # the service they get; not why
    [item] = listed.json()["items"]
    assert set(item) == CUSTOMER_FIELDS
    assert [i["number"] for i in found.json()["items"]] == [number]
    assert [h["ticket"]["number"] for h in searched.json()["items"]] == [number]
    assert not {e["field"] for e in history.json()["items"]} & {"tags", "priority", "assignment"}

    # A PATCH answers in the caller's view too: the agent resolves, alice confirms.
    created(
        client.patch(
            f"/api/v1/tickets/{number}",
            json={"status": "resolved", "resolution": "Replaced the lamp."},
            headers=world.agent.headers,
        )
    )
    confirmed = client.patch(
        f"/api/v1/tickets/{number}", json={"status": "closed"}, headers=alice.headers
    )
    assert confirmed.status_code == 200, confirmed.text
    assert set(confirmed.json()) == CUSTOMER_FIELDS
    assert TAG_CANARY not in confirmed.text
    assert REASON_CANARY not in confirmed.text

    # Creating answers in the customer view; the team gets theirs for the same ticket.
    mine = client.post(
        "/api/v1/tickets",
        json={"subject": "Keyboard missing keys"},
        headers=alice.headers | {"Idempotency-Key": "side-paths-1"},
    )
    assert mine.status_code == 201
    assert set(mine.json()) == CUSTOMER_FIELDS
    theirs = created(_get(client, world.agent, f"/tickets/{mine.json()['number']}"))
    assert set(theirs) >= STAFF_ONLY_FIELDS


def test_customers_cannot_filter_by_what_only_the_team_sees(
    client: TestClient, world: World
) -> None:
    number = _triaged_ticket(client, world)["number"]
    for params in (
        {"tag": TAG_CANARY},
        {"team_id": world.service_desk["id"]},
        {"assignee": "none"},
    ):
        refused = _get(client, world.alice, "/tickets", **params)
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in refused.json()["errors"]] == list(params)
        team = created(_get(client, world.agent, "/tickets", **params))["items"]
        assert [t["number"] for t in team] == ([] if "assignee" in params else [number])
    both = _get(client, world.alice, "/tickets", tag="x", team_id=1)
    assert {e["field"] for e in both.json()["errors"]} == {"tag", "team_id"}

    # Search: for customers `tag` narrows articles only, so it cannot probe ticket tags.
    assert _get(client, world.alice, "/search", q="projector").json()["items"]
    for tag in (TAG_CANARY, "no-such-tag"):
        hits = created(_get(client, world.alice, "/search", q="projector", tag=tag))["items"]
        assert hits == []
    team_hits = created(_get(client, world.agent, "/search", q="projector", tag=TAG_CANARY))
    assert [h["ticket"]["number"] for h in team_hits["items"]] == [number]


def test_the_contract_says_which_view_a_ticket_route_answers(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    schemas = spec["components"]["schemas"]
    customer = set(schemas["CustomerTicketOut"]["properties"])
    assert customer == CUSTOMER_FIELDS
    assert set(schemas["TicketOut"]["properties"]) == CUSTOMER_FIELDS | STAFF_ONLY_FIELDS
    # Briefs (search hits, a bulletin's tickets) are a subset of what customers may read.
    assert set(schemas["TicketBrief"]["properties"]) <= customer
    views = {
        "customer": "#/components/schemas/CustomerTicketOut",
        "staff": "#/components/schemas/TicketOut",
    }
    for path, method, code in (
        ("/api/v1/tickets", "post", "201"),
        ("/api/v1/tickets/{number}", "get", "200"),
        ("/api/v1/tickets/{number}", "patch", "200"),
        ("/api/v1/guides/{guide_id}/tickets", "post", "201"),
    ):
        schema = spec["paths"][path][method]["responses"][code]["content"]["application/json"]
        assert schema["schema"]["discriminator"] == {"propertyName": "view", "mapping": views}
    page = spec["paths"]["/api/v1/tickets"]["get"]["responses"]["200"]["content"]
    assert page["application/json"]["schema"]["$ref"] == "#/components/schemas/TicketPage"
    items = schemas["TicketPage"]["properties"]["items"]["items"]
    assert items["discriminator"] == {"propertyName": "view", "mapping": views}


def _bulletin(client: TestClient, world: World, title: str, audience: str) -> dict[str, Any]:
    return created(
        client.post(
            "/api/v1/bulletins",
            json={"title": title, "message": "We are on it.", "audience": audience},
            headers=world.supervisor.headers,
        )
    )


def _set_audience(client: TestClient, world: World, bulletin_id: int, audience: str) -> None:
    created(
        client.patch(
            f"/api/v1/bulletins/{bulletin_id}",
            json={"audience": audience},
            headers=world.supervisor.headers,
        )
    )


def _link(client: TestClient, world: World, bulletin_id: int, number: int) -> None:
    created(
        client.post(
            f"/api/v1/bulletins/{bulletin_id}/tickets",
            json={"numbers": [number]},
            headers=world.agent.headers,
        )
    )


def test_a_history_names_a_bulletin_only_while_it_is_meant_for_everyone(
    client: TestClient, world: World
) -> None:
    canary = "CANARY-BULLETIN-0c4f"
    first = world.open_ticket(client)["number"]
    second = world.open_ticket(client, subject="Mail is slow")["number"]
    public = _bulletin(client, world, f"{canary} mail outage", "everyone")
    narrowed = _bulletin(client, world, f"{canary} core switch", "agents")

    def alice_sees(number: int, bulletin_id: int) -> bool:
        response = _get(client, world.alice, f"/tickets/{number}/events")
        events = response.json()["items"]
        seen = canary in response.text or _names(events, "bulletin_id", bulletin_id)
        assert seen == _names(events, "bulletin_id", bulletin_id)  # title and id go together
        return seen

    def public_flag(number: int) -> bool:
        events = _events(client, world.agent, number)
        [linked] = [e for e in events if e["kind"] == "bulletin_linked"]
        return bool(linked["public"])

    _link(client, world, public["id"], first)
    _link(client, world, narrowed["id"], second)
    assert alice_sees(first, public["id"])
    assert public_flag(first)
    assert not alice_sees(second, narrowed["id"])
    assert not public_flag(second)

    # Narrowed after the link: gone from the history. Widened after it: shown.
    _set_audience(client, world, public["id"], "agents")
    _set_audience(client, world, narrowed["id"], "everyone")
    assert not alice_sees(first, public["id"])
    assert not public_flag(first)
    assert alice_sees(second, narrowed["id"])
    assert public_flag(second)

    # Resolving an agents-only incident: the requester gets the note and the status, never
    # the bulletin.
    created(
        client.post(
            f"/api/v1/bulletins/{public['id']}/resolve",
            json={"resolution": "The mail relay is back."},
            headers=world.supervisor.headers,
        )
    )
    assert _get(client, world.alice, f"/tickets/{first}").json()["status"] == "resolved"
    assert not alice_sees(first, public["id"])
    assert any(e["kind"] == "bulletin_resolved" for e in _events(client, world.agent, first))


def _solution(client: TestClient, world: World, number: int, article_id: int) -> None:
    created(
        client.post(
            f"/api/v1/tickets/{number}/solutions",
            json={"article_id": article_id},
            headers=world.agent.headers,
        )
    )


def _edit(client: TestClient, world: World, article_id: int, **fields: Any) -> None:
    created(
        client.patch(
            f"/api/v1/articles/{article_id}", json=fields, headers=world.supervisor.headers
        )
    )


def test_a_history_names_an_article_only_while_customers_may_read_it(
    client: TestClient, world: World
) -> None:
    canary = "CANARY-ARTICLE-77aa"
    number = world.open_ticket(client)["number"]
    other = world.open_ticket(client, subject="Second screen black")["number"]
    article = write_article(
        client,
        world.supervisor,
        title=f"{canary} reset the dock",
        status="published",
        visibility="public",
    )
    internal = write_article(
        client,
        world.supervisor,
        title=f"{canary} dock firmware notes",
        status="published",
        visibility="internal",
    )

    def alice_sees(ticket: int, article_id: int) -> bool:
        response = _get(client, world.alice, f"/tickets/{ticket}/events")
        seen = _names(response.json()["items"], "article_id", article_id)
        assert seen == (canary in response.text)
        return seen

    _solution(client, world, number, article["id"])
    _solution(client, world, other, internal["id"])
    assert alice_sees(number, article["id"])
    assert not alice_sees(other, internal["id"])

    _edit(client, world, article["id"], visibility="internal")
    assert not alice_sees(number, article["id"])
    _edit(client, world, article["id"], visibility="public", status="draft")
    assert not alice_sees(number, article["id"])
    _edit(client, world, article["id"], status="published")
    assert alice_sees(number, article["id"])

    _edit(client, world, internal["id"], visibility="public")  # the reverse: now it shows
    assert alice_sees(other, internal["id"])

    deleted = client.delete(f"/api/v1/articles/{article['id']}", headers=world.supervisor.headers)
    assert deleted.status_code == 204, deleted.text
    assert not alice_sees(number, article["id"])


def _guide(client: TestClient, world: World, tree: dict[str, Any], **fields: Any) -> Any:
    body = {"status": "published", "visibility": "public"} | fields
    return write_article(
        client, world.supervisor, kind="guide", title="Printer troubles", tree=tree, **body
    )


def _open_from_guide(
    client: TestClient, who: Person, guide_id: int, key: str, **fields: Any
) -> Any:
    body = {"answers": ["yes", "no"], "details": {"operating_system": "Linux"}} | fields
    return client.post(
        f"/api/v1/guides/{guide_id}/tickets",
        json=body,
        headers=who.headers | {"Idempotency-Key": key},
    )


def _with_text(world: World, node: int, text: str) -> dict[str, Any]:
    tree = printer_tree(world)
    tree["nodes"][node]["text"] = text
    return tree


def test_a_customers_ticket_copies_only_published_public_guide_text(
    client: TestClient, world: World
) -> None:
    canary = "CANARY-GUIDE-31e8"
    draft = _guide(client, world, _with_text(world, 4, f"{canary} draft outcome"), status="draft")
    internal = _guide(
        client, world, _with_text(world, 2, f"{canary} internal question"), visibility="internal"
    )
    for guide, key in ((draft, "g-draft"), (internal, "g-internal")):
        # The team may not put it into a customer's ticket...
        refused = _open_from_guide(
            client, world.agent, guide["id"], key, requester_id=world.alice.id
        )
        assert refused.status_code == 409, refused.text
        assert canary not in refused.text
        # ...the customer cannot reach it at all...
        missing = _open_from_guide(client, world.alice, guide["id"], key + "-alice")
        assert missing.status_code == 404
        assert canary not in missing.text
        # ...and an agent's own ticket may carry it.
        own = _open_from_guide(client, world.agent, guide["id"], key + "-own")
        assert own.status_code == 201, own.text
        assert canary in own.json()["description"]
    assert created(_get(client, world.alice, "/tickets"))["items"] == []

    # A published guide later turned back into a draft with new text: the same refusal.
    g = _guide(client, world, printer_tree(world))
    _edit(client, world, g["id"], status="draft", tree=_with_text(world, 4, f"{canary} redraft"))
    refused = _open_from_guide(
        client, world.agent, g["id"], "g-redraft", requester_id=world.alice.id
    )
    assert refused.status_code == 409
    assert canary not in refused.text

    # The guide's own body is never copied, only the path and outcome.
    public = _guide(client, world, printer_tree(world), body=f"{canary} body for editors")
    opened = _open_from_guide(client, world.alice, public["id"], "g-public")
    assert opened.status_code == 201, opened.text
    assert canary not in opened.text
    number = opened.json()["number"]
    for path in (f"/tickets/{number}", f"/tickets/{number}/events", "/tickets"):
        assert canary not in _get(client, world.alice, path).text


def test_customers_cannot_walk_or_file_from_a_replaced_revision(
    client: TestClient, world: World
) -> None:
    canary = "CANARY-REVISION-4b2c"
    g = _guide(client, world, _with_text(world, 2, f"{canary} Can colleagues print?"))
    _edit(client, world, g["id"], tree=printer_tree(world))  # revision 2 drops the canary

    current = created(_get(client, world.alice, f"/guides/{g['id']}/walk", answers=["yes"]))
    assert current["revision"] == 2
    assert canary not in str(current)
    for answers in ([], ["yes"], ["yes", "no"]):
        old = _get(client, world.alice, f"/guides/{g['id']}/walk", answers=answers, revision=1)
        assert old.status_code == 422, old.text
        assert [e["field"] for e in old.json()["errors"]] == ["revision"]
        assert canary not in old.text

    # Filing from the old revision: refused for the customer, and for the team on their behalf.
    for who, fields, key in (
        (world.alice, {}, "rev-alice"),
        (world.agent, {"requester_id": world.alice.id}, "rev-agent"),
    ):
        refused = _open_from_guide(client, who, g["id"], key, revision=1, **fields)
        assert refused.status_code == 422, refused.text
        assert canary not in refused.text
    assert created(_get(client, world.alice, "/tickets"))["items"] == []

    # The team still walks history; the current revision opens the customer's ticket.
    old = created(_get(client, world.agent, f"/guides/{g['id']}/walk", answers=["yes"], revision=1))
    assert old["node"]["text"].startswith(canary)
    opened = _open_from_guide(
        client, world.agent, g["id"], "rev-current", revision=2, requester_id=world.alice.id
    )
    assert opened.status_code == 201, opened.text
    for path in (
        f"/tickets/{opened.json()['number']}",
        f"/tickets/{opened.json()['number']}/events",
    ):
        assert canary not in _get(client, world.alice, path).text


def test_a_published_article_keeps_its_source_ticket_and_routing_to_the_team(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client, world.bob, subject="VPN drops every hour")["number"]
    created(
        client.patch(
            f"/api/v1/tickets/{number}",
            json={"status": "resolved", "resolution": "Renewed the VPN certificate."},
            headers=world.agent.headers,
        )
    )
    drafted = created(
        client.post(f"/api/v1/tickets/{number}/article-draft", json={}, headers=world.agent.headers)
    )
    _edit(client, world, drafted["id"], status="published", visibility="public")
    guide = _guide(client, world, printer_tree(world))

    def ticket_leaves(article: dict[str, Any]) -> list[Any]:
        return [n["team_id"] for n in article["tree"]["nodes"] if n["type"] == "ticket"]

    team_view = created(_get(client, world.agent, f"/articles/{drafted['id']}"))
    assert team_view["source_ticket_id"] is not None
    assert ticket_leaves(created(_get(client, world.agent, f"/articles/{guide['id']}"))) == [
        world.network["id"]
    ]
    # Alice reads both (published, public) without another customer's ticket or the routing.
    assert (
        created(_get(client, world.alice, f"/articles/{drafted['id']}"))["source_ticket_id"] is None
    )
    assert ticket_leaves(created(_get(client, world.alice, f"/articles/{guide['id']}"))) == [None]
