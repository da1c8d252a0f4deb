"""A realistic help desk of any size, loaded in bulk (not through the API).

The schema is the real one (`alembic upgrade head` through api.db.migrate). The directory
(organizations, people, teams, categories) goes in with SQLAlchemy Core; tickets, comments,
history events and tags go in with COPY on PostgreSQL and with large executemany batches on
SQLite. The people the benchmark signs in as are made by api.user.service.create_user with a
real Argon2 hash; everyone else shares one precomputed hash.

The help desk is skewed like a real one: tickets spread over three years, nearly all old ones
closed, the working backlog (new, open, in progress, pending) a few percent and mostly recent,
priorities mostly medium and low, a handful of busy requesters, 3 to 8 comments per ticket and
a history event for every change and comment.
"""

# random makes test data here, not secrets; SQL is built from this module's constant names:
# ruff: noqa: S311, S608

import bisect
import json
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, func, insert, inspect, select, text
from sqlalchemy.engine import make_url

from api.core.config import Settings
from api.core.security import hash_password
from api.db import migrate
from api.db.registry import (
    Category,
    Department,
    Location,
    Organization,
    SlaPolicy,
    SlaPolicyVersion,
    Team,
    TeamMembership,
    User,
)
from api.db.session import Database, transaction
from api.ticket.lifecycle import Status
from api.ticket.priority import DEFAULT_MATRIX, Level
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate

RESULTS_DIR = Path(__file__).resolve().parent / "results"
PASSWORD = "bench-password-1"  # the accounts the load driver signs in with
SPAN_DAYS = 3 * 365
CHUNK = 5_000  # tickets per batch (with their comments, events and tags)

TEAMS = [
    ("Service Desk", 1, "First line: every request starts here."),
    ("Network", 2, "Switches, Wi-Fi, VPN and cabling."),
    ("Telephony", 2, "Desk phones, lines and the switchboard."),
    ("Applications", 2, "Business applications, accounts and licences."),
    ("Workplace", 2, "Laptops, printers and peripherals."),
    ("Identity", 2, "Accounts, passwords, access rights."),
    ("Infrastructure", 3, "Servers, storage and backups."),
    ("Security", 3, "Incidents, phishing and malware."),
]
# Root category -> the team its tickets are routed to, and its subcategories.
CATEGORY_TREE = [
    ("Computer problem", "Workplace", ["Does not start", "Slow", "Screen", "Keyboard or mouse"]),
    ("Network", "Network", ["Wi-Fi", "VPN", "Cable or port"]),
    ("Telephony", "Telephony", ["Desk phone", "Mobile", "Voicemail"]),
    ("Account and access", "Identity", ["Password reset", "New account", "Permissions"]),
    ("Application", "Applications", ["Email", "ERP", "Office suite", "Licence"]),
    ("Printing", "Workplace", ["Paper jam", "Toner", "Driver"]),
    ("Security", "Security", ["Phishing", "Malware", "Lost device"]),
    ("Server and storage", "Infrastructure", ["Disk space", "Backup", "Restore"]),
]
# One category carries typed detail fields, like the demo's "Computer problem".
COMPUTER_FIELDS = [
    {
        "key": "operating_system",
        "label": "Operating system",
        "type": "choice",
        "choices": ["Windows 11", "macOS", "Linux"],
        "required": False,
    },
    {"key": "asset_tag", "label": "Asset tag", "type": "text"},
]
TAGS = ["vip", "hardware", "software", "outage", "onboarding", "offboarding", "remote", "printer"]
TAGS += ["license", "security", "wifi", "vpn", "email", "mobile", "escalated"]

