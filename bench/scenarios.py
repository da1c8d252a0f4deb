"""What the driver asks for: Sportello's endpoints as agents and customers use them, and the
floor's three. Tickets to act on are drawn at random so that rows and locks are spread out."""

import random
from dataclasses import dataclass

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


def sportello_scenarios(ds: Dataset, people: Sessions) -> list[Scenario]:
    agents, customers = people.agents, people.customers
    first, last = ds.first_number, ds.last_number
    active = ds.active_numbers
    teams = sorted(ds.team_members)
    assignable = [(t, m) for t, members in sorted(ds.team_members.items()) for m in members]
    categories = ds.plain_category_ids

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
