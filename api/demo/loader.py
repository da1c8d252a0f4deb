"""Loads the demo help desk through the same services the API uses, so history is real."""

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api import events
from api.assignment import service as assignment
from api.assignment.schemas import AssignmentIn, EscalationIn
from api.auth.actor import Actor
from api.category import service as categories
from api.category.models import Category
from api.category.schemas import CategoryWrite
from api.comment import service as comments
from api.comment.schemas import CommentCreate
from api.core.clock import utcnow
from api.core.config import Settings
from api.db.session import Database, transaction
from api.demo.arrivals import SPAN_DAYS, arrival_times, in_office_hours
from api.demo.catalog import (
    CATEGORIES,
    CUSTOMER_REPLIES,
    DEMO_PASSWORD,
    INTERNAL_NOTES,
    ORGANIZATIONS,
    REPLIES,
    RESOLUTIONS,
    TEAMS,
)
from api.demo.flow import load_flow
from api.demo.knowledge_loader import load_knowledge, load_past_bulletin
from api.demo.ratings import answer_some
from api.demo.satisfaction import load_satisfaction
from api.demo.sla import load_sla
from api.events.bus import dispatch
from api.organization import service as organizations
from api.organization.schemas import DepartmentWrite, LocationWrite, OrganizationWrite
from api.sla import tracking
from api.sla.scan import scan_deadlines
from api.team import service as teams
from api.team.models import Team
from api.team.schemas import TeamWrite
from api.ticket import service as tickets
from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.ticket.priority import Level
from api.ticket.schemas import TicketCreate, TicketUpdate
from api.user import service as users
from api.user.models import User
from api.user.roles import Role
from api.user.schemas import UserCreate

DOMAIN = "sportello.demo"
Login = tuple[str, str, str]

# How the demo's tickets end up: mostly closed, a working backlog, some waiting.
FINAL_STATUS_WEIGHTS = {
    Status.new: 6,
    Status.open: 8,
    Status.in_progress: 9,
    Status.pending: 6,
    Status.resolved: 13,
    Status.closed: 58,
}
# The last few days are still being worked: that is the queue agents see.
RECENT_STATUS_WEIGHTS = {
    Status.new: 4,
    Status.open: 4,
    Status.in_progress: 3,
    Status.pending: 2,
    Status.resolved: 2,
    Status.closed: 1,
}
LEVEL_WEIGHTS = {Level.low: 4, Level.medium: 5, Level.high: 1.5}
# Resolved tickets whose requester writes back that the problem is not gone.
REOPEN_SHARE = 0.07


# Called after each step of loading with what it loaded; see demo_steps for how many there are.
ReportStep = Callable[[str], None]
# The directory, the knowledge base and the past bulletin, around the tickets.
STEPS_BESIDE_TICKETS = 3


def demo_steps(tickets: int) -> int:
    return tickets + STEPS_BESIDE_TICKETS


def _ignore(_: str) -> None:
    pass


class DemoAlreadyLoaded(Exception):
    def __init__(self, logins: list[Login]) -> None:
        super().__init__("The database already has users; demo data was not loaded again.")
        self.logins = logins


def demo_logins() -> list[Login]:
    return [
        ("admin", f"admin@{DOMAIN}", DEMO_PASSWORD),
        ("supervisor", f"supervisor@{DOMAIN}", DEMO_PASSWORD),
        ("agent", f"anna.conti@{DOMAIN}", DEMO_PASSWORD),
        ("agent (L2)", f"nicolas.dubois@{DOMAIN}", DEMO_PASSWORD),
        ("customer", f"giulia.bianchi@{DOMAIN}", DEMO_PASSWORD),
        ("customer", f"lucia.garcia@{DOMAIN}", DEMO_PASSWORD),
    ]


