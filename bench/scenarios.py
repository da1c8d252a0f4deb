"""What the driver asks for: Sportello's endpoints as agents and customers use them, and the
floor's three. Tickets to act on are drawn at random so that rows and locks are spread out."""

import random
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import create_engine, select

from api.core.pagination import DEFAULT_LIMIT, encode_cursor
from api.ticket.models import Ticket
from bench.data import AGENT_REPLIES, SENTENCES, SUBJECT_PROBLEMS, SUBJECT_THINGS, Dataset
from bench.load import Request, Scenario

API = "/api/v1"
LEVELS = ("low", "medium", "high")
# Words of the generated subjects and descriptions (URL-encoded): common ones, with thousands
# of hits to rank, and rarer ones.
SEARCH_WORDS = ("printer", "laptop", "vpn", "slow", "error", "disconnecting", "meeting+room")


@dataclass
class Sessions:
    """Bearer headers of the people signed in for one server."""

    agents: list[dict[str, str]]
    customers: list[dict[str, str]]


QUEUE_STATUSES = ("open", "in_progress")
DEADLINE_KIND = "tickets:sla_due_at"  # api/ticket/repository.py's keyset of sort=sla_due_at


def deadline_cursors(ds: Dataset) -> dict[int, str]:
    """Per team, the cursor a queue UI gets with the first page of its queue by deadline.

    Read from the loaded database (as the API encodes it), so that the "next page" requests
    ask for the real second page, at every size.
    """
    engine = create_engine(ds.url)
    cursors: dict[int, str] = {}
    try:
        with engine.connect() as conn:
            for team_id in sorted(ds.team_members):
                row = conn.execute(
                    select(Ticket.sla_due_at, Ticket.id)
                    .where(Ticket.team_id == team_id, Ticket.status.in_(QUEUE_STATUSES))
                    .order_by(Ticket.sla_due_at.asc().nulls_last(), Ticket.id)
                    .offset(DEFAULT_LIMIT - 1)
                    .limit(1)
                ).first()
                if row is not None:
                    cursors[team_id] = deadline_cursor(row[0], row[1])
    finally:
        engine.dispose()
    return cursors


def deadline_cursor(due: datetime | None, ticket_id: int) -> str:
    inner = "" if due is None else encode_cursor(DEADLINE_KIND + ":v", [due])
    return encode_cursor(DEADLINE_KIND, [due is None, inner, ticket_id])


