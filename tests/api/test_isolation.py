"""Customer isolation: another customer's ticket is a 404 on every resource, exactly like a
missing one; lists never leak it; people, organizations and teams follow; tokens are checked."""

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

MISSING = 9999  # same number of digits as the tickets under test (1001...), so bodies align
PROBLEM = "application/problem+json"


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("https://")
    return body


def _without_number(body: dict[str, Any], number: int) -> dict[str, Any]:
    return body | {"detail": body.get("detail", "").replace(str(number), "<n>")}


def _assert_same_as_missing(foreign: httpx.Response, missing: httpx.Response, number: int) -> None:
    """The answer about someone else's ticket must not differ from a missing ticket's."""
    foreign_body = _problem(foreign, 404)
    missing_body = _problem(missing, 404)
    assert _without_number(foreign_body, number) == _without_number(missing_body, MISSING)
    assert "errors" not in foreign_body
    assert dict(foreign.headers) == dict(missing.headers)


def _ticket_surface(world: World, attachment_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path under /tickets/{n}, request kwargs) for every per-ticket endpoint."""
    return [
        ("GET", "", {}),
        ("PATCH", "", {"json": {"status": "closed"}}),
        ("GET", "/comments", {}),
        ("POST", "/comments", {"json": {"body": "Let me in"}}),
        ("GET", "/attachments", {}),
        ("POST", "/attachments", {"files": {"file": ("x.txt", b"hello", "text/plain")}}),
        ("GET", f"/attachments/{attachment_id}", {}),
        ("GET", "/events", {}),
        ("PUT", "/assignment", {"json": {"team_id": world.service_desk["id"]}}),
        ("DELETE", "/assignment", {}),
        (
            "POST",
            "/escalations",
            {"json": {"team_id": world.network["id"], "reason": "Because I say so"}},
        ),
        ("GET", "/escalations", {}),
    ]


def _snapshot(client: TestClient, world: World, number: int) -> dict[str, Any]:
    """Everything an agent can see of the ticket, to prove a refused request changed nothing."""
    h = world.agent.headers
    base = f"/api/v1/tickets/{number}"
    parts = {
        "ticket": client.get(base, headers=h),
        "comments": client.get(f"{base}/comments", headers=h),
        "attachments": client.get(f"{base}/attachments", headers=h),
        "events": client.get(f"{base}/events", headers=h),
        "escalations": client.get(f"{base}/escalations", headers=h),
    }
    for response in parts.values():
        assert response.status_code == 200, response.text
    return {name: response.json() for name, response in parts.items()}


@pytest.mark.parametrize("intruder", ["bob", "carol"])
def test_foreign_ticket_is_a_404_like_a_missing_one_on_every_resource(
    client: TestClient, world: World, intruder: str
) -> None:
    ticket = world.open_ticket(client, subject="Alice's private laptop")
    number = ticket["number"]
    assert len(str(number)) == len(str(MISSING))
    upload = client.post(
        f"/api/v1/tickets/{number}/attachments",
        files={"file": ("notes.txt", b"alice only", "text/plain")},
        headers=world.alice.headers,
    )
    assert upload.status_code == 201, upload.text
    attachment_id = upload.json()["id"]
    reply = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "Public reply from alice"},
        headers=world.alice.headers,
    )
    assert reply.status_code == 201, reply.text
    before = _snapshot(client, world, number)

    person: Person = getattr(world, intruder)
    for method, suffix, kwargs in _ticket_surface(world, attachment_id):
        foreign = client.request(
            method, f"/api/v1/tickets/{number}{suffix}", headers=person.headers, **kwargs
        )
        missing = client.request(
            method, f"/api/v1/tickets/{MISSING}{suffix}", headers=person.headers, **kwargs
        )
        try:
            _assert_same_as_missing(foreign, missing, number)
        except AssertionError as exc:
            raise AssertionError(f"{method} /tickets/{{n}}{suffix}: {exc}") from exc

    assert _snapshot(client, world, number) == before
    # The owner still reaches all of it, so the 404s above were about the intruder.
    assert client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers).status_code == 200
    download = client.get(
        f"/api/v1/tickets/{number}/attachments/{attachment_id}", headers=world.alice.headers
    )
    assert download.status_code == 200
    assert download.content == b"alice only"


@pytest.mark.parametrize("number", [2**31, 10**20])
def test_ticket_numbers_no_column_can_hold_are_a_plain_404(
    client: TestClient, world: World, number: int
) -> None:
    """Not a 500 from the database driver: such a ticket simply does not exist."""
    world.open_ticket(client)
    for who in (world.alice, world.agent):
        for method, suffix, kwargs in _ticket_surface(world, 1):
            if who is world.alice and suffix in ("/assignment", "/escalations"):
                continue  # the customer gets the same 404 there; staff-only checks come after
            response = client.request(
                method, f"/api/v1/tickets/{number}{suffix}", headers=who.headers, **kwargs
            )
            body = _problem(response, 404)
            assert body["detail"] == f"No ticket {number}.", (method, suffix)


def test_foreign_ticket_does_not_leak_through_conditional_headers(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    etag = client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers).headers["ETag"]
    for headers in ({"If-None-Match": etag}, {"If-Match": etag}, {"If-Match": '"stale"'}):
        method = "GET" if "If-None-Match" in headers else "PATCH"
        kwargs: dict[str, Any] = {} if method == "GET" else {"json": {"status": "closed"}}
        foreign = client.request(
            method,
            f"/api/v1/tickets/{number}",
            headers=world.bob.headers | headers,
            **kwargs,
        )
        missing = client.request(
            method,
            f"/api/v1/tickets/{MISSING}",
            headers=world.bob.headers | headers,
            **kwargs,
        )
        _assert_same_as_missing(foreign, missing, number)


def test_ticket_list_never_shows_another_customers_tickets(
    client: TestClient, world: World
) -> None:
    alice_ticket = world.open_ticket(client, subject="Quarterly ledger export fails")
    bob_ticket = world.open_ticket(client, who=world.bob, subject="Globex printer")
    h = world.bob.headers

    mine = client.get("/api/v1/tickets", headers=h)
    assert mine.status_code == 200
    assert [t["number"] for t in mine.json()["items"]] == [bob_ticket["number"]]

    probes: list[dict[str, Any]] = [
        {"requester_id": world.alice.id},
        {"organization_id": world.acme["id"]},
        {"q": "Quarterly ledger"},
        {"q": "ledger", "organization_id": world.acme["id"], "requester_id": world.alice.id},
        {"status": "new", "sort": "-created"},
        {"sort": "created", "limit": 1},
    ]
    for params in probes:
        response = client.get("/api/v1/tickets", params=params, headers=h)
        assert response.status_code == 200, (params, response.text)
        numbers = [t["number"] for t in response.json()["items"]]
        assert alice_ticket["number"] not in numbers, params
        assert set(numbers) <= {bob_ticket["number"]}, params

    # Bob's own search works, so the empty answers above are about isolation.
    found = client.get("/api/v1/tickets", params={"q": "printer"}, headers=h)
    assert [t["number"] for t in found.json()["items"]] == [bob_ticket["number"]]
    # Alice's search for her own subject finds it.
    own = client.get(
        "/api/v1/tickets", params={"q": "Quarterly ledger"}, headers=world.alice.headers
    )
    assert [t["number"] for t in own.json()["items"]] == [alice_ticket["number"]]


def test_shared_organization_lets_colleagues_see_each_other_but_nobody_else(
    client: TestClient, world: World
) -> None:
    alice_ticket = world.open_ticket(client, subject="Acme VPN down")
    number = alice_ticket["number"]
    carol, bob = world.carol.headers, world.bob.headers

    assert client.get("/api/v1/tickets", headers=carol).json()["items"] == []
    _problem(client.get(f"/api/v1/tickets/{number}", headers=carol), 404)

    # Only an administrator may share an organization's tickets.
    refused = client.patch(
        f"/api/v1/organizations/{world.acme['id']}", json={"shared_tickets": True}, headers=carol
    )
    _problem(refused, 403)
    assert client.get("/api/v1/tickets", headers=carol).json()["items"] == []

    shared = client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert shared.status_code == 200, shared.text
    assert shared.json()["shared_tickets"] is True

    listing = client.get("/api/v1/tickets", headers=carol)
    assert [t["number"] for t in listing.json()["items"]] == [number]
    detail = client.get(f"/api/v1/tickets/{number}", headers=carol)
    assert detail.status_code == 200
    assert detail.json()["subject"] == "Acme VPN down"
    assert client.get(f"/api/v1/tickets/{number}/comments", headers=carol).status_code == 200

    assert client.get("/api/v1/tickets", headers=bob).json()["items"] == []
    for params in ({"organization_id": world.acme["id"]}, {"requester_id": world.alice.id}):
        assert client.get("/api/v1/tickets", params=params, headers=bob).json()["items"] == []
    _assert_same_as_missing(
        client.get(f"/api/v1/tickets/{number}", headers=bob),
        client.get(f"/api/v1/tickets/{MISSING}", headers=bob),
        number,
    )

    # Sharing switched off again hides the ticket again.
    client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": False},
        headers=world.admin.headers,
    )
    assert client.get("/api/v1/tickets", headers=carol).json()["items"] == []
    _problem(client.get(f"/api/v1/tickets/{number}", headers=carol), 404)


def test_a_colleague_may_read_and_reply_but_only_the_requester_confirms_or_reopens(
    client: TestClient, world: World
) -> None:
    shared = client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    assert shared.status_code == 200, shared.text
    number = world.open_ticket(client, subject="Acme printer jams")["number"]
    url = f"/api/v1/tickets/{number}"
    resolved = client.patch(
        url,
        json={"status": "resolved", "resolution": "Cleared the paper path."},
        headers=world.agent.headers,
    )
    assert resolved.status_code == 200, resolved.text
    carol = world.carol.headers

    def state() -> tuple[dict[str, Any], list[dict[str, Any]]]:
        ticket = client.get(url, headers=world.agent.headers)
        history = client.get(f"{url}/events", headers=world.agent.headers)
        assert ticket.status_code == history.status_code == 200
        return ticket.json(), history.json()["items"]

    before = state()
    # Carol sees her colleague's ticket, but confirming or reopening it is the requester's call.
    assert client.get(url, headers=carol).status_code == 200
    for target in ("closed", "open"):
        problem = _problem(client.patch(url, json={"status": target}, headers=carol), 403)
        assert "requester" in problem["detail"]
    assert state() == before

    # She may still comment; her reply is a reply, it does not reopen alice's ticket.
    reply = client.post(f"{url}/comments", json={"body": "Jammed again here."}, headers=carol)
    assert reply.status_code == 201, reply.text
    ticket, history = state()
    assert ticket["status"] == "resolved"
    assert ticket["resolution"] == "Cleared the paper path."
    assert [e["kind"] for e in history[len(before[1]) :]] == ["commented"]

    # The requester herself may.
    confirmed = client.patch(url, json={"status": "closed"}, headers=world.alice.headers)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "closed"


def test_a_colleague_reply_to_a_pending_ticket_still_puts_it_back_in_the_queue(
    client: TestClient, world: World
) -> None:
    client.patch(
        f"/api/v1/organizations/{world.acme['id']}",
        json={"shared_tickets": True},
        headers=world.admin.headers,
    )
    number = world.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}"
    for status in ("open", "pending"):
        moved = client.patch(url, json={"status": status}, headers=world.agent.headers)
        assert moved.status_code == 200, moved.text
    reply = client.post(
        f"{url}/comments", json={"body": "Here is the info."}, headers=world.carol.headers
    )
    assert reply.status_code == 201, reply.text
    assert client.get(url, headers=world.agent.headers).json()["status"] == "open"


def test_customers_see_only_themselves_and_their_organization(
    client: TestClient, world: World
) -> None:
    h = world.bob.headers
    _problem(client.get("/api/v1/users", headers=h), 403)
    _problem(client.get("/api/v1/teams", headers=h), 403)
    _problem(client.get("/api/v1/organizations", headers=h), 403)

    other = client.get(f"/api/v1/users/{world.alice.id}", headers=h)
    missing = client.get("/api/v1/users/99999", headers=h)
    assert _without_number(_problem(other, 404), world.alice.id) == _without_number(
        _problem(missing, 404), 99999
    )
    _problem(client.get(f"/api/v1/users/{world.agent.id}", headers=h), 404)

    own = client.get(f"/api/v1/users/{world.bob.id}", headers=h)
    assert own.status_code == 200
    assert own.json()["email"] == world.bob.email

    foreign_org = client.get(f"/api/v1/organizations/{world.acme['id']}", headers=h)
    missing_org = client.get("/api/v1/organizations/99999", headers=h)
    assert _without_number(_problem(foreign_org, 404), world.acme["id"]) == _without_number(
        _problem(missing_org, 404), 99999
    )
    own_org = client.get(f"/api/v1/organizations/{world.globex['id']}", headers=h)
    assert own_org.status_code == 200
    assert own_org.json()["name"] == "Globex"


def test_agents_see_every_customers_tickets(client: TestClient, world: World) -> None:
    alice_ticket = world.open_ticket(client)
    bob_ticket = world.open_ticket(client, who=world.bob, subject="Globex printer")
    expected = {alice_ticket["number"], bob_ticket["number"]}
    for staff in (world.agent, world.network_agent, world.supervisor):
        listing = client.get("/api/v1/tickets", headers=staff.headers)
        assert {t["number"] for t in listing.json()["items"]} == expected
        for number in expected:
            assert client.get(f"/api/v1/tickets/{number}", headers=staff.headers).status_code == 200


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_read_only_api_token_reads_but_cannot_write(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client)
    created = client.post(
        "/api/v1/api-tokens",
        json={"name": "Dashboard", "scopes": ["tickets:read"]},
        headers=world.alice.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["scopes"] == ["tickets:read"]
    token = created.json()["token"]

    listing = client.get("/api/v1/tickets", headers=_bearer(token))
    assert listing.status_code == 200
    assert [t["number"] for t in listing.json()["items"]] == [ticket["number"]]
    # Read-only tokens are still isolated like their owner.
    bob_ticket = world.open_ticket(client, who=world.bob)
    _problem(client.get(f"/api/v1/tickets/{bob_ticket['number']}", headers=_bearer(token)), 404)

    _problem(
        client.post("/api/v1/tickets", json={"subject": "Via token"}, headers=_bearer(token)), 403
    )
    _problem(
        client.post(
            f"/api/v1/tickets/{ticket['number']}/comments",
            json={"body": "Via token"},
            headers=_bearer(token),
        ),
        403,
    )
    after = client.get("/api/v1/tickets", headers=world.alice.headers)
    assert [t["number"] for t in after.json()["items"]] == [ticket["number"]]
    comments = client.get(
        f"/api/v1/tickets/{ticket['number']}/comments", headers=world.alice.headers
    )
    assert comments.json()["items"] == []


def test_revoked_api_token_is_a_401(client: TestClient, world: World) -> None:
    created = client.post(
        "/api/v1/api-tokens",
        json={"name": "Integration", "scopes": ["tickets:read", "tickets:write"]},
        headers=world.alice.headers,
    ).json()
    token = created["token"]
    assert client.get("/api/v1/users/me", headers=_bearer(token)).status_code == 200

    # Another customer cannot revoke it: a 404, and it keeps working.
    _problem(client.delete(f"/api/v1/api-tokens/{created['id']}", headers=world.bob.headers), 404)
    assert client.get("/api/v1/users/me", headers=_bearer(token)).status_code == 200

    revoked = client.delete(f"/api/v1/api-tokens/{created['id']}", headers=world.alice.headers)
    assert revoked.status_code == 204

    response = client.get("/api/v1/users/me", headers=_bearer(token))
    _problem(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"
    body = client.get("/api/v1/api-tokens", headers=world.alice.headers).json()
    assert body["next_cursor"] is None
    listed = body["items"]
    assert [t["id"] for t in listed] == [created["id"]]
    assert listed[0]["revoked_at"] is not None
    assert "token" not in listed[0]


def test_signing_out_revokes_the_session_token(client: TestClient, world: World) -> None:
    assert client.get("/api/v1/users/me", headers=world.carol.headers).status_code == 200
    out = client.delete("/api/v1/auth/token", headers=world.carol.headers)
    assert out.status_code == 204
    response = client.get("/api/v1/users/me", headers=world.carol.headers)
    _problem(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"
    _problem(client.get("/api/v1/tickets", headers=world.carol.headers), 401)
    # Other sessions are untouched.
    assert client.get("/api/v1/users/me", headers=world.alice.headers).status_code == 200


def test_missing_or_garbage_token_is_a_401(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    for headers in (
        {},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": f"Bearer {world.alice.token}x"},
        {"Authorization": "Basic YWxpY2U6c2VjcmV0"},
        {"Authorization": "garbage"},
    ):
        for path in ("/api/v1/tickets", "/api/v1/users/me", f"/api/v1/tickets/{number}"):
            response = client.get(path, headers=headers)
            _problem(response, 401)
            assert response.headers["WWW-Authenticate"] == "Bearer", headers


def test_token_in_query_string_is_not_accepted(client: TestClient, world: World) -> None:
    token = world.alice.token
    for name in ("access_token", "token", "api_key", "bearer"):
        response = client.get("/api/v1/users/me", params={name: token})
        _problem(response, 401)
        assert response.headers["WWW-Authenticate"] == "Bearer"