SUBJECT_PROBLEMS = [
    "does not start",
    "is very slow",
    "shows an error",
    "keeps disconnecting",
    "cannot be reached",
    "needs to be replaced",
    "asks for a password again",
    "stopped working after the update",
    "is missing",
    "needs access for a new colleague",
]
SUBJECT_THINGS = [
    "Laptop",
    "Printer on floor 2",
    "VPN",
    "Wi-Fi in the meeting room",
    "Email",
    "Desk phone",
    "ERP",
    "Shared drive",
    "Badge reader",
    "Second monitor",
    "Payroll application",
    "Mobile phone",
]
SENTENCES = [
    "Since this morning it does not work at all.",
    "It happened again after lunch, same as last week.",
    "I have already restarted twice without success.",
    "Several colleagues in my office have the same problem.",
    "The error message says the service is not available.",
    "This blocks the monthly closing, so it is rather urgent.",
    "I attached a photo of the screen to the email I sent earlier.",
    "It works from home but not from the office.",
    "Could someone come by before Friday?",
    "The asset tag is on the sticker under the device.",
]
AGENT_REPLIES = [
    "Thanks for reporting this. Could you restart and try again?",
    "I have reset the configuration on our side; please check now.",
    "We are aware of an outage affecting this service and are working on it.",
    "Could you tell me the asset tag and your extension?",
    "I am taking this over; I will call you in the next hour.",
    "The replacement has been ordered and should arrive this week.",
]
CUSTOMER_REPLIES = [
    "Thank you, it works now.",
    "Still the same, unfortunately.",
    "I restarted but the problem is still there.",
    "You can reach me at my desk until 5 pm.",
    "Any news on this?",
]
INTERNAL_NOTES = [
    "Checked the logs: the switch port flaps every few minutes.",
    "Probably the known driver issue; see the knowledge base.",
    "Waiting for the vendor to confirm the RMA.",
    "Escalating if not solved by tomorrow.",
]
RESOLUTIONS = [
    "Reinstalled the driver.",
    "Replaced the cable and tested the port.",
    "Reset the password and unlocked the account.",
    "Granted the missing permission.",
    "Restored the file from last night's backup.",
    "Known issue; fixed by the vendor's update.",
]
# Two wall-clock SLA policies (targets in seconds per priority): the tickets that are not
# resolved or closed mostly follow one, and carry the state api/sla/tracking.py keeps.
SLA_POLICIES = [
    ("Standard", {"critical": 4, "high": 8, "medium": 24, "low": 72}),
    ("VIP", {"critical": 2, "high": 4, "medium": 8, "low": 24}),
]
SLA_SHARE = 0.8  # of the open backlog under a policy
SLA_PAST_DAYS, SLA_AHEAD_DAYS = 2, 10  # next deadlines spread from 2 days ago to 10 ahead
LEVELS = [Level.low, Level.medium, Level.high]
LEVEL_WEIGHTS = [4, 5, 1.2]
CHANNELS = ["web", "email", "phone", "walk_in", "api"]
CHANNEL_WEIGHTS = [55, 30, 10, 3, 2]
TYPES = ["incident", "service_request", "question", "problem"]
TYPE_WEIGHTS = [55, 30, 12, 3]
# Final status by the ticket's age: nearly every old ticket is closed, the backlog is recent.
STATUSES = [Status.new, Status.open, Status.in_progress, Status.pending, Status.resolved]
STATUSES += [Status.closed]
STATUS_BY_AGE = [  # (age limit in days, weights in STATUSES order)
    (7, [14, 16, 16, 9, 15, 30]),
    (30, [2, 12, 12, 10, 14, 50]),
    (120, [0.5, 4, 4, 4, 3, 84.5]),
    # A long tail of old tickets nobody closed: real backlogs have one.
    (10**9, [0.2, 1.6, 1.2, 0.8, 1, 95.2]),
]

TICKET_COLUMNS = (
    "id",
    "number",
    "subject",
    "description",
    "status",
    "priority",
    "impact",
    "urgency",
    "priority_overridden",
    "priority_reason",
    "type",
    "channel",
    "category_id",
    "details",
    "requester_id",
    "organization_id",
    "department_id",
    "location_id",
    "team_id",
    "assignee_id",
    "created_by_id",
    "resolution",
    "updated_at",
    "first_response_at",
    "resolved_at",
    "closed_at",
    "version",
    "created_at",
    "sla_policy_id",
    "sla_policy_version",
    "sla_due_at",
    "sla_paused",
    "sla_breached",
    "sla_check_at",
)
COMMENT_COLUMNS = (
    "id",
    "ticket_id",
    "author_id",
    "author_role",
    "body",
    "internal",
    "channel",
    "created_at",
)
EVENT_COLUMNS = (
    "id",
    "ticket_id",
    "kind",
    "field",
    "from_value",
    "to_value",
    "public",
    "actor_id",
    "actor_role",
    "channel",
    "note",
    "data",
    "created_at",
)
TAG_COLUMNS = ("ticket_id", "tag")
# The big tables whose secondary indexes PostgreSQL builds after the COPY.
BULK_TABLES = ("ticket", "ticket_tag", "comment", "ticket_event")
# The full-text index's rows (api/search), filled the way a fresh index is: one per ticket
# (subject, description and resolution) and one per comment (public ones in `extra`,
# internal notes in `internal`), each ticket's row followed by its comments' as they would
# have been written, so that the newest rows are the newest tickets' and comments'.
SEARCH_TABLE = "search_document"
SEARCH_COLUMNS = frozenset(
    {"ticket_id", "comment_id", "language", "title", "body", "extra", "internal"}
)
_TICKET_BODY = {
    "postgresql": "t.description || coalesce(E'\\n' || t.resolution, '')",
    "sqlite": "t.description || coalesce(char(10) || t.resolution, '')",
}
INDEX_FOR_SEARCH = {
    backend: f"""
        INSERT INTO search_document (ticket_id, comment_id, language, title, body, extra, internal)
        SELECT ticket_id, comment_id, 'simple', title, body, extra, internal FROM (
            SELECT t.id AS ticket_id, NULL AS comment_id, t.subject AS title, {body} AS body,
                   '' AS extra, '' AS internal
            FROM ticket t
            UNION ALL
            SELECT c.ticket_id, c.id, '', '',
                   CASE WHEN c.internal THEN '' ELSE c.body END,
                   CASE WHEN c.internal THEN c.body ELSE '' END
            FROM comment c
        ) AS row_ ORDER BY ticket_id, coalesce(comment_id, 0)
    """
    for backend, body in _TICKET_BODY.items()
}
# Tables given explicit ids, whose sequences must then move past them.
SERIAL_TABLES = ("ticket", "comment", "ticket_event", "user_account", "organization")
SERIAL_TABLES += ("department", "location", "team", "category", "sla_policy")


