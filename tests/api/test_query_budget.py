"""The query budget: how many SQL statements each hot endpoint runs, counted on the engine.

A count, not a time, so it holds on any machine: an N+1 (a query per row, per comment, per
event) or an extra round trip shows up here as a failing number long before it shows up as a
slow page. Each endpoint is measured twice, once small (a page of 5, a ticket with 1 comment)
and once large (a page of 50, a ticket with 20 comments and their events): the two counts must
be equal, and at most the budget. Transaction control (BEGIN, COMMIT, ROLLBACK) is not counted,
because SQLite emits BEGIN as a statement and PostgreSQL does not; everything else is.

bench/ measures the same endpoints on the benchmark's large database (docs/benchmarks.md).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

from tests.api.conftest import Person, World

PAGE_SMALL, PAGE_LARGE = 5, 50
COMMENTS_FEW, COMMENTS_MANY = 1, 20
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")

# The most statements each endpoint may run, whatever the page size or the thread length.
# Every request starts with the token lookup (one SELECT joining the user, which also reads the
# configuration's token); a ticket comes with its requester and its tags in the same SELECT
# (joined, whatever the number of tickets).
BUDGET = {
    # (staff, for a customer) requester, category (the priority matrix, the routing rules,
    # the category tree, the SLA policies and their versions, the webhook subscriptions come
    # from the worker's copy while the configuration's token is the same), the ticket number
    # (a sequence on PostgreSQL, the counter UPDATE ... RETURNING on SQLite), ticket with its
    # SLA columns, its tags (one INSERT however many), its "created" event (and the SLA policy
    # applied, in the same INSERT), its search document; then the event subscribers: the
    # acknowledgement email and the job that sends it (on PostgreSQL its NOTIFY), the report
    # row's upsert (a new ticket has no reopening to count)
    "tickets-create": 8 + 3,
    "tickets-get": 2,
    "tickets-list (agent queue)": 2,
    # the same, next SLA deadline first (first page and next pages alike)
    "tickets-list (queue by deadline)": 2,
    # + the customer's organization's shared_tickets flag
    "tickets-list (customer)": 3,
    # the ticket (locked), comment, its search document, event, ticket UPDATE; the
    # subscribers' 4 (the requester's email and its job, webhooks, the report row's upsert;
    # its reopenings are counted again only when the transaction reopened the ticket)
    "comments-create": 5 + 4,
    # + who sent the comments that arrived by email (one SELECT for the page)
    "comments-list": 4,
    # team, its members, the assignment and status events (one INSERT on PostgreSQL, whose
    # driver batches them; two on SQLite), ticket UPDATE; the subscribers: webhooks, the
    # report row's upsert (and on PostgreSQL the live workspace's NOTIFY, in the INSERT saved)
    "assignment-set": 6 + 2,
    "tickets-events": 3,
    # staff: the planner settings of the transaction (PostgreSQL: no parallel workers, no
    # JIT), the candidates ranked among the newest rows, and again over the whole index when
    # too few matched there; the tickets with their requesters, the articles (when any is
    # hit), each ticket's own row, the highlights
    "search-query (agent)": 8,
    # a customer: the organization's shared_tickets flag, the candidates ranked once over the
    # whole index (a customer's tickets hold few of the newest rows)
    "search-query (customer)": 8,
}
# What a worker reads into its copy of the configuration when the token changed: the priority
# matrix, the routing rules, the category tree, the SLA policies, the webhook subscriptions.
CONFIGURATION_READS = 5
# A report group, for its period and the one before: the token lookup, the desk's calendar,
# then per period one statement per measured metric (every grouping of it at once), count or
# name lookup (none when no row has a name to look up), whatever the number of tickets,
# teams or agents.
REPORT_BUDGET = {
    "times": 2 + 2 * 3,  # first response, resolution, team names
    "sla": 2 + 2 * 3,  # first response, resolution, team names
    "backlog": 2 + 1,  # the backlog now (the current period only)
    "quality": 2 + 2 * 3,  # resolution counts, deflections, surveys
    "volume": 2 + 2 * 4,  # arrivals by kind, by hour; category and organization names
    "agents": 2 + 2 * 2 + 1,  # resolved per agent, agent names; open now (current only)
    "staffing": 2 + 2 * 2,  # arrivals by hour, agents at the desk
}


class Statements:
    """Every statement the app's engine sends to the database, while recording."""

    def __init__(self) -> None:
        self.recorded: list[str] | None = None

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if self.recorded is not None and not statement.lstrip().upper().startswith(
            TRANSACTION_CONTROL
        ):
            self.recorded.append(" ".join(statement.split()))

    @contextmanager
    def recording(self) -> Iterator[list[str]]:
        self.recorded = []
        try:
            yield self.recorded
        finally:
            self.recorded = None


@pytest.fixture
def statements(app: FastAPI) -> Iterator[Statements]:
    engine = app.state.db.engine
    listener = Statements()
    event.listen(engine, "before_cursor_execute", listener)
    yield listener
    event.remove(engine, "before_cursor_execute", listener)


