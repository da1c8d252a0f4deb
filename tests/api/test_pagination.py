"""Ticket lists: keyset pages that neither skip nor repeat, sorts, filters and bad input."""

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World

TICKETS = "/api/v1/tickets"
SORTS = ["priority", "created", "-created", "updated", "-updated"]
RANK = {"critical": 1, "high": 2, "medium": 3, "low": 4}
PRIORITY_CYCLE = ["low", "critical", "medium", "high", "medium", "low", "high"]


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def assert_invalid(response: httpx.Response, field: str) -> None:
    body = assert_problem(response, 422)
    fields = [e["field"] for e in body["errors"]]
    assert any(f == field or f.startswith(f"{field}.") for f in fields), body


def page(client: TestClient, who: Person, **params: Any) -> httpx.Response:
    response: httpx.Response = client.get(TICKETS, params=params, headers=who.headers)
    return response


def walk(
    client: TestClient,
    who: Person,
    params: dict[str, Any],
    between_pages: Callable[[int], None] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Follow next_cursor to the end; return every item and the number of pages."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    pages = 0
    while True:
        query = params | ({"cursor": cursor} if cursor else {})
        response = page(client, who, **query)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["items"]) <= params.get("limit", 25)
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages
        assert len(body["items"]) == params.get("limit", 25)
        if between_pages is not None:
            between_pages(pages)
        assert pages < 200, "the cursor never ends"


def numbers(items: list[dict[str, Any]]) -> list[int]:
    return [t["number"] for t in items]


def create(client: TestClient, who: Person, subject: str, priority: str) -> dict[str, Any]:
    response = client.post(
        TICKETS,
        json={"subject": subject, "priority": priority, "priority_reason": "test queue"},
        headers=who.headers,
    )
    assert response.status_code == 201, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def expected_order(
    sort: str, created: list[int], touched: list[int], prio: dict[int, str]
) -> list[int]:
    """The order a sort must give, from how the tickets were made (not from the answers).

    Numbers grow with creation time and with the row id, so they break ties like the id does.
    """
    if sort == "priority":
        return sorted(created, key=lambda n: (RANK[prio[n]], n))
    if sort in ("created", "-created"):
        order = sorted(created)
    else:
        order = [n for n in sorted(created) if n not in touched] + touched
    return order[::-1] if sort.startswith("-") else order


