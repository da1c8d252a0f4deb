"""Routing a ticket when it is opened or reclassified, in the ticket's own transaction.

The ticket service calls in here; it hands over its `change_status` because this module
cannot import the ticket service back (that would be an import cycle)."""

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from api.assignment import repository as assignments
from api.assignment.picking import pick_agent
from api.assignment.placement import move
from api.auth.actor import Actor
from api.routing import repository
from api.routing.matching import Conditions, RuleFacts, TicketFacts, first_match
from api.routing.repository import CategoryNode, Rule
from api.team import repository as teams
from api.ticket import history
from api.ticket.lifecycle import OPEN_STATUSES, Status, status_after_assignment
from api.ticket.models import Ticket, TicketTag

# The fields of a ticket change whose change may route it elsewhere (impact and urgency move
# the priority).
CLASSIFICATION = frozenset(
    {"type", "category_id", "priority", "impact", "urgency", "tags", "subject", "description"}
)


class StatusChange(Protocol):
    def __call__(
        self,
        session: Session,
        ticket: Ticket,
        actor: Actor,
        target: Status,
        *,
        resolution: str | None = None,
        automatic: bool = False,
    ) -> None: ...


@dataclass(frozen=True)
class Decision:
    """What routing makes of a ticket: the winning rule, else its category's default team."""

    rule: Rule | None
    default_team_id: int | None
    required_skills: frozenset[str]

    @property
    def key(self) -> tuple[int | None, int | None]:
        return (self.rule.id if self.rule else None, self.default_team_id)


def _conditions(rule: Rule) -> Conditions:
    c = rule.conditions
    return Conditions(
        channels=frozenset(c.get("channels", ())),
        types=frozenset(c.get("types", ())),
        priorities=frozenset(c.get("priorities", ())),
        category_ids=frozenset(c.get("category_ids", ())),
        organization_ids=frozenset(c.get("organization_ids", ())),
        words=tuple(c.get("words", ())),
        tags=frozenset(c.get("tags", ())),
    )


def _facts(ticket: Ticket, category_ids: list[int]) -> TicketFacts:
    return TicketFacts(
        channel=ticket.channel.value,
        type=ticket.type.value,
        priority=ticket.priority.value,
        subject=ticket.subject,
        description=ticket.description,
        category_ids=frozenset(category_ids),
        organization_id=ticket.organization_id,
        tags=frozenset(ticket.tags),
    )


def _chain(tree: dict[int, CategoryNode], category_id: int | None) -> dict[int, CategoryNode]:
    """The category and its ancestors, nearest first."""
    chain: dict[int, CategoryNode] = {}
    while category_id is not None and category_id in tree and category_id not in chain:
        chain[category_id] = tree[category_id]
        category_id = tree[category_id].parent_id
    return chain


def decide(session: Session, ticket: Ticket) -> Decision:
    tree = repository.categories(session) if ticket.category_id is not None else {}
    chain = _chain(tree, ticket.category_id)
    rules = repository.enabled_rules(session)
    facts = [RuleFacts(id=r.id, enabled=True, conditions=_conditions(r)) for r in rules]
    match = first_match(facts, _facts(ticket, list(chain)))
    default_team_id = next(
        (n.default_team_id for n in chain.values() if n.default_team_id is not None), None
    )
    skills = frozenset(skill for n in chain.values() for skill in n.required_skills)
    rule = next((r for r in rules if match is not None and r.id == match.id), None)
    return Decision(rule, default_team_id, skills)


def route_new_ticket(
    session: Session, actor: Actor, ticket: Ticket, change_status: StatusChange
) -> None:
    _carry_out(session, actor, ticket, decide(session, ticket), change_status)


def reroute_if_reclassified(
    session: Session, actor: Actor, ticket: Ticket, before: Decision, change_status: StatusChange
) -> None:
    """Route again when the change makes another rule (or category default) apply: a typo
    fixed in the subject leaves a ticket where people have put it."""
    if ticket.status not in OPEN_STATUSES:
        return
    after = decide(session, ticket)
    if after.key != before.key:
        _carry_out(session, actor, ticket, after, change_status)


def _because(decision: Decision) -> dict[str, Any]:
    if decision.rule is not None:
        return {"rule_id": decision.rule.id, "rule_name": decision.rule.name}
    return {"category_default": True}


def _reason(rule: Rule) -> str:
    return f"Routing rule “{rule.name}”"


def _carry_out(
    session: Session,
    actor: Actor,
    ticket: Ticket,
    decision: Decision,
    change_status: StatusChange,
) -> None:
    rule = decision.rule
    if rule is not None:
        _add_tags(session, actor, ticket, rule)
        _set_priority(session, actor, ticket, rule)
    team_id = rule.team_id if rule is not None and rule.team_id is not None else None
    if team_id is None:
        team_id = decision.default_team_id
    if team_id is None:
        return
    team = teams.get(session, team_id)
    if team is None:
        return
    eligible = {c.agent_id for c in assignments.candidates(session, team.id)}
    agent_id = rule.assignee_id if rule is not None and rule.team_id == team.id else None
    if agent_id is not None and agent_id not in eligible:
        agent_id = None  # left the team, inactive or away since the rule was written
    if agent_id is None and team.id == ticket.team_id:
        return  # already there: keep whoever holds it
    because = _because(decision)
    if agent_id is None:
        agent_id = pick_agent(session, team, decision.required_skills)
        if agent_id is not None:
            because["strategy"] = team.assignment_strategy.value
    move(session, actor, ticket, team.id, agent_id, because=because)
    registered = status_after_assignment(ticket.status)
    if registered is not None:
        change_status(session, ticket, actor, registered, automatic=True)


def _add_tags(session: Session, actor: Actor, ticket: Ticket, rule: Rule) -> None:
    before = ticket.tags
    missing = sorted(set(rule.add_tags) - set(before))
    if not missing:
        return
    ticket.tag_rows.extend(TicketTag(tag=t) for t in missing)
    history.record(
        session,
        ticket,
        actor,
        "tags_changed",
        field="tags",
        from_value=before,
        to_value=sorted([*before, *missing]),
        note=_reason(rule),
        data=_because(Decision(rule, None, frozenset())),
    )


def _set_priority(session: Session, actor: Actor, ticket: Ticket, rule: Rule) -> None:
    if rule.priority is None or rule.priority == ticket.priority:
        return
    history.record(
        session,
        ticket,
        actor,
        "priority_changed",
        field="priority",
        from_value=ticket.priority,
        to_value=rule.priority,
        note=_reason(rule),
        data={"override": True, **_because(Decision(rule, None, frozenset()))},
    )
    ticket.priority, ticket.priority_overridden = rule.priority, True
    ticket.priority_reason = _reason(rule)