def _count(
    client: TestClient,
    statements: Statements,
    method: str,
    path: str,
    who: Person,
    expected: int = 200,
    **kwargs: Any,
) -> tuple[list[str], Any]:
    with statements.recording() as recorded:
        response = client.request(method, path, headers=who.headers, **kwargs)
    assert response.status_code == expected, response.text
    return list(recorded), response.json()


def _within_budget(name: str, small: list[str], large: list[str]) -> None:
    listing = "\n".join(f"  {s[:160]}" for s in large)
    assert len(small) == len(large), (
        f"{name}: {len(small)} statements small, {len(large)} large (an N+1?):\n{listing}"
    )
    assert len(large) <= BUDGET[name], (
        f"{name}: {len(large)} statements, budget {BUDGET[name]}:\n{listing}"
    )


def _tickets_in_queue(client: TestClient, world: World, count: int) -> list[int]:
    """`count` tickets of three requesters, tagged, registered with the Service Desk."""
    requesters = (world.alice, world.carol, world.bob)
    numbers = []
    for n in range(count):
        ticket = world.open_ticket(
            client,
            world.agent,
            subject=f"Queue ticket {n}",
            requester_id=requesters[n % 3].id,
            tags=["queue", f"t{n % 4}"],
        )
        response = client.put(
            f"/api/v1/tickets/{ticket['number']}/assignment",
            json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
            headers=world.agent.headers,
        )
        assert response.status_code == 200, response.text
        numbers.append(ticket["number"])
    return numbers


def _thread(client: TestClient, world: World, comments: int) -> int:
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id, tags=["thread"])
    number: int = ticket["number"]
    for n in range(comments):
        who = world.agent if n % 2 == 0 else world.alice
        response = client.post(
            f"/api/v1/tickets/{number}/comments",
            json={"body": f"Reply {n}"},
            headers=who.headers,
        )
        assert response.status_code == 201, response.text
    return number


def test_ticket_lists_do_not_grow_with_the_page(
    client: TestClient, world: World, statements: Statements
) -> None:
    _tickets_in_queue(client, world, PAGE_LARGE + 1)
    queue = f"/api/v1/tickets?status=open&status=in_progress&team_id={world.service_desk['id']}"
    small, body = _count(client, statements, "GET", f"{queue}&limit={PAGE_SMALL}", world.agent)
    assert len(body["items"]) == PAGE_SMALL
    large, body = _count(client, statements, "GET", f"{queue}&limit={PAGE_LARGE}", world.agent)
    assert len(body["items"]) == PAGE_LARGE
    assert len({t["requester"]["id"] for t in body["items"]}) == 3
    _within_budget("tickets-list (agent queue)", small, large)

    # "My requests": a customer's own tickets (alice has a third of them).
    small, body = _count(
        client, statements, "GET", f"/api/v1/tickets?limit={PAGE_SMALL}", world.alice
    )
    assert len(body["items"]) == PAGE_SMALL
    large, body = _count(client, statements, "GET", "/api/v1/tickets?limit=50", world.alice)
    assert len(body["items"]) > PAGE_SMALL
    _within_budget("tickets-list (customer)", small, large)


def test_the_queue_by_deadline_does_not_grow_with_the_page(
    client: TestClient, world: World, statements: Statements
) -> None:
    # Tickets opened before any policy have no deadline (they sort last); the rest have one.
    _tickets_in_queue(client, world, 3)
    policy = {
        "name": "Round the clock",
        "targets": {p: {"first_reply": 3600, "resolution": 14_400} for p in ("medium", "low")},
    }
    response = client.post("/api/v1/sla/policies", json=policy, headers=world.supervisor.headers)
    assert response.status_code == 201, response.text
    _tickets_in_queue(client, world, 2 * PAGE_LARGE)
    queue = (
        "/api/v1/tickets?status=open&status=in_progress"
        f"&team_id={world.service_desk['id']}&sort=sla_due_at"
    )
    for cursor in ("", "&cursor={}"):
        pages = []
        for limit in (PAGE_SMALL, PAGE_LARGE):
            path = f"{queue}&limit={limit}"
            if cursor:
                first = client.get(path, headers=world.agent.headers).json()
                path += cursor.format(first["next_cursor"])
            recorded, body = _count(client, statements, "GET", path, world.agent)
            assert len(body["items"]) == limit
            pages.append(recorded)
        _within_budget("tickets-list (queue by deadline)", *pages)
    # The last page crosses from the deadlines to the tickets without one, same count.
    recorded, body = _count(
        client, statements, "GET", f"{queue}&limit={2 * PAGE_LARGE - 1}", world.agent
    )
    recorded, body = _count(
        client,
        statements,
        "GET",
        f"{queue}&limit={PAGE_SMALL}&cursor={body['next_cursor']}",
        world.agent,
    )
    assert [t["sla"] is None for t in body["items"]] == [False, True, True, True]
    assert len(recorded) <= BUDGET["tickets-list (queue by deadline)"]