def _parse(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


def assert_sorted_by_fields(sort: str, items: list[dict[str, Any]]) -> None:
    """Independent check on the answered fields themselves."""
    if sort == "priority":
        keys: list[Any] = [(RANK[t["priority"]], _parse(t["created_at"])) for t in items]
    else:
        column = "created_at" if sort.endswith("created") else "updated_at"
        keys = [_parse(t[column]) for t in items]
    if sort.startswith("-"):
        keys = keys[::-1]
    assert keys == sorted(keys)


# -- limit ---------------------------------------------------------------------------------


def test_limit_bounds_and_default(client: TestClient, admin: Person) -> None:
    for i in range(26):
        create(client, admin, f"Ticket {i}", "medium")
    assert_invalid(page(client, admin, limit=0), "limit")
    assert_invalid(page(client, admin, limit=101), "limit")
    assert_invalid(page(client, admin, limit=-1), "limit")
    assert_invalid(page(client, admin, limit="ten"), "limit")

    one = page(client, admin, limit=1)
    assert one.status_code == 200
    assert numbers(one.json()["items"]) == [1001]
    assert one.json()["next_cursor"]
    hundred = page(client, admin, limit=100)
    assert hundred.status_code == 200
    assert len(hundred.json()["items"]) == 26
    assert hundred.json()["next_cursor"] is None
    # An exactly full last page has no next cursor pointing at nothing.
    exact = page(client, admin, limit=26)
    assert len(exact.json()["items"]) == 26
    assert exact.json()["next_cursor"] is None
    # Without a limit a page holds 25.
    first = page(client, admin)
    assert len(first.json()["items"]) == 25
    second = page(client, admin, cursor=first.json()["next_cursor"])
    assert numbers(second.json()["items"]) == [1026]
    assert second.json()["next_cursor"] is None


# -- every sort, every ticket once ---------------------------------------------------------


def test_every_sort_returns_every_ticket_once_in_order(client: TestClient, admin: Person) -> None:
    prio: dict[int, str] = {}
    for i in range(60):
        ticket = create(client, admin, f"Queue ticket {i}", PRIORITY_CYCLE[i % 7])
        prio[ticket["number"]] = ticket["priority"]
    created = list(prio)
    assert created == list(range(1001, 1061))
    # Touch some tickets, out of creation order, so that "updated" differs from "created".
    touched = [1040, 1003, 1059, 1017, 1001, 1030]
    for number in touched:
        response = client.patch(
            f"{TICKETS}/{number}", json={"tags": ["touched"]}, headers=admin.headers
        )
        assert response.status_code == 200, response.text

    for sort in SORTS:
        for limit in (1, 7, 60, 100) if sort == "priority" else (7, 60, 100):
            items, pages = walk(client, admin, {"sort": sort, "limit": limit})
            got = numbers(items)
            assert len(got) == len(set(got)) == 60, (sort, limit)
            assert got == expected_order(sort, created, touched, prio), (sort, limit)
            assert_sorted_by_fields(sort, items)
            assert pages == -(-60 // limit), (sort, limit)


def test_default_sort_is_the_agent_queue(client: TestClient, admin: Person) -> None:
    low = create(client, admin, "Old and low", "low")["number"]
    medium = create(client, admin, "Medium", "medium")["number"]
    critical_old = create(client, admin, "Old and critical", "critical")["number"]
    critical_new = create(client, admin, "New and critical", "critical")["number"]
    high = create(client, admin, "High", "high")["number"]
    default = numbers(page(client, admin).json()["items"])
    assert default == [critical_old, critical_new, high, medium, low]
    assert numbers(page(client, admin, sort="priority").json()["items"]) == default


# -- stable while tickets are being added --------------------------------------------------


@pytest.mark.parametrize("sort", SORTS)
def test_paging_while_tickets_are_created_neither_skips_nor_repeats(
    client: TestClient, admin: Person, sort: str
) -> None:
    prio: dict[int, str] = {}
    for i in range(20):
        ticket = create(client, admin, f"Existing {i}", PRIORITY_CYCLE[i % 7])
        prio[ticket["number"]] = ticket["priority"]
    existing = set(prio)
    added: list[int] = []

    def add_tickets(page_number: int) -> None:
        # New tickets of every priority, critical ones jump to the head of the queue.
        for level in ("critical", "low", PRIORITY_CYCLE[page_number % 7]):
            added.append(create(client, admin, f"New {page_number} {level}", level)["number"])

    items, _ = walk(client, admin, {"sort": sort, "limit": 5}, between_pages=add_tickets)
    got = numbers(items)

    assert len(got) == len(set(got)), f"repeated: {sorted(n for n in got if got.count(n) > 1)}"
    assert existing <= set(got), f"skipped: {sorted(existing - set(got))}"
    assert set(got) <= existing | set(added)
    assert added, "tickets were added while paging"
    assert_sorted_by_fields(sort, items)
    # The existing tickets come in the order the sort gives them.
    assert [n for n in got if n in existing] == expected_order(sort, sorted(existing), [], prio)
    if sort == "created":
        # Ascending creation order reaches the newcomers at the end.
        assert set(added) <= set(got)
    if sort in ("-created", "-updated"):
        # Newest first: tickets made after the first page are ahead of the cursor.
        assert set(got) == existing


def test_a_ticket_updated_in_place_keeps_its_page(client: TestClient, admin: Person) -> None:
    for i in range(10):
        create(client, admin, f"Ticket {i}", "medium")
    first = page(client, admin, sort="created", limit=5).json()
    client.patch(f"{TICKETS}/1002", json={"subject": "Changed"}, headers=admin.headers)
    second = page(client, admin, sort="created", limit=5, cursor=first["next_cursor"])
    assert numbers(first["items"]) + numbers(second.json()["items"]) == list(range(1001, 1011))


# -- tampered cursors ----------------------------------------------------------------------


def _b64(value: Any) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_tampered_cursors_are_400(client: TestClient, admin: Person) -> None:
    for i in range(6):
        create(client, admin, f"Ticket {i}", "medium")
    created_cursor = page(client, admin, sort="created", limit=2).json()["next_cursor"]
    priority_cursor = page(client, admin, sort="priority", limit=2).json()["next_cursor"]
    assert created_cursor
    assert priority_cursor
    events_cursor = _b64(["events", [1]])

    cases: list[tuple[str, str]] = [
        ("created", priority_cursor),
        ("priority", created_cursor),
        ("-created", created_cursor),
        ("updated", created_cursor),
        ("-updated", priority_cursor),
        ("created", events_cursor),
        ("created", _b64(b"\x8f\x00\xff random bytes \x01\x02")),
        ("created", "!!!not base64 at all!!!"),
        ("created", "garbage"),
        ("created", created_cursor[:-3]),
        ("created", created_cursor + "AAAA"),
        ("created", _b64({"not": "a list"})),
        ("created", _b64(["tickets:created", ["yesterday", 1]])),
        ("created", _b64(["tickets:created", ["2030-01-01T00:00:00", 1]])),  # naive
        ("created", _b64(["tickets:created", ["2030-01-01T00:00:00+00:00", "1"]])),
        ("created", _b64(["tickets:created", ["2030-01-01T00:00:00+00:00", True]])),
        ("created", _b64(["tickets:created", ["2030-01-01T00:00:00+00:00"]])),
        ("created", _b64(["tickets:created", [None, None]])),
        ("priority", _b64(["tickets:priority", [99, "2030-01-01T00:00:00+00:00", 1]])),
        ("priority", _b64(["tickets:priority", ["urgent", "2030-01-01T00:00:00+00:00", 1]])),
        ("priority", _b64(["tickets:priority", [1, "2030-01-01T00:00:00+00:00", 1, 2]])),
        ("created", _b64(["tickets:created", [1e400, 1]])),
    ]
    for sort, cursor in cases:
        response = page(client, admin, sort=sort, limit=2, cursor=cursor)
        body = assert_problem(response, 400)
        assert "cursor" in body["detail"], (sort, cursor, body)
        assert "Traceback" not in response.text
        assert "SELECT" not in response.text


def test_well_formed_cursors_with_extreme_values_never_fail(
    client: TestClient, admin: Person
) -> None:
    for i in range(3):
        create(client, admin, f"Ticket {i}", "medium")
    cases = [
        ("created", ["9999-12-31T23:59:59-05:00", 1]),
        ("created", ["0001-01-01T00:00:00+05:00", 1]),
        ("created", ["2030-01-01T00:00:00+00:00", 10**30]),
        ("created", ["2030-01-01T00:00:00+00:00", -(10**30)]),
        ("-updated", ["2030-01-01T00:00:00+00:00", 2**63]),
        ("updated", ["2030-01-01T00:00:00+00:00", 2**31]),
        ("updated", ["2030-01-01T00:00:00+00:00", 2**62]),
        ("-created", ["2030-01-01T00:00:00+00:00", -(2**40)]),
        ("priority", [1, "2030-01-01T00:00:00+00:00", 2**64]),
        ("priority", [10**30, "2030-01-01T00:00:00+00:00", 1]),
    ]
    for sort, values in cases:
        cursor = _b64([f"tickets:{sort}", values])
        response = page(client, admin, sort=sort, limit=2, cursor=cursor)
        assert response.status_code in (200, 400), (sort, values, response.text)
        if response.status_code == 400:
            assert_problem(response, 400)


def test_extreme_dates_in_filters_never_fail(client: TestClient, admin: Person) -> None:
    create(client, admin, "Ticket", "medium")
    for field in ("created_after", "created_before", "updated_after", "updated_before"):
        for value in ("9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"):
            response = page(client, admin, **{field: value})
            assert response.status_code in (200, 422), (field, value, response.text)
            if response.status_code == 422:
                assert_invalid(response, field)


def test_huge_ids_in_filters_never_fail(client: TestClient, admin: Person) -> None:
    create(client, admin, "Ticket", "medium")
    huge = str(10**30)
    for field in ("category_id", "team_id", "requester_id", "organization_id", "assignee"):
        response = page(client, admin, **{field: huge})
        assert response.status_code in (200, 400, 422), (field, response.text)
        if response.status_code == 200:
            assert response.json()["items"] == []
        else:
            assert_problem(response, response.status_code)


def test_a_forged_cursor_never_reveals_other_customers_tickets(
    client: TestClient, world: World
) -> None:
    alices = [world.open_ticket(client, subject=f"Alice {i}")["number"] for i in range(3)]
    bobs = [
        world.open_ticket(client, who=world.bob, subject=f"Bob {i}")["number"] for i in range(3)
    ]
    start = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    forged = _b64(["tickets:created", [start, 0]])
    items, _ = walk(client, world.bob, {"sort": "created", "limit": 2, "cursor": forged})
    assert numbers(items) == bobs
    assert not set(alices) & set(numbers(items))


# -- filters -------------------------------------------------------------------------------


def _filter(client: TestClient, who: Person, **params: Any) -> list[int]:
    response = page(client, who, sort="created", limit=100, **params)
    assert response.status_code == 200, response.text
    return numbers(response.json()["items"])


@pytest.fixture
def desk(client: TestClient, world: World) -> dict[str, Any]:
    """A handful of tickets differing in every filtered field."""
    agent, h = world.agent, world.agent.headers
    t: dict[str, dict[str, Any]] = {}
    t["laptop"] = world.open_ticket(
        client,
        subject="Laptop does not boot",
        description="Black screen after the update.",
        category_id=world.computer["id"],
        details={"operating_system": "macOS"},
        impact="high",
        urgency="high",
    )
    t["printer"] = world.open_ticket(
        client,
        who=agent,
        subject="Printer jams on tray 2",
        description="Paper stuck.",
        requester_id=world.bob.id,
        type="question",
        tags=["printer", "floor-2"],
    )
    t["cpu"] = world.open_ticket(
        client,
        who=agent,
        subject="Server at 100% CPU_usage",
        description="The monitoring shows 100% all night.",
        requester_id=world.carol.id,
        channel="walk_in",
        type="service_request",
        tags=["network"],
        priority="low",
        priority_reason="Only a test box",
    )
    t["phone"] = world.open_ticket(
        client,
        who=world.carol,
        subject="Phone line dead",
        description="Outlook 1000 CPUxusage also slow",
        category_id=world.phone_line["id"],
        details={"line_number": "+39 02 1234567"},
        type="problem",
    )
    t["email"] = world.open_ticket(
        client,
        who=world.admin,
        subject="Mailbox full",
        description="CANNOT send: mailbox over quota",
        channel="email",
        requester_id=world.bob.id,
    )
    n = {name: ticket["number"] for name, ticket in t.items()}

    def ok(response: httpx.Response) -> None:
        assert response.status_code in (200, 201), response.text

    # laptop: Service Desk, taken by the agent, then in progress.
    ok(
        client.put(
            f"{TICKETS}/{n['laptop']}/assignment",
            json={"team_id": world.service_desk["id"], "agent_id": agent.id},
            headers=h,
        )
    )
    ok(client.patch(f"{TICKETS}/{n['laptop']}", json={"status": "in_progress"}, headers=h))
    # printer: Network team, Nico.
    ok(
        client.put(
            f"{TICKETS}/{n['printer']}/assignment",
            json={"team_id": world.network["id"], "agent_id": world.network_agent.id},
            headers=h,
        )
    )
    # cpu: Service Desk team, nobody in particular (open).
    ok(
        client.put(
            f"{TICKETS}/{n['cpu']}/assignment",
            json={"team_id": world.service_desk["id"]},
            headers=h,
        )
    )
    # email: resolved at first contact.
    ok(
        client.patch(
            f"{TICKETS}/{n['email']}",
            json={"status": "resolved", "resolution": "Archived old mail."},
            headers=h,
        )
    )
    tickets = {
        name: client.get(f"{TICKETS}/{number}", headers=h).json() for name, number in n.items()
    }
    return {"n": n, "t": tickets}


def test_filters_on_ticket_fields(client: TestClient, world: World, desk: dict[str, Any]) -> None:
    n, a = desk["n"], world.agent
    statuses = {name: ticket["status"] for name, ticket in desk["t"].items()}
    assert statuses == {
        "laptop": "in_progress",
        "printer": "open",
        "cpu": "open",
        "phone": "new",
        "email": "resolved",
    }
    assert _filter(client, a, status="new") == [n["phone"]]
    assert _filter(client, a, status=["new", "open"]) == [n["printer"], n["cpu"], n["phone"]]
    assert _filter(client, a, status=["in_progress", "resolved"]) == [n["laptop"], n["email"]]
    assert _filter(client, a, status="closed") == []
    assert_invalid(page(client, a, status="done"), "status")

    assert desk["t"]["laptop"]["priority"] == "critical"
    assert _filter(client, a, priority="critical") == [n["laptop"]]
    assert _filter(client, a, priority=["low", "critical"]) == [n["laptop"], n["cpu"]]
    assert_invalid(page(client, a, priority="urgent"), "priority")

    assert _filter(client, a, type="question") == [n["printer"]]
    assert _filter(client, a, type="incident") == [n["laptop"], n["email"]]
    assert_invalid(page(client, a, type="complaint"), "type")
    # Filters combine with AND.
    assert _filter(client, a, status=["new", "open"], type="problem") == [n["phone"]]

    assert _filter(client, a, category_id=world.computer["id"]) == [n["laptop"]]
    assert _filter(client, a, category_id=world.phone_line["id"]) == [n["phone"]]
    assert _filter(client, a, category_id=999_999) == []

    assert _filter(client, a, assignee="me") == [n["laptop"]]
    assert _filter(client, world.network_agent, assignee="me") == [n["printer"]]
    assert _filter(client, world.supervisor, assignee="me") == []
    assert _filter(client, a, assignee="none") == [n["cpu"], n["phone"], n["email"]]
    assert _filter(client, a, assignee=str(world.network_agent.id)) == [n["printer"]]
    assert_problem(page(client, a, assignee="somebody"), 400)

    assert _filter(client, a, team_id=world.service_desk["id"]) == [n["laptop"], n["cpu"]]
    assert _filter(client, a, team_id=world.network["id"]) == [n["printer"]]
    assert _filter(client, a, team_id=world.telephony["id"]) == []
    assert_invalid(page(client, a, team_id="network"), "team_id")

    assert _filter(client, a, requester_id=world.bob.id) == [n["printer"], n["email"]]
    assert _filter(client, a, requester_id=world.alice.id) == [n["laptop"]]
    assert _filter(client, a, organization_id=world.acme["id"]) == [
        n["laptop"],
        n["cpu"],
        n["phone"],
    ]
    assert _filter(client, a, organization_id=world.globex["id"]) == [n["printer"], n["email"]]

    assert _filter(client, a, channel="web") == [n["laptop"], n["phone"]]
    assert _filter(client, a, channel="phone") == [n["printer"]]
    assert _filter(client, a, channel="walk_in") == [n["cpu"]]
    assert _filter(client, a, channel="email") == [n["email"]]
    assert _filter(client, a, channel="api") == []
    assert_invalid(page(client, a, channel="fax"), "channel")

    assert _filter(client, a, tag="printer") == [n["printer"]]
    assert _filter(client, a, tag="Printer") == [n["printer"]]
    assert _filter(client, a, tag="network") == [n["cpu"]]
    assert _filter(client, a, tag="print") == []


def test_filters_never_widen_a_customers_view(
    client: TestClient, world: World, desk: dict[str, Any]
) -> None:
    n = desk["n"]
    assert _filter(client, world.alice) == [n["laptop"]]
    assert _filter(client, world.alice, requester_id=world.bob.id) == []
    assert _filter(client, world.alice, organization_id=world.acme["id"]) == [n["laptop"]]
    assert _filter(client, world.bob, q="mailbox") == [n["email"]]
    assert _filter(client, world.bob, q="laptop") == []  # alice's words find nothing of hers
    assert _filter(client, world.carol, status=["new", "open"]) == [n["cpu"], n["phone"]]


def test_filters_on_dates_and_text(client: TestClient, world: World, desk: dict[str, Any]) -> None:
    n, a, t = desk["n"], world.agent, desk["t"]
    cpu_at = _parse(t["cpu"]["created_at"])
    everything = [n["laptop"], n["printer"], n["cpu"], n["phone"], n["email"]]
    assert _filter(client, a, created_after=cpu_at.isoformat()) == [
        n["cpu"],
        n["phone"],
        n["email"],
    ]
    assert _filter(client, a, created_before=cpu_at.isoformat()) == [n["laptop"], n["printer"]]
    # The same instant written with another offset means the same thing.
    rome = cpu_at.astimezone(timezone(timedelta(hours=2)))
    assert _filter(client, a, created_before=rome.isoformat()) == [n["laptop"], n["printer"]]
    zulu = cpu_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert _filter(client, a, created_after=zulu) == [n["cpu"], n["phone"], n["email"]]
    phone_at = _parse(t["phone"]["created_at"])
    assert _filter(
        client, a, created_after=cpu_at.isoformat(), created_before=phone_at.isoformat()
    ) == [n["cpu"]]
    hour = timedelta(hours=1)
    assert _filter(client, a, created_after=(cpu_at - hour).isoformat()) == everything
    assert _filter(client, a, created_after=(cpu_at + hour).isoformat()) == []

    naive = cpu_at.replace(tzinfo=None).isoformat()
    assert_invalid(page(client, a, created_after=naive), "created_after")
    assert_invalid(page(client, a, created_before=naive), "created_before")
    assert_invalid(page(client, a, created_after="last tuesday"), "created_after")

    # The last change in the fixture was resolving the email ticket.
    email_at = _parse(t["email"]["updated_at"])
    assert _filter(client, a, updated_after=email_at.isoformat()) == [n["email"]]
    assert n["email"] not in _filter(client, a, updated_before=email_at.isoformat())
    assert_invalid(
        page(client, a, updated_before=email_at.replace(tzinfo=None).isoformat()), "updated_before"
    )

    assert _filter(client, a, q="printer") == [n["printer"]]
    assert _filter(client, a, q="PRINTER") == [n["printer"]]
    assert _filter(client, a, q="AFTER the Update") == [n["laptop"]]  # in the description
    assert _filter(client, a, q="cannot send") == [n["email"]]
    # Full text: words, not substrings; % and _ are no wildcards (nor words on their own).
    assert _filter(client, a, q="100%") == [n["cpu"]]  # not "1000" in the phone ticket
    assert _filter(client, a, q="CPU_usage") == [n["cpu"]]
    assert _filter(client, a, q="cpu_") == [n["cpu"]]  # not "CPUxusage" in the phone ticket
    assert _filter(client, a, q="%") == []
    assert _filter(client, a, q="_") == []
    assert _filter(client, a, q="1%0") == []
    assert _filter(client, a, q="\\") == []
    assert _filter(client, a, q="nothing like this") == []
    assert _filter(client, a, q="slow", status="new") == [n["phone"]]
    assert _filter(client, a, q="slow", status="open") == []
    assert_invalid(page(client, a, q="x" * 201), "q")


def test_unknown_sort_is_422(client: TestClient, admin: Person) -> None:
    for sort in ("subject", "id", "priority; DROP TABLE ticket", "+created", "--created", ""):
        assert_invalid(page(client, admin, sort=sort), "sort")