@dataclass
class Person:
    id: int
    email: str
    role: Role
    organization_id: int | None = None


@dataclass
class Dataset:
    """What was loaded, how long it took, and what the load driver needs to know."""

    url: str
    backend: str
    tickets: int
    comments: int = 0
    events: int = 0
    tags: int = 0
    users: int = 0
    customers: int = 0
    agents: int = 0
    organizations: int = 0
    teams: int = 0
    categories: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    priority_counts: dict[str, int] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)
    size_bytes: int = 0
    admin: Person | None = None
    agent_logins: list[Person] = field(default_factory=list)
    customer_logins: list[Person] = field(default_factory=list)
    team_members: dict[int, list[int]] = field(default_factory=dict)
    plain_category_ids: list[int] = field(default_factory=list)
    active_numbers: list[int] = field(default_factory=list)
    first_number: int = 1001
    last_number: int = 1000
    search_indexed: bool = False

    @property
    def load_seconds(self) -> float:
        return sum(self.phases.values())

    @property
    def rows(self) -> int:
        return self.tickets + self.comments + self.events + self.tags + self.users


# -- databases ------------------------------------------------------------------------------


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def create_database(backend: str, admin_url: str, label: str) -> str:
    """A new empty database: sportello_bench_* on PostgreSQL, a file under bench/results/."""
    if backend == "sqlite":
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = RESULTS_DIR / f"sportello_bench_{label}.db"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    name = f"sportello_bench_{label}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, admin_url: str) -> None:
    if url.startswith("sqlite"):
        path = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    name = make_url(url).database
    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_size(url: str) -> int:
    if url.startswith("sqlite"):
        path = make_url(url).database or ""
        return sum(
            Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
        )
    with psycopg.connect(_libpq(url)) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0]) if row else 0


# -- the directory ----------------------------------------------------------------------------