def test_ticket_endpoints_do_not_grow_with_the_thread(
    client: TestClient, world: World, statements: Statements
) -> None:
    short = _thread(client, world, COMMENTS_FEW)
    long = _thread(client, world, COMMENTS_MANY)

    def both(name: str, method: str, path: str, expected: int = 200, **kwargs: Any) -> None:
        small, _ = _count(
            client, statements, method, path.format(short), world.agent, expected, **kwargs
        )
        large, _ = _count(
            client, statements, method, path.format(long), world.agent, expected, **kwargs
        )
        _within_budget(name, small, large)

    both("tickets-get", "GET", "/api/v1/tickets/{}")
    both("comments-list", "GET", "/api/v1/tickets/{}/comments")
    both("tickets-events", "GET", "/api/v1/tickets/{}/events")
    both("comments-create", "POST", "/api/v1/tickets/{}/comments", 201, json={"body": "Noted."})
    both(
        "assignment-set",
        "PUT",
        "/api/v1/tickets/{}/assignment",
        json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
    )
    _, events = _count(client, statements, "GET", f"/api/v1/tickets/{long}/events", world.agent)
    assert len(events["items"]) > COMMENTS_MANY  # the long thread's history really is long


def test_creating_a_ticket_does_not_grow_with_its_tags(
    client: TestClient, world: World, statements: Statements
) -> None:
    body: dict[str, Any] = {
        "subject": "Printer jams",
        "description": "Tray 2.",
        "requester_id": world.alice.id,
        "category_id": world.computer["id"],
        "details": {"operating_system": "Linux"},
    }
    path = "/api/v1/tickets"
    one_tag = body | {"tags": ["printer"]}
    ten_tags = body | {"tags": [f"tag{n}" for n in range(10)]}
    # The first creation reads the configuration into the worker's copy; it is measured apart.
    first, _ = _count(client, statements, "POST", path, world.agent, 201, json=one_tag)
    small, _ = _count(client, statements, "POST", path, world.agent, 201, json=one_tag)
    large, _ = _count(client, statements, "POST", path, world.agent, 201, json=ten_tags)
    _within_budget("tickets-create", small, large)
    assert len(first) <= BUDGET["tickets-create"] + CONFIGURATION_READS
    own = {
        "subject": "Printer jams",
        "category_id": world.computer["id"],
        "details": body["details"],
    }
    by_customer, _ = _count(client, statements, "POST", path, world.alice, 201, json=own)
    assert len(by_customer) <= BUDGET["tickets-create"]


def _resolved_tickets(client: TestClient, world: World, count: int) -> None:
    """`count` tickets of every priority in the Service Desk, answered, two in three resolved,
    one in an organization and a category."""
    numbers = _tickets_in_queue(client, world, count)
    for n, number in enumerate(numbers):
        path = f"/api/v1/tickets/{number}"
        reply = {"body": "On it."}
        response = client.post(f"{path}/comments", json=reply, headers=world.agent.headers)
        assert response.status_code == 201, response.text
        if n % 3 != 2:
            done = {"status": "resolved", "resolution": "Fixed."}
            response = client.patch(path, json=done, headers=world.agent.headers)
            assert response.status_code == 200, response.text


def test_reports_do_not_grow_with_the_tickets(
    client: TestClient, world: World, statements: Statements
) -> None:
    counts: dict[str, list[list[str]]] = {group: [] for group in REPORT_BUDGET}
    for tickets in (3, 30):
        _resolved_tickets(client, world, tickets)
        for group in REPORT_BUDGET:
            recorded, body = _count(
                client, statements, "GET", f"/api/v1/reports/{group}", world.supervisor
            )
            assert body["current"]["tables"], group
            counts[group].append(recorded)
    for group, (small, large) in counts.items():
        listing = "\n".join(f"  {s[:160]}" for s in large)
        assert len(small) == len(large), f"{group}: {len(small)} then {len(large)}:\n{listing}"
        assert len(large) <= REPORT_BUDGET[group], (
            f"{group}: {len(large)} statements, budget {REPORT_BUDGET[group]}:\n{listing}"
        )


def test_search_does_not_grow_with_the_hits(
    client: TestClient, world: World, statements: Statements
) -> None:
    for n in range(PAGE_LARGE + 1):
        world.open_ticket(
            client,
            world.agent,
            subject=f"Printer jam on floor {n}",
            requester_id=world.alice.id,
            tags=["printer"],
        )
    for name, who in (
        ("search-query (agent)", world.agent),
        ("search-query (customer)", world.alice),
    ):
        pages = []
        for limit in (PAGE_SMALL, PAGE_LARGE):
            recorded, body = _count(
                client, statements, "GET", f"/api/v1/search?q=printer&limit={limit}", who
            )
            assert len(body["items"]) == limit
            pages.append(recorded)
        _within_budget(name, *pages)
