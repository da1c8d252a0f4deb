"""What an SLA alert or a bad rating sets off: the matching escalation rules' actions, each in
the history.

Called once per alert the SLA scan emits (the scan writes each alert exactly once), inside the
scan's transaction, and once per rating that turns bad, inside the rating's: the actions stand
or fall with what set them off.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api.assignment.schemas import EscalationIn
from api.assignment.service import escalate
from api.auth.actor import Actor
from api.escalation import repository
from api.escalation.models import EscalationRule
from api.escalation.rules import (
    Action,
    RuleFacts,
    TeamFacts,
    TicketFacts,
    Trigger,
    next_tier_team,
    raised_priority,
    rule_matches,
    trigger_for_alert,
)
from api.notification.kinds import NotificationKind
from api.notification.service import notify
from api.sla.policy import Metric
from api.team import repository as teams
from api.ticket import history
from api.ticket.lifecycle import OPEN_STATUSES, Status
from api.ticket.models import Ticket
from api.ticket.priority import Priority
from api.ticket.service import change_status, override_priority
from api.user.system import system_actor

# Whatever order a rule lists them in: people hear of the ticket while it is still theirs,
# before a reassignment hands it on.
# A reopened ticket is back in the queue before anyone is told about it.
ACTION_ORDER = (
    Action.reopen_ticket,
    Action.notify_assignee,
    Action.notify_supervisor,
    Action.raise_priority,
    Action.reassign_next_tier,
)


@dataclass(frozen=True)
class AppliedAction:
    """One action of one rule: `done` False with the reason when there was nothing to do
    (no assignee, no supervisor, no higher tier, already critical)."""

    rule_id: int
    rule_name: str
    action: Action
    done: bool
    detail: str


@dataclass(frozen=True)
class _Context:
    session: Session
    actor: Actor
    ticket: Ticket
    rule: EscalationRule
    cause: dict[str, Any]

    def result(self, action: Action, done: bool, detail: str) -> AppliedAction:
        return AppliedAction(self.rule.id, self.rule.name, action, done, detail)

    def reason(self) -> str:
        if self.cause["trigger"] == Trigger.bad_rating.value:
            return f"Escalation rule “{self.rule.name}”: rated {self.cause['rating']} of 5"
        trigger = "warning" if self.cause["trigger"] == "sla_warning" else "breach"
        metric = Metric(self.cause["metric"]).label
        return f"Escalation rule “{self.rule.name}”: SLA {metric} {trigger}"


def _tell(ctx: _Context, action: Action, recipient_id: int | None, whom: str) -> AppliedAction:
    if recipient_id is None:
        return ctx.result(action, False, f"the ticket has no {whom}")
    notify(
        ctx.session,
        recipient_id,
        NotificationKind.escalation_rule,
        ctx.ticket,
        ctx.cause,
        ctx.actor.now,
    )
    history.record(
        ctx.session,
        ctx.ticket,
        ctx.actor,
        "escalation_rule_notified",
        to_value=recipient_id,
        public=False,
        note=ctx.reason(),
        data=ctx.cause | {"action": action.value, "recipient_id": recipient_id},
    )
    return ctx.result(action, True, f"notified user {recipient_id}")


def _notify_assignee(ctx: _Context) -> AppliedAction:
    return _tell(ctx, Action.notify_assignee, ctx.ticket.assignee_id, "assignee")


def _notify_supervisor(ctx: _Context) -> AppliedAction:
    team = teams.get(ctx.session, ctx.ticket.team_id) if ctx.ticket.team_id else None
    supervisor_id = team.supervisor_id if team is not None else None
    return _tell(ctx, Action.notify_supervisor, supervisor_id, "team supervisor")


def _raise_priority(ctx: _Context) -> AppliedAction:
    higher: Priority | None = raised_priority(ctx.ticket.priority)
    if higher is None:
        return ctx.result(Action.raise_priority, False, "the priority is already critical")
    cause = ctx.cause | {"action": Action.raise_priority.value}
    override_priority(ctx.session, ctx.ticket, ctx.actor, higher, ctx.reason(), cause=cause)
    return ctx.result(Action.raise_priority, True, f"priority raised to {higher.value}")


def _reassign_next_tier(ctx: _Context) -> AppliedAction:
    every = teams.all_teams(ctx.session)
    current = next((t for t in every if t.id == ctx.ticket.team_id), None)
    target = next_tier_team(
        TeamFacts(current.id, current.tier) if current else None,
        [TeamFacts(t.id, t.tier) for t in every],
    )
    if target is None:
        return ctx.result(Action.reassign_next_tier, False, "no team of a higher tier")
    cause = ctx.cause | {"action": Action.reassign_next_tier.value}
    escalate(
        ctx.session,
        ctx.actor,
        ctx.ticket,
        EscalationIn(team_id=target.id, reason=ctx.reason()),
        cause=cause,
    )
    return ctx.result(Action.reassign_next_tier, True, f"reassigned to team {target.id}")


def _reopen_ticket(ctx: _Context) -> AppliedAction:
    if ctx.ticket.status is not Status.resolved:
        return ctx.result(Action.reopen_ticket, False, f"the ticket is {ctx.ticket.status.value}")
    cause = ctx.cause | {"action": Action.reopen_ticket.value}
    change_status(
        ctx.session,
        ctx.ticket,
        ctx.actor,
        Status.open,
        automatic=True,
        note=ctx.reason(),
        cause=cause,
    )
    return ctx.result(Action.reopen_ticket, True, "reopened")


_PERFORM: dict[Action, Callable[[_Context], AppliedAction]] = {
    Action.reopen_ticket: _reopen_ticket,
    Action.notify_assignee: _notify_assignee,
    Action.notify_supervisor: _notify_supervisor,
    Action.raise_priority: _raise_priority,
    Action.reassign_next_tier: _reassign_next_tier,
}


def _facts(rule: EscalationRule) -> RuleFacts:
    return RuleFacts(
        id=rule.id,
        position=rule.position,
        active=rule.active,
        trigger=rule.trigger,
        metrics=frozenset(Metric(m) for m in rule.metrics),
        priorities=frozenset(Priority(p) for p in rule.priorities),
        team_id=rule.team_id,
        category_id=rule.category_id,
    )


def apply_escalation_rules(
    session: Session, ticket: Ticket, *, kind: str, metric: str, now: datetime
) -> list[AppliedAction]:
    """Run every active rule the alert matches, in rule order, acting as the system account.

    `kind` is the alert's ('warning' or 'breached'), `metric` an SLA metric name. Each rule is
    matched against the ticket as the rules before it left it (a reassignment may take the
    ticket out of a later rule's team). A ticket no longer open is left alone.
    """
    trigger = trigger_for_alert(kind)
    sla_metric = Metric(metric)
    if ticket.status not in OPEN_STATUSES:
        return []
    return _apply(session, ticket, trigger, sla_metric, {"metric": sla_metric.value}, now)


def apply_rating_rules(
    session: Session, ticket: Ticket, *, rating: int, now: datetime
) -> list[AppliedAction]:
    """Run every active bad-rating rule the ticket matches, in rule order, as the system
    account. The caller decides the rating is bad (api/satisfaction/rules.turned_bad)."""
    return _apply(session, ticket, Trigger.bad_rating, None, {"rating": rating}, now)


def _apply(
    session: Session,
    ticket: Ticket,
    trigger: Trigger,
    metric: Metric | None,
    about: dict[str, Any],
    now: datetime,
) -> list[AppliedAction]:
    actor: Actor | None = None
    applied: list[AppliedAction] = []
    for rule in repository.in_order(session, active_only=True):
        facts = TicketFacts(ticket.priority, ticket.team_id, ticket.category_id)
        if not rule_matches(_facts(rule), trigger, metric, facts):
            continue
        actor = actor or system_actor(session, now)
        cause = {"rule_id": rule.id, "rule_name": rule.name, "trigger": trigger.value} | about
        ctx = _Context(session, actor, ticket, rule, cause)
        wanted = set(rule.actions)
        applied += [_PERFORM[a](ctx) for a in ACTION_ORDER if a.value in wanted]
    session.flush()
    return applied
