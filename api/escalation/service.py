"""Writing escalation rules (supervisors and administrators). Services flush; requests commit."""

from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.category.models import Category
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.escalation import repository
from api.escalation.models import EscalationRule
from api.escalation.rules import Action, Trigger, combination_refusal
from api.escalation.schemas import EscalationRuleOrder, EscalationRulePatch, EscalationRuleWrite
from api.sla.policy import Metric
from api.team import repository as teams


def get_rule(session: Session, rule_id: int, *, for_update: bool = False) -> EscalationRule:
    rule = repository.get(session, rule_id, for_update=for_update)
    if rule is None:
        raise NotFound(f"No escalation rule {rule_id}.")
    return rule


def _check_name(session: Session, name: str, except_id: int | None = None) -> None:
    clash = repository.id_named(session, name)
    if clash is not None and clash != except_id:
        raise Conflict(f"An escalation rule named {name!r} already exists.")


def _check_references(session: Session, changes: dict[str, Any]) -> None:
    team_id = changes.get("team_id")
    if team_id is not None and teams.get(session, team_id) is None:
        raise ValidationFailed.on("team_id", "no such team")
    category_id = changes.get("category_id")
    if category_id is not None and session.get(Category, category_id) is None:
        raise ValidationFailed.on("category_id", "no such category")


def _check_combination(trigger: Trigger, metrics: list[str], actions: list[str]) -> None:
    refusal = combination_refusal(
        trigger, [Metric(m) for m in metrics], [Action(a) for a in actions]
    )
    if refusal is not None:
        raise ValidationFailed.on(*refusal)


def create(session: Session, actor: Actor, data: EscalationRuleWrite) -> EscalationRule:
    name = data.name.strip()
    metrics, actions = [m.value for m in data.metrics], [a.value for a in data.actions]
    _check_combination(data.trigger, metrics, actions)
    _check_name(session, name)
    _check_references(session, data.model_dump())
    rule = EscalationRule(
        name=name,
        position=repository.next_position(session),
        active=data.active,
        trigger=data.trigger,
        metrics=metrics,
        priorities=[p.value for p in data.priorities],
        team_id=data.team_id,
        category_id=data.category_id,
        actions=actions,
        created_at=actor.now,
        updated_at=actor.now,
    )
    session.add(rule)
    session.flush()
    return rule


def update(
    session: Session, actor: Actor, rule: EscalationRule, data: EscalationRulePatch
) -> EscalationRule:
    changes = data.model_dump(exclude_unset=True, mode="json")
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        _check_name(session, changes["name"], rule.id)
    if "trigger" in changes:
        changes["trigger"] = Trigger(changes["trigger"])
    _check_combination(
        changes.get("trigger", rule.trigger),
        changes.get("metrics", rule.metrics),
        changes.get("actions", rule.actions),
    )
    _check_references(session, changes)
    touched = False
    for key, value in changes.items():
        if getattr(rule, key) != value:
            setattr(rule, key, value)
            touched = True
    if touched:
        rule.updated_at = actor.now
    session.flush()
    return rule


def delete(session: Session, rule: EscalationRule) -> None:
    session.delete(rule)
    session.flush()


def reorder(session: Session, actor: Actor, data: EscalationRuleOrder) -> list[EscalationRule]:
    rules = repository.in_order(session)
    if sorted(data.rule_ids) != sorted(r.id for r in rules):
        raise ValidationFailed.on("rule_ids", "name every escalation rule exactly once")
    by_id = {r.id: r for r in rules}
    for position, rule_id in enumerate(data.rule_ids, start=1):
        rule = by_id[rule_id]
        if rule.position != position:
            rule.position = position
            rule.updated_at = actor.now
    session.flush()
    return sorted(rules, key=lambda r: r.position)