class _Demo:
    def __init__(
        self, session: Session, settings: Settings, rng: random.Random, now: datetime
    ) -> None:
        self.session, self.settings, self.rng, self.now = session, settings, rng, now
        self.customers: list[User] = []
        self.team_agents: dict[str, list[User]] = {}
        self.teams: dict[str, Team] = {}
        self.categories: list[tuple[Category, dict[str, Any]]] = []

    def person(self, name: str, login: str, role: Role, **placement: int | None) -> User:
        data = UserCreate(
            email=f"{login}@{DOMAIN}", name=name, role=role, password=DEMO_PASSWORD, **placement
        )
        return users.create_user(self.session, self.settings, data, actor=None)

    def build_directory(self, at: datetime) -> Actor:
        admin = self.person("Ada Admin", "admin", Role.admin)
        actor = Actor(user=admin, now=at)
        for spec in ORGANIZATIONS:
            org = organizations.create(
                self.session,
                actor,
                OrganizationWrite(name=spec["name"], shared_tickets=spec["shared_tickets"]),
            )
            departments = [
                organizations.add_department(self.session, actor, org, DepartmentWrite(name=d))
                for d in spec["departments"]
            ]
            locations = [
                organizations.add_location(
                    self.session, actor, org, LocationWrite(name=n, address=a)
                )
                for n, a in spec["locations"]
            ]
            for name, login in spec["customers"]:
                self.customers.append(
                    self.person(
                        name,
                        login,
                        Role.customer,
                        organization_id=org.id,
                        department_id=self.rng.choice(departments).id,
                        location_id=self.rng.choice(locations).id,
                    )
                )
        supervisor = self.person("Sara Galli", "supervisor", Role.supervisor)
        for spec in TEAMS:
            team = teams.create(
                self.session,
                actor,
                TeamWrite(name=spec["name"], tier=spec["tier"], description=spec["description"]),
            )
            self.teams[team.name] = team
            members = [self.person(n, login, Role.agent) for n, login in spec["agents"]]
            if team.tier == 1:
                members.append(supervisor)
            for member in members:
                teams.add_member(self.session, actor, team, member.id)
            self.team_agents[team.name] = members
        for spec in CATEGORIES:
            category = categories.create(
                self.session, actor, CategoryWrite(name=spec["name"], fields=spec["fields"])
            )
            self.categories.append((category, spec))
        return actor

    def details_for(self, spec: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in spec["fields"]:
            if not field.get("required") and self.rng.random() < 0.4:
                continue
            kind, key = field["type"], field["key"]
            if kind == "choice":
                values[key] = self.rng.choice(field["choices"])
            elif kind == "integer":
                values[key] = self.rng.choice([4, 8, 16, 32])
            elif kind == "boolean":
                values[key] = self.rng.random() < 0.5
            elif key == "line_number":
                values[key] = f"+39 045 {self.rng.randint(1000000, 9999999)}"
            elif key == "asset_tag":
                values[key] = f"PC-{self.rng.randint(1000, 9999)}"
            elif key == "room":
                values[key] = f"{self.rng.randint(1, 4)}.{self.rng.randint(1, 30):02d}"
            elif key == "extension":
                values[key] = str(self.rng.randint(200, 899))
            elif key == "printer_model":
                values[key] = self.rng.choice(
                    ["HP LaserJet 4250", "Brother HL-L5100", "Xerox C410"]
                )
            else:
                values[key] = self.rng.choice(["E-502", "J-12", "PC LOAD LETTER"])
        return values

    def level(self) -> Level:
        return self.rng.choices(list(LEVEL_WEIGHTS), weights=list(LEVEL_WEIGHTS.values()))[0]

    def open(self, at: datetime) -> tuple[Ticket, User, str]:
        customer = self.rng.choice(self.customers)
        category, spec = self.rng.choice(self.categories)
        by_phone = self.rng.random() < 0.35
        first_line = self.team_agents["Service Desk"]
        opener = self.rng.choice(first_line) if by_phone else customer
        data: dict[str, Any] = {
            "subject": self.rng.choice(spec["subjects"]),
            "description": "Reported by the requester. Steps tried: restart, sign out and in.",
            "type": self.rng.choice(
                [TicketType.incident] * 6 + [TicketType.service_request] * 3 + [TicketType.question]
            ),
            "category_id": category.id,
            "details": self.details_for(spec),
            "impact": self.level(),
            "urgency": self.level(),
        }
        if by_phone:
            data["requester_id"] = customer.id
            data["channel"] = self.rng.choice(
                [Channel.phone] * 4 + [Channel.walk_in, Channel.email]
            )
        ticket = tickets.open_ticket(self.session, Actor(user=opener, now=at), TicketCreate(**data))
        return ticket, customer, spec["team"]

    def work(
        self, ticket: Ticket, customer: User, team_name: str, at: datetime, final: Status
    ) -> None:
        """Walk the ticket through its life, in time order, up to its final status."""
        if final is Status.new:
            return
        step = self._stepper(at)
        desk = self.teams["Service Desk"]
        agent = self.rng.choice(self.team_agents["Service Desk"])
        assignment.assign(
            self.session,
            Actor(user=agent, now=step(2, 90)),
            ticket,
            AssignmentIn(team_id=desk.id, agent_id=agent.id),
        )
        comments.add_comment(
            self.session,
            Actor(user=agent, now=step(3, 150)),
            ticket,
            CommentCreate(body=self.rng.choice(REPLIES)),
        )
        if final is Status.open:
            return
        if team_name != "Service Desk" and self.rng.random() < 0.6:
            target = self.teams[team_name]
            comments.add_comment(
                self.session,
                Actor(user=agent, now=step()),
                ticket,
                CommentCreate(body=self.rng.choice(INTERNAL_NOTES), internal=True),
            )
            agent = self.rng.choice(self.team_agents[team_name])
            assignment.escalate(
                self.session,
                Actor(user=agent, now=step()),
                ticket,
                EscalationIn(
                    team_id=target.id, agent_id=agent.id, reason="Needs second-line expertise."
                ),
            )
        self._status(ticket, agent, Status.in_progress, step())
        if final is Status.in_progress:
            return
        self._status(ticket, agent, Status.pending, step())
        if final is Status.pending:
            return
        comments.add_comment(
            self.session,
            Actor(user=customer, now=step(60, 3 * 24 * 60, office=False)),
            ticket,
            CommentCreate(body=self.rng.choice(CUSTOMER_REPLIES)),
        )
        self._resolve(ticket, agent, step())
        if self.rng.random() < REOPEN_SHARE:
            # "It is back": the requester's reply reopens it, and the agent resolves it again.
            comments.add_comment(
                self.session,
                Actor(user=customer, now=step(30, 2 * 24 * 60, office=False)),
                ticket,
                CommentCreate(body=self.rng.choice(CUSTOMER_REPLIES)),
            )
            self._resolve(ticket, agent, step())
        if final is Status.resolved:
            return
        closer = customer if self.rng.random() < 0.5 else agent
        self._status(ticket, closer, Status.closed, step(60, 4 * 24 * 60, office=False))

    def _resolve(self, ticket: Ticket, agent: User, at: datetime) -> None:
        tickets.update_ticket(
            self.session,
            Actor(user=agent, now=at),
            ticket,
            TicketUpdate(status=Status.resolved, resolution=self.rng.choice(RESOLUTIONS)),
        )

    def _status(self, ticket: Ticket, who: User, target: Status, at: datetime) -> None:
        tickets.update_ticket(
            self.session, Actor(user=who, now=at), ticket, TicketUpdate(status=target)
        )

    def _stepper(self, start: datetime) -> Callable[..., datetime]:
        """Successive instants, never in the future. Agents act in office hours (a ticket
        that arrives at night waits for the morning); `lo`-`hi` minutes pass between steps."""
        clock = [start]

        def step(lo: int = 5, hi: int = 240, office: bool = True) -> datetime:
            at = clock[0] + timedelta(minutes=self.rng.randint(lo, hi))
            if office:
                at = in_office_hours(at, self.rng)
            clock[0] = min(at, self.now)
            return clock[0]

        return step


def load_demo(
    db: Database,
    settings: Settings,
    *,
    tickets: int,
    seed: int,
    report_step: ReportStep = _ignore,
) -> list[Login]:
    rng = random.Random(seed)
    now = utcnow()
    with transaction(db) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise DemoAlreadyLoaded(demo_logins())
        events.mute(session)  # sixty days of history: nobody is emailed about it
        demo = _Demo(session, settings, rng, now)
        admin = demo.build_directory(now - timedelta(days=SPAN_DAYS + 30)).user
        report_step("People and teams")
        supervisor = session.scalars(select(User).where(User.email == f"supervisor@{DOMAIN}")).one()
        load_knowledge(session, supervisor, now - timedelta(days=SPAN_DAYS + 20))
        load_sla(session, supervisor, now - timedelta(days=SPAN_DAYS + 20))
        report_step("Knowledge base")
        for opened_at in arrival_times(rng, now, tickets):
            ticket, customer, team = demo.open(opened_at)
            age_days = (now - opened_at).days
            table = RECENT_STATUS_WEIGHTS if age_days <= 5 else FINAL_STATUS_WEIGHTS
            final = rng.choices(list(table), weights=list(table.values()))[0]
            if age_days > 14 and final in (Status.new, Status.open):
                final = Status.closed
            # Months old and still being worked is the exception, not a fifth of the backlog.
            if age_days > 30 and final in (Status.in_progress, Status.pending):
                final = Status.closed if rng.random() < 0.85 else final
            demo.work(ticket, customer, team, opened_at, final)
            report_step("Tickets")
        load_past_bulletin(session, supervisor, demo.customers, now)
        # The warnings and breaches the periodic scan would have written by now.
        tracking.settle(session)
        # The resolutions' survey offers are written by their subscriber: hand it the events
        # (after the SLA settled, so the report rows see each ticket's policy).
        dispatch(session)
        answer_some(session, rng, now)
        scan_deadlines(session, now, limit=tickets)
        # After the tickets, so they keep the teams and agents their history gives them.
        load_flow(session, admin, supervisor, now)
        load_satisfaction(session, seed, now)
        report_step("Bulletins")
    return demo_logins()
