"""Merging a duplicate: everything moves to the survivor exactly once, and both are told."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.test_concurrency import in_parallel


def _items(client: TestClient, path: str, who: Person) -> list[dict[str, Any]]:
    response = client.get(path, headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def _comment(client: TestClient, number: int, who: Person, body: str, **extra: Any) -> int:
    response = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": body} | extra, headers=who.headers
    )
    assert response.status_code == 201, response.text
    comment_id: int = response.json()["id"]
    return comment_id


def _attach(client: TestClient, number: int, who: Person) -> int:
    response = client.post(
        f"/api/v1/tickets/{number}/attachments",
        files={"file": ("screen.txt", b"black screen", "text/plain")},
        headers=who.headers,
    )
    assert response.status_code == 201, response.text
    attachment_id: int = response.json()["id"]
    return attachment_id


def test_merge_moves_comments_attachments_and_watchers_once(
    client: TestClient, world: World
) -> None:
    agent = world.agent
    survivor = world.open_ticket(client, subject="VPN down for everyone")["number"]
    duplicate = world.open_ticket(client, world.carol, subject="VPN does not connect")["number"]
    reply = _comment(client, duplicate, world.carol, "Since 9 o'clock.")
    note = _comment(client, duplicate, agent, "Same as the outage.", internal=True)
    attachment = _attach(client, duplicate, world.carol)
    assert (
        client.put(
            f"/api/v1/tickets/{duplicate}/watchers/{world.network_agent.id}", headers=agent.headers
        ).status_code
        == 200
    )
    # Watching both already: moved once, not twice.
    for number in (survivor, duplicate):
        client.put(f"/api/v1/tickets/{number}/watchers/{agent.id}", headers=agent.headers)

    preview = client.get(
        f"/api/v1/tickets/{duplicate}/merge-preview",
        params={"into": survivor},
        headers=agent.headers,
    )
    assert preview.status_code == 200, preview.text
    assert preview.json() | {"into": None} == {
        "comments": 2,
        "attachments": 1,
        "watchers": 1,
        "into": None,
    }
    assert preview.json()["into"]["number"] == survivor

    merged = client.post(
        f"/api/v1/tickets/{duplicate}/merge", json={"into": survivor}, headers=agent.headers
    )
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert body["moved"] == {"comments": 2, "attachments": 1, "watchers": 1}
    assert body["ticket"]["closure_code"] == "duplicate"
    assert body["ticket"]["status"] == "closed"
    assert body["ticket"]["merged_into"] == survivor

    on_survivor = _items(client, f"/api/v1/tickets/{survivor}/comments", agent)
    assert {reply, note} <= {c["id"] for c in on_survivor}
    assert [a["id"] for a in _items(client, f"/api/v1/tickets/{survivor}/attachments", agent)] == [
        attachment
    ]
    downloaded = client.get(
        f"/api/v1/tickets/{survivor}/attachments/{attachment}", headers=agent.headers
    )
    assert downloaded.status_code == 200
    assert downloaded.content == b"black screen"
    watchers = {w["user_id"] for w in _items(client, f"/api/v1/tickets/{survivor}/watchers", agent)}
    # Carol, the duplicate's requester and Alice's colleague, now follows the survivor.
    assert watchers == {agent.id, world.network_agent.id, world.carol.id}
    assert _items(client, f"/api/v1/tickets/{duplicate}/watchers", agent) == []
    left = _items(client, f"/api/v1/tickets/{duplicate}/comments", agent)
    assert [c["id"] for c in left] != [reply, note]
    assert len(left) == 1
    assert "continues there" in left[0]["body"]

    # Both requesters are told, and Carol reads the survivor: she watches it now.
    assert any(
        "merged into this request" in c["body"]
        for c in _items(client, f"/api/v1/tickets/{survivor}/comments", world.alice)
    )
    duplicate_seen = client.get(f"/api/v1/tickets/{duplicate}", headers=world.carol.headers).json()
    assert duplicate_seen["merged_into"] == survivor
    assert (
        f"HD-{survivor}"
        in _items(client, f"/api/v1/tickets/{duplicate}/comments", world.carol)[0]["body"]
    )
    assert reply in [
        c["id"] for c in _items(client, f"/api/v1/tickets/{survivor}/comments", world.carol)
    ]

    # A second merge of the same ticket is refused, and nothing moves again.
    again = client.post(
        f"/api/v1/tickets/{duplicate}/merge", json={"into": survivor}, headers=agent.headers
    )
    assert again.status_code == 409
    other = world.open_ticket(client)["number"]
    assert (
        client.post(
            f"/api/v1/tickets/{duplicate}/merge", json={"into": other}, headers=agent.headers
        ).status_code
        == 409
    )
    assert len(_items(client, f"/api/v1/tickets/{survivor}/comments", agent)) == len(on_survivor)
    links = _items(client, f"/api/v1/tickets/{survivor}/links", agent)
    assert [(link["relation"], link["ticket"]["number"]) for link in links] == [
        ("duplicate", duplicate)
    ]
    # History on both tickets.
    kinds = {e["kind"] for e in _items(client, f"/api/v1/tickets/{survivor}/events", agent)}
    assert "merged_from" in kinds
    kinds = {e["kind"] for e in _items(client, f"/api/v1/tickets/{duplicate}/events", agent)}
    assert "merged_into" in kinds


def test_merge_never_shows_a_survivor_the_requester_cannot_read(
    client: TestClient, world: World
) -> None:
    survivor = world.open_ticket(client)["number"]
    duplicate = world.open_ticket(client, world.bob)["number"]  # Globex: cannot read Acme's
    response = client.post(
        f"/api/v1/tickets/{duplicate}/merge", json={"into": survivor}, headers=world.agent.headers
    )
    assert response.status_code == 200, response.text
    seen = client.get(f"/api/v1/tickets/{duplicate}", headers=world.bob.headers).json()
    assert seen["closure_code"] == "duplicate"
    assert seen["merged_into"] is None
    listed = _items(client, "/api/v1/tickets", world.bob)
    assert [(t["number"], t["merged_into"]) for t in listed] == [(duplicate, None)]
    staff_listed = _items(client, "/api/v1/tickets", world.agent)
    assert {t["number"]: t["merged_into"] for t in staff_listed}[duplicate] == survivor
    assert client.get(f"/api/v1/tickets/{survivor}", headers=world.bob.headers).status_code == 404
    text = client.get(f"/api/v1/tickets/{duplicate}/comments", headers=world.bob.headers).text
    text += client.get(f"/api/v1/tickets/{duplicate}/events", headers=world.bob.headers).text
    text += client.get(f"/api/v1/tickets/{duplicate}/links", headers=world.bob.headers).text
    assert f'"number":{survivor}' not in text
    assert f'"{survivor}"' not in text
    assert f"HD-{survivor}" not in text
    assert _items(client, f"/api/v1/tickets/{duplicate}/links", world.bob) == []


def test_bad_merges_are_refused(client: TestClient, world: World) -> None:
    agent = world.agent
    number = world.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}/merge"
    assert client.post(url, json={"into": number}, headers=agent.headers).status_code == 422
    assert client.post(url, json={"into": 99999}, headers=agent.headers).status_code == 422
    other = world.open_ticket(client)["number"]
    assert client.post(url, json={"into": other}, headers=world.alice.headers).status_code == 403
    closed = world.open_ticket(client)["number"]
    client.post(
        f"/api/v1/tickets/{closed}/closure", json={"code": "withdrawn"}, headers=world.alice.headers
    )
    assert client.post(url, json={"into": closed}, headers=agent.headers).status_code == 409
    assert (
        client.post(
            f"/api/v1/tickets/{closed}/merge", json={"into": number}, headers=agent.headers
        ).status_code
        == 409
    )
    # The closure code `duplicate` merges just the same.
    done = client.post(
        f"/api/v1/tickets/{number}/closure",
        json={"code": "duplicate", "duplicate_of": other},
        headers=agent.headers,
    )
    assert done.status_code == 200, done.text
    assert done.json()["ticket"]["merged_into"] == other
    assert done.json()["moved"] is not None


def test_concurrent_merges_of_one_duplicate_move_everything_once(
    client: TestClient, world: World
) -> None:
    survivor = world.open_ticket(client, subject="Printer offline")["number"]
    duplicate = world.open_ticket(client, world.carol, subject="Printer gone")["number"]
    for i in range(3):
        _comment(client, duplicate, world.carol, f"Still offline {i}, toner smudge")

    def merge() -> Any:
        return client.post(
            f"/api/v1/tickets/{duplicate}/merge",
            json={"into": survivor},
            headers=world.agent.headers,
        )

    responses = in_parallel(6, [merge for _ in range(6)])
    assert sorted(r.status_code for r in responses) == [200] + [409] * 5, [
        r.text for r in responses
    ]
    bodies = [
        c["body"] for c in _items(client, f"/api/v1/tickets/{survivor}/comments", world.agent)
    ]
    assert sorted(b for b in bodies if b.startswith("Still offline")) == [
        f"Still offline {i}, toner smudge" for i in range(3)
    ]
    assert sum("merged into this request" in b for b in bodies) == 1
    # The moved words are found on the survivor, no longer on the duplicate.
    found = client.get("/api/v1/tickets", params={"q": "smudge"}, headers=world.agent.headers)
    assert [t["number"] for t in found.json()["items"]] == [survivor]
