"""Managing routing rules and categories' routing settings (administrators only)."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import can_manage_directory
from api.category.models import Category
from api.core.errors import Forbidden, NotFound, ValidationFailed
from api.db.base import fits_integer
from api.organization import repository as organizations
from api.routing import repository
from api.routing.models import CategoryRouting, RoutingRule
from api.routing.schemas import (
    CategoryRoutingWrite,
    RuleActions,
    RuleConditions,
    RuleOrder,
    RuleOut,
    RulePatch,
    RuleWrite,
)
from api.team import repository as teams
from api.user import repository as users


def _check_admin(actor: Actor) -> None:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators manage routing.")


def _check_conditions(session: Session, conditions: RuleConditions) -> None:
    for category_id in conditions.category_ids:
        if not fits_integer(category_id) or session.get(Category, category_id) is None:
            raise ValidationFailed.on("conditions.category_ids", f"no category {category_id}")
    for organization_id in conditions.organization_ids:
        if not fits_integer(organization_id) or organizations.get(session, organization_id) is None:
            raise ValidationFailed.on(
                "conditions.organization_ids", f"no organization {organization_id}"
            )


def check_team(session: Session, field: str, team_id: int | None) -> None:
    if team_id is not None and (not fits_integer(team_id) or teams.get(session, team_id) is None):
        raise ValidationFailed.on(field, "no such team")


def _check_actions(session: Session, actions: RuleActions) -> None:
    if (actions.team_id, actions.assignee_id, actions.priority) == (None, None, None) and not (
        actions.tags
    ):
        raise ValidationFailed.on("actions", "set a team, an assignee, a priority or tags")
    check_team(session, "actions.team_id", actions.team_id)
    if actions.assignee_id is None:
        return
    if actions.team_id is None:
        raise ValidationFailed.on("actions.assignee_id", "name the team the agent works in")
    agent = users.by_id(session, actions.assignee_id) if fits_integer(actions.assignee_id) else None
    if agent is None or not agent.active or not agent.role.is_staff:
        raise ValidationFailed.on("actions.assignee_id", "no such active agent")
    if not teams.is_member(session, actions.team_id, agent.id):
        raise ValidationFailed.on("actions.assignee_id", "is not a member of the team")


def _check_name(session: Session, name: str, rule_id: int | None = None) -> None:
    clash = repository.rule_named(session, name)
    if clash is not None and clash.id != rule_id:
        raise ValidationFailed.on("name", "another rule has this name")


def _apply(rule: RoutingRule, conditions: RuleConditions, actions: RuleActions) -> None:
    rule.conditions = conditions.model_dump(mode="json")
    rule.team_id, rule.assignee_id = actions.team_id, actions.assignee_id
    rule.priority, rule.add_tags = actions.priority, list(actions.tags)


def rule_out(rule: RoutingRule) -> RuleOut:
    return RuleOut(
        id=rule.id,
        name=rule.name,
        position=rule.position,
        enabled=rule.enabled,
        conditions=RuleConditions.model_validate(rule.conditions),
        actions=RuleActions(
            team_id=rule.team_id,
            assignee_id=rule.assignee_id,
            priority=rule.priority,
            tags=list(rule.add_tags),
        ),
        created_at=rule.created_at,
        updated_at=rule.updated_at,
    )


def get_rule(session: Session, actor: Actor, rule_id: int) -> RoutingRule:
    _check_admin(actor)
    rule = repository.rule(session, rule_id) if fits_integer(rule_id) else None
    if rule is None:
        raise NotFound(f"No routing rule {rule_id}.")
    return rule


def list_rules(session: Session, actor: Actor) -> list[RoutingRule]:
    _check_admin(actor)
    return repository.rules_in_order(session)


def create_rule(session: Session, actor: Actor, data: RuleWrite) -> RoutingRule:
    _check_admin(actor)
    _check_name(session, data.name)
    _check_conditions(session, data.conditions)
    _check_actions(session, data.actions)
    rule = RoutingRule(
        name=data.name,
        enabled=data.enabled,
        position=repository.next_position(session),
        created_at=actor.now,
        updated_at=actor.now,
    )
    _apply(rule, data.conditions, data.actions)
    session.add(rule)
    session.flush()
    return rule


def update_rule(session: Session, actor: Actor, rule: RoutingRule, data: RulePatch) -> RoutingRule:
    _check_admin(actor)
    if data.name is not None:
        _check_name(session, data.name, rule.id)
        rule.name = data.name
    if data.enabled is not None:
        rule.enabled = data.enabled
    conditions = data.conditions or RuleConditions.model_validate(rule.conditions)
    actions = data.actions or rule_out(rule).actions
    _check_conditions(session, conditions)
    _check_actions(session, actions)
    _apply(rule, conditions, actions)
    rule.updated_at = actor.now
    session.flush()
    return rule


def delete_rule(session: Session, actor: Actor, rule: RoutingRule) -> None:
    _check_admin(actor)
    session.delete(rule)
    session.flush()


def reorder_rules(session: Session, actor: Actor, data: RuleOrder) -> list[RoutingRule]:
    _check_admin(actor)
    rules = repository.rules_in_order(session)
    by_id = {r.id: r for r in rules}
    if sorted(data.rule_ids) != sorted(by_id):
        raise ValidationFailed.on("rule_ids", "list every rule exactly once")
    for position, rule_id in enumerate(data.rule_ids, start=1):
        by_id[rule_id].position = position
    session.flush()
    return repository.rules_in_order(session)


def list_category_settings(session: Session, actor: Actor) -> list[CategoryRouting]:
    _check_admin(actor)
    return repository.all_category_settings(session)


def set_category_settings(
    session: Session, actor: Actor, category_id: int, data: CategoryRoutingWrite
) -> CategoryRouting:
    _check_admin(actor)
    if not fits_integer(category_id) or session.get(Category, category_id) is None:
        raise NotFound(f"No category {category_id}.")
    check_team(session, "default_team_id", data.default_team_id)
    settings = session.get(CategoryRouting, category_id)
    if settings is None:
        settings = CategoryRouting(category_id=category_id)
        session.add(settings)
    settings.default_team_id = data.default_team_id
    settings.required_skills = list(data.required_skills)
    session.flush()
    return settings
