"""The demo's routing, assignment and escalation: how a new ticket finds its team and agent,
and who hears about it when its SLA runs late.

Loaded after the demo's tickets, so they keep the history the loader gave them; the rules
act on the tickets opened from then on.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.assignment import agents
from api.assignment.schemas import AgentProfilePatch
from api.assignment.strategies import Strategy
from api.auth.actor import Actor
from api.category.models import Category
from api.escalation import service as escalation
from api.escalation.rules import Action, Trigger
from api.escalation.schemas import EscalationRuleWrite
from api.routing import service as routing
from api.routing.schemas import CategoryRoutingWrite, RuleActions, RuleConditions, RuleWrite
from api.sla.policy import Metric
from api.team import service as teams
from api.team.models import Team
from api.team.schemas import TeamPatch
from api.ticket.kinds import TicketType
from api.ticket.priority import Priority
from api.user.models import User

# Set away: the first line hands its tickets to the others meanwhile.
AWAY = "sophie.bernard"

STRATEGIES = {
    "Service Desk": Strategy.round_robin,
    "Network": Strategy.skills,
    "Applications": Strategy.least_load,
}

SKILLS = {
    "anna.conti": ["hardware", "printers"],
    "diego.torres": ["hardware", "telephony"],
    "sophie.bernard": ["printers"],
    "nicolas.dubois": ["network", "vpn"],
    "elena.moretti": ["network", "wifi"],
    "tomas.navarro": ["telephony"],
    "camille.laurent": ["accounts", "erp"],
}

# category: (default team, required skills). Computers and printers have no default: the
# Service Desk takes them from the unassigned queue.
CATEGORY_ROUTING = {
    "Network and Wi-Fi": ("Network", ["network"]),
    "Telephony": ("Telephony", ["telephony"]),
    "Accounts and access": ("Applications", ["accounts"]),
}


@dataclass(frozen=True)
class DemoRule:
    name: str
    words: list[str]
    team: str
    tags: list[str]
    types: tuple[TicketType, ...] = ()
    priority: Priority | None = None


# Tried in this order; the first that matches wins.
ROUTING_RULES = [
    DemoRule(
        "Outages jump the queue",
        ["outage", "offline"],
        "Service Desk",
        ["outage"],
        types=(TicketType.incident,),
        priority=Priority.critical,
    ),
    DemoRule(
        "Network problems to Network",
        ["vpn", "network", "wifi", "wi-fi", "ethernet", "router", "rete", "réseau"],
        "Network",
        ["network"],
    ),
    DemoRule(
        "Phones to Telephony",
        ["phone", "voicemail", "switchboard", "telefono", "teléfono", "téléphone"],
        "Telephony",
        ["telephony"],
    ),
    DemoRule(
        "Sign-in problems to Applications",
        ["password", "account", "login", "sign-in"],
        "Applications",
        ["access"],
    ),
]

ESCALATION_RULES = [
    EscalationRuleWrite(
        name="First reply due soon: tell the assignee",
        trigger=Trigger.sla_warning,
        metrics=[Metric.first_reply],
        actions=[Action.notify_assignee],
    ),
    EscalationRuleWrite(
        name="Reply or resolution overdue: tell the supervisor",
        trigger=Trigger.sla_breach,
        metrics=[Metric.first_reply, Metric.resolution],
        actions=[Action.notify_supervisor],
    ),
    EscalationRuleWrite(
        name="Critical resolution overdue: next tier",
        trigger=Trigger.sla_breach,
        metrics=[Metric.resolution],
        priorities=[Priority.critical],
        actions=[Action.reassign_next_tier],
    ),
]


def load_flow(session: Session, admin: User, supervisor: User, now: datetime) -> None:
    actor = Actor(user=admin, now=now)
    by_name = {t.name: t for t in session.scalars(select(Team))}
    people = {u.email.split("@")[0]: u for u in session.scalars(select(User))}
    for team in by_name.values():
        strategy = STRATEGIES.get(team.name, team.assignment_strategy)
        teams.update(
            session,
            actor,
            team,
            TeamPatch(assignment_strategy=strategy, supervisor_id=supervisor.id),
        )
    for login, skills in SKILLS.items():
        agents.change_profile(session, actor, people[login].id, AgentProfilePatch(skills=skills))
    agents.change_profile(session, actor, people[AWAY].id, AgentProfilePatch(available=False))
    categories = {c.name: c for c in session.scalars(select(Category))}
    for category_name, (team_name, required) in CATEGORY_ROUTING.items():
        routing.set_category_settings(
            session,
            actor,
            categories[category_name].id,
            CategoryRoutingWrite(default_team_id=by_name[team_name].id, required_skills=required),
        )
    for rule in ROUTING_RULES:
        routing.create_rule(
            session,
            actor,
            RuleWrite(
                name=rule.name,
                conditions=RuleConditions(words=rule.words, types=list(rule.types)),
                actions=RuleActions(
                    team_id=by_name[rule.team].id, priority=rule.priority, tags=rule.tags
                ),
            ),
        )
    for data in ESCALATION_RULES:
        escalation.create(session, Actor(user=supervisor, now=actor.now), data)