class _Directory:
    """Organizations, people, teams and categories, scaled to the number of tickets."""

    def __init__(self, tickets: int, rng: random.Random, now: datetime) -> None:
        self.rng, self.now = rng, now
        self.n_orgs = max(20, tickets // 2_500)
        self.n_customers = max(400, tickets // 25)
        self.n_agents = max(24, tickets // 4_000)
        self.orgs: list[tuple[int, bool, list[int], list[int]]] = []  # id, shared, depts, locs
        self.customers: list[tuple[int, int | None, int | None, int | None]] = []
        self.customer_weights: list[float] = []
        self.agents: list[int] = []
        self.team_ids: list[int] = []
        self.team_members: dict[int, list[int]] = {}
        self.categories: list[tuple[int, int, bool]] = []  # id, team id, has fields


def _build_directory(engine: Engine, settings: Settings, d: _Directory, ds: Dataset) -> None:
    rng, now = d.rng, d.now
    created = now - timedelta(days=SPAN_DAYS + 30)
    with engine.begin() as conn:
        orgs, depts, locs = [], [], []
        for i in range(1, d.n_orgs + 1):
            shared = i % 5 == 0  # one in five shares tickets among its people
            orgs.append(
                {"id": i, "name": f"Organization {i:04d}", "shared_tickets": shared}
                | {"created_at": created}
            )
            dept_ids = [3 * (i - 1) + k for k in (1, 2, 3)]
            loc_ids = [2 * (i - 1) + k for k in (1, 2)]
            for n, dept_id in enumerate(dept_ids):
                depts.append({"id": dept_id, "organization_id": i, "name": f"Department {n}"})
            for n, loc_id in enumerate(loc_ids):
                locs.append(
                    {"id": loc_id, "organization_id": i, "name": f"Site {n}"}
                    | {"address": f"Via Roma {i}, building {n}"}
                )
            d.orgs.append((i, shared, dept_ids, loc_ids))
        conn.execute(insert(Organization), orgs)
        conn.execute(insert(Department), depts)
        conn.execute(insert(Location), locs)
        teams = [
            {"id": i, "name": n, "tier": tier, "description": desc, "created_at": created}
            for i, (n, tier, desc) in enumerate(TEAMS, start=1)
        ]
        conn.execute(insert(Team), teams)
        d.team_ids = [t["id"] for t in teams]
        by_name = {t["name"]: t["id"] for t in teams}
        categories, cat_id = [], 0
        for root, team, children in CATEGORY_TREE:
            cat_id += 1
            root_id = cat_id
            fields = COMPUTER_FIELDS if root == "Computer problem" else []
            categories.append(
                {"id": root_id, "name": root, "parent_id": None, "fields": fields}
                | {"active": True, "created_at": created}
            )
            d.categories.append((root_id, by_name[team], bool(fields)))
            for child in children:
                cat_id += 1
                categories.append(
                    {"id": cat_id, "name": child, "parent_id": root_id, "fields": []}
                    | {"active": True, "created_at": created}
                )
                d.categories.append((cat_id, by_name[team], False))
        conn.execute(insert(Category), categories)
        policies, versions = [], []
        for i, (name, hours) in enumerate(SLA_POLICIES, start=1):
            policies.append({"id": i, "position": i, "current_version": 1, "created_at": created})
            targets = {
                p: {"first_reply": h * 900, "resolution": h * 3600} for p, h in hours.items()
            }
            versions.append(
                {"policy_id": i, "version": 1, "name": name, "targets": targets}
                | {"pausing": {}, "conditions": {}, "created_at": created}
            )
        conn.execute(insert(SlaPolicy), policies)
        conn.execute(insert(SlaPolicyVersion), versions)

    # The people the driver signs in as: made the way the API makes them, real hashes.
    db = Database.connect(settings)
    try:
        with transaction(db) as session:

            def make(email: str, name: str, role: Role, org: int | None = None) -> Person:
                placement: dict[str, Any] = {}
                if org is not None:
                    _, _, dept_ids, loc_ids = d.orgs[org - 1]
                    placement = {
                        "organization_id": org,
                        "department_id": dept_ids[0],
                        "location_id": loc_ids[0],
                    }
                user = user_service.create_user(
                    session,
                    settings,
                    UserCreate(email=email, name=name, role=role, password=PASSWORD, **placement),
                    actor=None,
                )
                return Person(user.id, email, role, org)

            ds.admin = make("admin@bench.example.com", "Bench Admin", Role.admin)
            for i in range(4):
                ds.agent_logins.append(
                    make(f"agent{i}@bench.example.com", f"Bench Agent {i}", Role.agent)
                )
            # Customers of private organizations, and one whose organization shares tickets.
            private = [o[0] for o in d.orgs if not o[1]]
            shared = [o[0] for o in d.orgs if o[1]]
            for i in range(7):
                org = private[i % len(private)]
                ds.customer_logins.append(
                    make(
                        f"customer{i}@bench.example.com", f"Bench Customer {i}", Role.customer, org
                    )
                )
            ds.customer_logins.append(
                make("customer7@bench.example.com", "Bench Customer 7", Role.customer, shared[0])
            )
        with transaction(db) as session:
            next_id = int(session.scalar(select(func.max(User.id))) or 0) + 1
    finally:
        db.engine.dispose()

    shared_hash = hash_password("bench-nobody-signs-in-with-this")
    users: list[dict[str, Any]] = []
    agent_ids = [p.id for p in ds.agent_logins]
    for i in range(d.n_agents - len(agent_ids)):
        users.append(
            {"id": next_id, "email": f"agent.{i}@staff.bench.example", "name": f"Agent {i}"}
            | {"role": Role.agent, "password_hash": shared_hash, "created_at": created}
        )
        agent_ids.append(next_id)
        next_id += 1
    for i in range(2):
        users.append(
            {"id": next_id, "email": f"supervisor.{i}@staff.bench.example"}
            | {"name": f"Supervisor {i}", "role": Role.supervisor, "password_hash": shared_hash}
            | {"created_at": created}
        )
        next_id += 1
    for p in ds.customer_logins:
        _, _, dept_ids, loc_ids = d.orgs[(p.organization_id or 1) - 1]
        d.customers.append((p.id, p.organization_id, dept_ids[0], loc_ids[0]))
    for i in range(d.n_customers - len(d.customers)):
        org_id: int | None = None
        dept: int | None = None
        loc: int | None = None
        if rng.random() < 0.9:  # one customer in ten belongs to no organization
            org_id, _, dept_ids, loc_ids = d.orgs[rng.randrange(len(d.orgs))]
            dept, loc = rng.choice(dept_ids), rng.choice(loc_ids)
        users.append(
            {"id": next_id, "email": f"customer.{i}@example.org", "name": f"Customer {i}"}
            | {"role": Role.customer, "password_hash": shared_hash, "created_at": created}
            | {"organization_id": org_id, "department_id": dept, "location_id": loc}
        )
        d.customers.append((next_id, org_id, dept, loc))
        next_id += 1
    # A few busy requesters open many tickets; most people open a handful.
    d.customer_weights = [1.0 / (1 + rank) ** 0.6 for rank in range(len(d.customers))]
    rng.shuffle(d.customer_weights)
    d.agents = agent_ids
    # Every agent is in one team or two; the sign-in agents cover the first teams.
    memberships: set[tuple[int, int]] = set()
    for n, agent_id in enumerate(agent_ids):
        memberships.add((d.team_ids[n % len(d.team_ids)], agent_id))
        if rng.random() < 0.3:
            memberships.add((rng.choice(d.team_ids), agent_id))
    for team_id, user_id in sorted(memberships):
        d.team_members.setdefault(team_id, []).append(user_id)
    with engine.begin() as conn:
        for start in range(0, len(users), 10_000):
            conn.execute(insert(User), users[start : start + 10_000])
        conn.execute(
            insert(TeamMembership),
            [{"team_id": t, "user_id": u} for t, u in sorted(memberships)],
        )
    ds.users = next_id - 1
    ds.customers = len(d.customers)
    ds.agents = len(agent_ids)
    ds.organizations = len(d.orgs)
    ds.teams = len(d.team_ids)
    ds.categories = len(d.categories)
    ds.team_members = {t: sorted(m) for t, m in d.team_members.items()}
    ds.plain_category_ids = [c for c, _, has_fields in d.categories if not has_fields]


# -- tickets, comments, events ----------------------------------------------------------------


@dataclass
class _Batch:
    tickets: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[Any, ...]] = field(default_factory=list)
    comments: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)


class _TicketFactory:
    def __init__(self, d: _Directory, ds: Dataset, total: int) -> None:
        self.d, self.ds, self.rng, self.total = d, ds, d.rng, total
        self.start = d.now - timedelta(days=SPAN_DAYS)
        self.comment_id = 0
        self.event_id = 0
        self.descriptions = [
            " ".join(self.rng.sample(SENTENCES, self.rng.randint(1, 3))) for _ in range(400)
        ]
        self.subjects = [f"{t} {p}" for t in SUBJECT_THINGS for p in SUBJECT_PROBLEMS]
        self.customer_cum = _cumulative(d.customer_weights)
        self.status_cum = [(limit, _cumulative(w)) for limit, w in STATUS_BY_AGE]
        self.level_cum = _cumulative(LEVEL_WEIGHTS)
        self.channel_cum = _cumulative(CHANNEL_WEIGHTS)
        self.type_cum = _cumulative(TYPE_WEIGHTS)
        self.service_desk = d.team_ids[0]

    def batch(self, first: int, count: int) -> _Batch:
        out = _Batch()
        for ticket_id in range(first, first + count):
            self._ticket(ticket_id, out)
        return out

    def _ticket(self, ticket_id: int, out: _Batch) -> None:
        rng, d, ds = self.rng, self.d, self.ds
        pick = rng.random
        # Ticket ids follow creation time, as they do when the API creates them.
        created = self.start + timedelta(
            days=SPAN_DAYS * (ticket_id - 0.5 + (pick() - 0.5) * 0.9) / self.total
        )
        age_days = (d.now - created).total_seconds() / 86_400
        status = next(
            STATUSES[_draw(cum, pick())] for limit, cum in self.status_cum if age_days < limit
        )
        impact = LEVELS[_draw(self.level_cum, pick())]
        urgency = LEVELS[_draw(self.level_cum, pick())]
        priority = DEFAULT_MATRIX[(impact, urgency)]
        overridden = pick() < 0.02
        if overridden:
            priority = rng.choice(list(DEFAULT_MATRIX.values()))
        category_id, routed_team, has_fields = d.categories[rng.randrange(len(d.categories))]
        requester_id, org_id, dept_id, loc_id = d.customers[_draw(self.customer_cum, pick())]
        channel = CHANNELS[_draw(self.channel_cum, pick())]
        by_phone = channel in ("phone", "walk_in")
        registered = status is not Status.new
        team_id: int | None = None
        assignee_id: int | None = None
        if registered or pick() < 0.3:
            team_id = self.service_desk if pick() < 0.4 else routed_team
            members = d.team_members.get(team_id) or d.agents
            if registered and pick() < 0.92:
                assignee_id = rng.choice(members)
        agent_id = assignee_id or rng.choice(d.agents)
        creator, creator_role = (agent_id, "agent") if by_phone else (requester_id, "customer")

        events = out.events
        t = created
        # (kind, field, from, to, public, actor, role, note, data) in time order
        history: list[tuple[Any, ...]] = [
            (
                "created",
                None,
                None,
                "new",
                True,
                creator,
                creator_role,
                None,
                json.dumps(
                    {
                        "priority": priority.value,
                        "impact": impact.value,
                        "urgency": urgency.value,
                        "channel": channel,
                        "requester_id": requester_id,
                    }
                ),
                t,
            )
        ]

        def step(minutes: float) -> datetime:
            nonlocal t
            t = min(t + timedelta(minutes=minutes * (0.2 + pick() * 1.6)), d.now)
            return t

        ladder = {
            Status.new: 0,
            Status.open: 1,
            Status.in_progress: 2,
            Status.pending: 3,
            Status.resolved: 3,
            Status.closed: 4,
        }[status]
        if team_id is not None:
            history.append(
                (
                    "assigned",
                    "assignment",
                    "team=None agent=None",
                    f"team={team_id} agent={assignee_id}",
                    False,
                    agent_id,
                    "agent",
                    None,
                    json.dumps(
                        {
                            "from_team_id": None,
                            "from_agent_id": None,
                            "to_team_id": team_id,
                            "to_agent_id": assignee_id,
                        }
                    ),
                    step(30),
                )
            )
        if ladder >= 1:
            history.append(
                (
                    "status_changed",
                    "status",
                    "new",
                    "open",
                    True,
                    agent_id,
                    "agent",
                    None,
                    '{"automatic": true}',
                    t,
                )
            )
        # The conversation: an agent answers first, the customer replies, notes in between.
        n_comments = rng.randint(3, 8)
        first_response: datetime | None = None
        resolution = rng.choice(RESOLUTIONS) if status in (Status.resolved, Status.closed) else None
        resolved_at = closed_at = None
        for n in range(n_comments):
            at = step(90)
            if n % 2 == 0:
                internal = n > 0 and pick() < 0.35 and ladder > 0
                author, role = agent_id, "agent"
                body = rng.choice(INTERNAL_NOTES if internal else AGENT_REPLIES)
                if not internal and first_response is None:
                    first_response = at
            else:
                internal, author, role = False, requester_id, "customer"
                body = rng.choice(CUSTOMER_REPLIES)
            self.comment_id += 1
            out.comments.append(
                (self.comment_id, ticket_id, author, role, body, internal, channel, at)
            )
            history.append(
                (
                    "commented",
                    None,
                    None,
                    None,
                    not internal,
                    author,
                    role,
                    None,
                    f'{{"comment_id": {self.comment_id}, "internal": {str(internal).lower()}}}',
                    at,
                )
            )
            if n == 0 and ladder >= 2:
                history.append(
                    (
                        "status_changed",
                        "status",
                        "open",
                        "in_progress",
                        True,
                        agent_id,
                        "agent",
                        None,
                        None,
                        step(20),
                    )
                )
        if status is Status.pending:
            history.append(
                (
                    "status_changed",
                    "status",
                    "in_progress",
                    "pending",
                    True,
                    agent_id,
                    "agent",
                    None,
                    None,
                    step(60),
                )
            )
        if ladder >= 3 and status is not Status.pending:
            resolved_at = step(240)
            history.append(
                (
                    "status_changed",
                    "status",
                    "in_progress",
                    "resolved",
                    True,
                    agent_id,
                    "agent",
                    resolution,
                    None,
                    resolved_at,
                )
            )
        if status is Status.closed:
            closed_at = step(60 * 24 * 3)
            by_customer = pick() < 0.3
            history.append(
                (
                    "status_changed",
                    "status",
                    "resolved",
                    "closed",
                    True,
                    requester_id if by_customer else None,
                    "customer" if by_customer else None,
                    None,
                    None if by_customer else '{"automatic": true}',
                    closed_at,
                )
            )
        for kind, field_, from_, to, public, actor, role, note, data, at in history:
            self.event_id += 1
            events.append(
                (
                    self.event_id,
                    ticket_id,
                    kind,
                    field_,
                    from_,
                    to,
                    public,
                    actor,
                    role,
                    channel,
                    note,
                    data,
                    at,
                )
            )
        if pick() < 0.25:
            for tag in sorted(set(rng.sample(TAGS, rng.randint(1, 2)))):
                out.tags.append((ticket_id, tag))
        details = "{}"
        if has_fields:
            details = json.dumps(
                {"operating_system": rng.choice(["Windows 11", "macOS", "Linux"])}
                | {"asset_tag": f"PC-{ticket_id:07d}"}
            )
        sla = self._sla(status)
        number = 1000 + ticket_id
        out.tickets.append(
            (
                ticket_id,
                number,
                rng.choice(self.subjects),
                rng.choice(self.descriptions),
                status.value,
                priority.rank,
                impact.value,
                urgency.value,
                overridden,
                "Agreed with the customer's manager." if overridden else None,
                TYPES[_draw(self.type_cum, pick())],
                channel,
                category_id,
                details,
                requester_id,
                org_id,
                dept_id,
                loc_id,
                team_id,
                assignee_id,
                creator,
                resolution,
                t,
                first_response,
                resolved_at,
                closed_at,
                len(history),
                created,
                *sla,
            )
        )
        ds.status_counts[status.value] = ds.status_counts.get(status.value, 0) + 1
        ds.priority_counts[priority.value] = ds.priority_counts.get(priority.value, 0) + 1
        if status is not Status.closed:
            ds.active_numbers.append(number)

    def _sla(self, status: Status) -> tuple[Any, ...]:
        """(policy id, version, next deadline, paused, breached, next check) of one ticket."""
        pick, now = self.rng.random, self.d.now
        if pick() >= SLA_SHARE:
            return None, None, None, False, False, None
        policy = 1 if pick() < 0.85 else 2
        if status in (Status.resolved, Status.closed):
            # Every clock stopped: no next deadline, some were breached on the way.
            return policy, 1, None, False, pick() < 0.08, None
        if status is Status.pending and pick() < 0.7:
            # Waiting on the customer: the clocks are paused, none running.
            return policy, 1, None, True, pick() < 0.05, None
        span = SLA_PAST_DAYS + SLA_AHEAD_DAYS
        due = now + timedelta(seconds=int((pick() * span - SLA_PAST_DAYS) * 86_400))
        breached = due <= now or pick() < 0.04  # overdue, or an earlier clock breached
        # The scan looks again at the warning (80% of a 24 h target before the deadline).
        warning = due - timedelta(hours=4, minutes=48)
        check = None if due <= now else warning if warning > now else due
        return policy, 1, due, False, breached, check


def _cumulative(weights: list[float]) -> list[float]:
    total, acc, out = float(sum(weights)), 0.0, []
    for w in weights:
        acc += w / total
        out.append(acc)
    out[-1] = 1.0
    return out


def _draw(cumulative: list[float], u: float) -> int:
    # Binary search: the customers' list has one entry per customer (40,000 at 1,000,000).
    return min(bisect.bisect_right(cumulative, u), len(cumulative) - 1)


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for first in range(1, total + 1, CHUNK):
        yield first, min(CHUNK, total + 1 - first)


# -- writers ------------------------------------------------------------------------------------


def has_search_index(engine: Engine) -> bool:
    """Whether this schema has the full-text index's table (the search issue's), as expected."""
    inspector = inspect(engine)
    if SEARCH_TABLE not in inspector.get_table_names():
        return False
    return {c["name"] for c in inspector.get_columns(SEARCH_TABLE)} >= SEARCH_COLUMNS


def _sqlite_time(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DateTime storage: naive UTC, always with microseconds.
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _load_sqlite(engine: Engine, factory: _TicketFactory, total: int) -> None:
    def placeholders(columns: tuple[str, ...]) -> str:
        return ", ".join("?" for _ in columns)

    ticket_sql = (
        f"INSERT INTO ticket ({', '.join(TICKET_COLUMNS)}) VALUES ({placeholders(TICKET_COLUMNS)})"
    )
    comment_sql = (
        f"INSERT INTO comment ({', '.join(COMMENT_COLUMNS)}) "
        f"VALUES ({placeholders(COMMENT_COLUMNS)})"
    )
    event_sql = (
        f"INSERT INTO ticket_event ({', '.join(EVENT_COLUMNS)}) "
        f"VALUES ({placeholders(EVENT_COLUMNS)})"
    )
    tag_sql = "INSERT INTO ticket_tag (ticket_id, tag) VALUES (?, ?)"
    ts = _sqlite_time
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA cache_size=-200000")
        for first, count in _chunks(total):
            b = factory.batch(first, count)
            raw.execute("BEGIN")
            raw.executemany(
                ticket_sql,
                [
                    (
                        *r[:8],
                        int(r[8]),
                        *r[9:22],
                        ts(r[22]),
                        ts(r[23]),
                        ts(r[24]),
                        ts(r[25]),
                        r[26],
                        ts(r[27]),
                        r[28],
                        r[29],
                        ts(r[30]),
                        int(r[31]),
                        int(r[32]),
                        ts(r[33]),
                    )
                    for r in b.tickets
                ],
            )
            raw.executemany(tag_sql, b.tags)
            raw.executemany(comment_sql, [(*r[:5], int(r[5]), r[6], ts(r[7])) for r in b.comments])
            raw.executemany(event_sql, [(*r[:6], int(r[6]), *r[7:12], ts(r[12])) for r in b.events])
            raw.execute("COMMIT")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _load_postgres(
    url: str, factory: _TicketFactory, total: int, search: bool
) -> tuple[float, float]:
    """COPY in batches with foreign-key triggers off and secondary indexes built afterwards.

    Returns the seconds spent filling the search index (if any) and rebuilding indexes.
    """
    tables = [*BULK_TABLES, SEARCH_TABLE] if search else list(BULK_TABLES)
    with psycopg.connect(_libpq(url)) as conn:
        # The generator keeps every reference valid; skipping per-row FK checks is the usual
        # bulk-load trick (it needs a superuser, as the bench's PostgreSQL user is).
        conn.execute("SET session_replication_role = replica")
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = ANY(%s) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            (tables,),
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for first, count in _chunks(total):
            b = factory.batch(first, count)
            for table, columns, rows in (
                ("ticket", TICKET_COLUMNS, b.tickets),
                ("ticket_tag", TAG_COLUMNS, b.tags),
                ("comment", COMMENT_COLUMNS, b.comments),
                ("ticket_event", EVENT_COLUMNS, b.events),
            ):
                with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        started = time.perf_counter()
        if search:
            conn.execute(INDEX_FOR_SEARCH["postgresql"])
            conn.commit()
        search_seconds = time.perf_counter() - started
        started = time.perf_counter()
        conn.execute("SET maintenance_work_mem = '256MB'")
        for _, definition in indexes:
            conn.execute(definition)
        conn.commit()
        return search_seconds, time.perf_counter() - started


def _finish_postgres(url: str) -> None:
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        for table in SERIAL_TABLES:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        # What autovacuum would do within a minute of a bulk load in production.
        conn.execute("VACUUM (ANALYZE)")


def load(url: str, tickets: int, *, seed: int = 7) -> Dataset:
    """Build the schema with Alembic and fill it with `tickets` tickets and everything around."""
    backend = "sqlite" if url.startswith("sqlite") else "postgresql"
    ds = Dataset(url=url, backend=backend, tickets=tickets)
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    settings = Settings(database_url=url, data_dir=RESULTS_DIR / "data")

    started = time.perf_counter()
    migrate.upgrade(url)
    ds.phases["schema"] = time.perf_counter() - started

    started = time.perf_counter()
    engine = create_engine(url)
    directory = _Directory(tickets, rng, now)
    _build_directory(engine, settings, directory, ds)
    ds.phases["directory"] = time.perf_counter() - started

    started = time.perf_counter()
    factory = _TicketFactory(directory, ds, tickets)
    ds.search_indexed = has_search_index(engine)
    if backend == "sqlite":
        _load_sqlite(engine, factory, tickets)
        ds.phases["tickets"] = time.perf_counter() - started
        if ds.search_indexed:
            started = time.perf_counter()
            with engine.begin() as conn:
                conn.exec_driver_sql(INDEX_FOR_SEARCH["sqlite"])
            ds.phases["search index"] = time.perf_counter() - started
    else:
        search_seconds, index_seconds = _load_postgres(url, factory, tickets, ds.search_indexed)
        ds.phases["tickets"] = time.perf_counter() - started - index_seconds - search_seconds
        if ds.search_indexed:
            ds.phases["search index"] = search_seconds
        ds.phases["indexes"] = index_seconds
    ds.comments, ds.events = factory.comment_id, factory.event_id

    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text("UPDATE ticket_counter SET last_number = :n"), {"n": 1000 + tickets})
        if backend == "postgresql":  # where Sportello takes ticket numbers from
            conn.execute(text("SELECT setval('ticket_number_seq', :n)"), {"n": 1000 + tickets})
        ds.tags = int(conn.execute(text("SELECT count(*) FROM ticket_tag")).scalar_one())
    engine.dispose()
    if backend == "postgresql":
        _finish_postgres(url)
    ds.phases["finish"] = time.perf_counter() - started
    ds.last_number = 1000 + tickets
    ds.size_bytes = database_size(url)
    return ds