def sportello_scenarios(ds: Dataset, people: Sessions) -> list[Scenario]:
    agents, customers = people.agents, people.customers
    first, last = ds.first_number, ds.last_number
    active = ds.active_numbers
    teams = sorted(ds.team_members)
    assignable = [(t, m) for t, members in sorted(ds.team_members.items()) for m in members]
    categories = ds.plain_category_ids
    cursors = deadline_cursors(ds)
    queue_filter = "".join(f"status={s}&" for s in QUEUE_STATUSES)

    def agent(index: int) -> dict[str, str]:
        return agents[index % len(agents)]

    def customer(index: int) -> dict[str, str]:
        return customers[index % len(customers)]

    def create_ticket(rng: random.Random, i: int) -> Request:
        body = {
            "subject": f"{rng.choice(SUBJECT_THINGS)} {rng.choice(SUBJECT_PROBLEMS)}",
            "description": " ".join(rng.sample(SENTENCES, 2)),
            "category_id": rng.choice(categories),
            "impact": rng.choice(LEVELS),
            "urgency": rng.choice(LEVELS),
        }
        return "POST", f"{API}/tickets", customer(i), body

    def get_ticket(rng: random.Random, i: int) -> Request:
        return "GET", f"{API}/tickets/{rng.randint(first, last)}", agent(i), None

    def queue_page(rng: random.Random, i: int) -> Request:
        path = f"{API}/tickets?status=open&status=in_progress&team_id={rng.choice(teams)}"
        return "GET", path, agent(i), None

    def queue_by_deadline(rng: random.Random, i: int) -> Request:
        # A team's queue, next deadline first: the first page, the next page with the cursor
        # the first one returned, or the team's breached tickets.
        team_id = rng.choice(teams)
        path = f"{API}/tickets?{queue_filter}team_id={team_id}&sort=sla_due_at"
        draw = rng.random()
        if draw < 0.4 and team_id in cursors:
            path += f"&cursor={quote(cursors[team_id])}"
        elif draw < 0.6:
            path += "&sla=breached"
        return "GET", path, agent(i), None

    def my_requests(rng: random.Random, i: int) -> Request:
        return "GET", f"{API}/tickets", customer(i), None

    def post_comment(rng: random.Random, i: int) -> Request:
        path = f"{API}/tickets/{rng.choice(active)}/comments"
        return "POST", path, agent(i), {"body": rng.choice(AGENT_REPLIES)}

    def assign(rng: random.Random, i: int) -> Request:
        team_id, agent_id = rng.choice(assignable)
        path = f"{API}/tickets/{rng.choice(active)}/assignment"
        return "PUT", path, agent(i), {"team_id": team_id, "agent_id": agent_id}

    def search(rng: random.Random, i: int) -> Request:
        return "GET", f"{API}/search?q={rng.choice(SEARCH_WORDS)}", agent(i), None

    def customer_search(rng: random.Random, i: int) -> Request:
        return "GET", f"{API}/search?q={rng.choice(SEARCH_WORDS)}", customer(i), None

    def history(rng: random.Random, i: int) -> Request:
        return "GET", f"{API}/tickets/{rng.randint(first, last)}/events", agent(i), None

    return [
        Scenario("create_ticket", "create ticket (customer)", create_ticket, expected=201),
        Scenario("get_ticket", "get ticket (agent)", get_ticket),
        Scenario("queue_page", "agent queue page (2 statuses + team)", queue_page),
        Scenario(
            "queue_by_deadline",
            "agent queue by SLA deadline (first page, next page, breached)",
            queue_by_deadline,
        ),
        Scenario("my_requests", 'customer "my requests" page', my_requests),
        Scenario("post_comment", "post comment (agent reply)", post_comment, expected=201),
        Scenario("assignment", "assignment (PUT team + agent)", assign),
        Scenario("history", "ticket history (events)", history),
        Scenario("search", "text search (agent: tickets + articles)", search),
        Scenario("customer_search", "text search (customer)", customer_search),
    ]


def floor_scenarios(ds: Dataset) -> list[Scenario]:
    first, last = ds.first_number, ds.last_number
    active = ds.active_numbers
    teams = sorted(ds.team_members)
    author = ds.agent_logins[0].id

    def get(rng: random.Random, i: int) -> Request:
        # Loaded tickets have id = number - 1000.
        return "GET", f"/floor/tickets/{rng.randint(first, last) - 1000}", {}, None

    def page(rng: random.Random, i: int) -> Request:
        path = f"/floor/tickets?status=open&status=in_progress&team_id={rng.choice(teams)}"
        return "GET", path, {}, None

    def insert(rng: random.Random, i: int) -> Request:
        body = {"ticket_id": rng.choice(active) - 1000, "author_id": author}
        return "POST", "/floor/comments", {}, body | {"body": rng.choice(AGENT_REPLIES)}

    return [
        Scenario("floor_get", "floor: read by primary key", get),
        Scenario("floor_list", "floor: keyset list page", page),
        Scenario("floor_insert", "floor: one insert", insert, expected=201),
    ]


# Which floor endpoint each Sportello scenario is held against, and the target ratio
# (throughput / the floor's, at each of TARGET_CONCURRENCY on PostgreSQL with 100,000 tickets).
FLOOR_OF = {
    "get_ticket": ("floor_get", 0.5),
    "queue_page": ("floor_list", 0.5),
    "queue_by_deadline": ("floor_list", None),
    "my_requests": ("floor_list", None),
    "history": ("floor_list", None),
    "create_ticket": ("floor_insert", 0.4),
    "post_comment": ("floor_insert", 0.4),
    "assignment": ("floor_insert", None),
    "search": ("floor_list", None),
    "customer_search": ("floor_list", None),
}
TARGET_CONCURRENCY = (8, 32)
# Text search on PostgreSQL with 100,000 tickets: p95 (ms) at concurrency 8, and no failed
# request at concurrency 32.
SEARCH_P95_TARGET_MS = {"search": 150.0, "customer_search": 150.0}
SEARCH_NO_ERRORS_AT = 32
