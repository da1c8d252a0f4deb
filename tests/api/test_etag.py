"""ETag, If-None-Match and If-Match on a ticket: two agents never silently overwrite each other."""

from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.api.conftest import World


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("https://")
    return body


def _get(client: TestClient, world: World, number: int, **headers: str) -> httpx.Response:
    response: httpx.Response = client.get(
        f"/api/v1/tickets/{number}", headers=world.agent.headers | headers
    )
    return response


def _patch(
    client: TestClient, world: World, number: int, body: dict[str, Any], **headers: str
) -> httpx.Response:
    response: httpx.Response = client.patch(
        f"/api/v1/tickets/{number}", json=body, headers=world.agent.headers | headers
    )
    return response


def test_get_returns_an_etag_and_if_none_match_gives_304(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    first = _get(client, world, number)
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert etag.startswith('"')
    assert etag.endswith('"')
    # The same state gives the same tag: it comes from a version, not from the request.
    assert _get(client, world, number).headers["ETag"] == etag
    # The customer who owns it sees the same tag for the same version.
    own = client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers)
    assert own.headers["ETag"] == etag

    not_modified = _get(client, world, number, **{"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified.headers["ETag"] == etag
    # A weak comparison and a list of tags match too; another tag does not.
    assert _get(client, world, number, **{"If-None-Match": f"W/{etag}"}).status_code == 304
    assert _get(client, world, number, **{"If-None-Match": f'"x", {etag}'}).status_code == 304
    other = _get(client, world, number, **{"If-None-Match": '"ticket-1-v999"'})
    assert other.status_code == 200
    assert other.json()["number"] == number


def test_if_none_match_does_not_reveal_a_ticket_to_someone_else(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    etag = _get(client, world, number).headers["ETag"]
    response = client.get(
        f"/api/v1/tickets/{number}", headers=world.bob.headers | {"If-None-Match": etag}
    )
    assert_problem(response, 404)
    star = client.get(
        f"/api/v1/tickets/{number}", headers=world.bob.headers | {"If-None-Match": "*"}
    )
    assert_problem(star, 404)


def test_patch_with_current_if_match_then_stale_if_match_is_412(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    old_etag = _get(client, world, number).headers["ETag"]

    updated = _patch(
        client, world, number, {"subject": "First agent's subject"}, **{"If-Match": old_etag}
    )
    assert updated.status_code == 200, updated.text
    new_etag = updated.headers["ETag"]
    assert new_etag != old_etag
    assert updated.json()["subject"] == "First agent's subject"
    assert updated.json()["version"] > 1
    # The ETag answered by PATCH is the one a GET now gives.
    after_first = _get(client, world, number)
    assert after_first.headers["ETag"] == new_etag
    # The old tag no longer short-circuits a GET.
    assert _get(client, world, number, **{"If-None-Match": old_etag}).status_code == 200

    stale = _patch(
        client,
        world,
        number,
        {"subject": "Second agent's subject", "status": "open"},
        **{"If-Match": old_etag},
    )
    body = assert_problem(stale, 412)
    assert "changed" in body["detail"]
    assert "ETag" not in stale.headers or stale.headers["ETag"] != old_etag

    unchanged = _get(client, world, number)
    assert unchanged.headers["ETag"] == new_etag
    assert unchanged.json() == after_first.json()
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    subject_changes = [e for e in events["items"] if e["field"] == "subject"]
    assert [e["to_value"] for e in subject_changes] == ["First agent's subject"]
    assert not any(e["field"] == "status" for e in events["items"])


def test_if_match_star_and_lists(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    star = _patch(
        client, world, number, {"description": "Any version will do"}, **{"If-Match": "*"}
    )
    assert star.status_code == 200, star.text
    assert star.json()["description"] == "Any version will do"

    current = star.headers["ETag"]
    listed = _patch(
        client,
        world,
        number,
        {"type": "question"},
        **{"If-Match": f'"ticket-{number}-v0", {current}'},
    )
    assert listed.status_code == 200, listed.text
    assert listed.json()["type"] == "question"

    wrong = _patch(client, world, number, {"type": "problem"}, **{"If-Match": '"something"'})
    assert_problem(wrong, 412)
    assert _get(client, world, number).json()["type"] == "question"


def test_patch_without_if_match_is_accepted(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    before = _get(client, world, number).headers["ETag"]
    response = _patch(client, world, number, {"tags": ["printer"]})
    assert response.status_code == 200, response.text
    assert response.json()["tags"] == ["printer"]
    assert response.headers["ETag"] != before
    assert _get(client, world, number).headers["ETag"] == response.headers["ETag"]


def test_an_etag_belongs_to_one_ticket(client: TestClient, world: World) -> None:
    first = world.open_ticket(client)["number"]
    second = world.open_ticket(client)["number"]
    first_tag = _get(client, world, first).headers["ETag"]
    second_tag = _get(client, world, second).headers["ETag"]
    assert first_tag != second_tag
    assert _get(client, world, second, **{"If-None-Match": first_tag}).status_code == 200
    response = _patch(client, world, second, {"subject": "Crossed"}, **{"If-Match": first_tag})
    assert_problem(response, 412)
    assert _get(client, world, second).json()["subject"] == "Laptop does not boot"


def test_a_comment_changes_the_etag(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    before = _get(client, world, number).headers["ETag"]

    reply = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "We are looking into it."},
        headers=world.agent.headers,
    )
    assert reply.status_code == 201, reply.text

    after = _get(client, world, number)
    assert after.headers["ETag"] != before
    assert _get(client, world, number, **{"If-None-Match": before}).status_code == 200
    # An edit based on the view before the reply is refused: the agent has not seen it.
    stale = _patch(
        client, world, number, {"status": "resolved", "resolution": "Done"}, **{"If-Match": before}
    )
    assert_problem(stale, 412)
    assert _get(client, world, number).json()["status"] == "new"

    note = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "Internal: probably the disk.", "internal": True},
        headers=world.agent.headers,
    )
    assert note.status_code == 201, note.text
    assert _get(client, world, number).headers["ETag"] != after.headers["ETag"]


def test_refused_patch_keeps_the_etag(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    etag = _get(client, world, number).headers["ETag"]
    invalid = _patch(client, world, number, {"status": "closed"}, **{"If-Match": etag})
    assert_problem(invalid, 409)
    assert _get(client, world, number).headers["ETag"] == etag
    customer = client.patch(
        f"/api/v1/tickets/{number}",
        json={"subject": "Mine now"},
        headers=world.alice.headers | {"If-Match": etag},
    )
    assert_problem(customer, 422)
    assert _get(client, world, number, **{"If-None-Match": etag}).status_code == 304


def test_a_patch_that_changes_nothing_keeps_version_etag_and_history(
    client: TestClient, world: World
) -> None:
    ticket = world.open_ticket(
        client,
        who=world.agent,
        requester_id=world.alice.id,
        category_id=world.computer["id"],
        details={"operating_system": "Linux", "memory_gb": 16},
        tags=["laptop", "boot"],
        impact="high",
    )
    number = ticket["number"]
    override = _patch(client, world, number, {"priority": "low", "priority_reason": "Spare given"})
    assert override.status_code == 200, override.text
    current = _get(client, world, number)
    before, etag = current.json(), current.headers["ETag"]
    events_url = f"/api/v1/tickets/{number}/events"
    history = client.get(events_url, headers=world.agent.headers).json()["items"]

    for body in (
        {},
        {"subject": before["subject"]},
        {"subject": f"  {before['subject']}  "},  # trimmed, it is the same subject
        {"description": before["description"]},
        {"type": before["type"]},
        {"status": before["status"]},
        {"tags": before["tags"]},
        {"impact": before["impact"], "urgency": before["urgency"]},
        {"category_id": before["category_id"], "details": before["details"]},
        {"priority": "low", "priority_reason": "Spare given"},
    ):
        response = _patch(client, world, number, body, **{"If-Match": etag})
        assert response.status_code == 200, (body, response.text)
        assert response.json() == before, body
        assert response.headers["ETag"] == etag, body
    # The customer's empty PATCH of her own ticket is no change either.
    mine = client.patch(f"/api/v1/tickets/{number}", json={}, headers=world.alice.headers)
    assert mine.status_code == 200, mine.text
    assert mine.json()["version"] == before["version"]
    assert mine.json()["updated_at"] == before["updated_at"]

    assert _get(client, world, number, **{"If-None-Match": etag}).status_code == 304
    assert _get(client, world, number).json() == before
    assert client.get(events_url, headers=world.agent.headers).json()["items"] == history

    # A real change still moves everything on, and each effective change gets its own version.
    first = _patch(client, world, number, {"subject": "Now it boots, slowly"}, **{"If-Match": etag})
    assert first.status_code == 200, first.text
    assert first.json()["version"] > before["version"]
    assert first.json()["updated_at"] >= before["updated_at"]
    assert first.headers["ETag"] != etag
    second = _patch(client, world, number, {"type": "problem"})
    assert second.json()["version"] > first.json()["version"]
    assert_problem(_patch(client, world, number, {"type": "question"}, **{"If-Match": etag}), 412)
    changed = client.get(events_url, headers=world.agent.headers).json()["items"][len(history) :]
    assert [e["kind"] for e in changed] == ["subject_changed", "type_changed"]
