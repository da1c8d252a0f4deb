import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.category.models import Category
from api.configuration.cache import cached
from api.routing.models import CategoryRouting, RoutingRule
from api.ticket.priority import Priority


def rules_in_order(session: Session, *, enabled_only: bool = False) -> list[RoutingRule]:
    statement = select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id)
    if enabled_only:
        statement = statement.where(RoutingRule.enabled.is_(True))
    return list(session.scalars(statement))


def rule(session: Session, rule_id: int) -> RoutingRule | None:
    return session.get(RoutingRule, rule_id)


def rule_named(session: Session, name: str) -> RoutingRule | None:
    return session.scalar(select(RoutingRule).where(RoutingRule.name == name))


def next_position(session: Session) -> int:
    return (session.scalar(select(func.max(RoutingRule.position))) or 0) + 1


@dataclass(frozen=True)
class Rule:
    """An enabled routing rule as routing reads it: a copy, kept between transactions."""

    id: int
    name: str
    conditions: dict[str, Any]
    team_id: int | None
    assignee_id: int | None
    priority: Priority | None
    add_tags: tuple[str, ...]


def enabled_rules(session: Session) -> list[Rule]:
    """The enabled rules in the order they are tried, from this worker's copy while the
    configuration has not changed."""
    return cached(session, "routing_rules", _read_enabled_rules)


def _read_enabled_rules(session: Session) -> list[Rule]:
    return [
        Rule(
            r.id,
            r.name,
            copy.deepcopy(r.conditions),
            r.team_id,
            r.assignee_id,
            r.priority,
            tuple(r.add_tags),
        )
        for r in rules_in_order(session, enabled_only=True)
    ]


@dataclass(frozen=True)
class CategoryNode:
    parent_id: int | None
    default_team_id: int | None
    required_skills: tuple[str, ...]


def category_tree(session: Session) -> dict[int, CategoryNode]:
    """Every category with its routing settings, in one query: the tree is admin-sized, and
    a ticket's chain of ancestors then costs no query per level."""
    rows = session.execute(
        select(
            Category.id,
            Category.parent_id,
            CategoryRouting.default_team_id,
            CategoryRouting.required_skills,
        ).outerjoin(CategoryRouting, CategoryRouting.category_id == Category.id)
    )
    return {
        category_id: CategoryNode(parent_id, team_id, tuple(skills or ()))
        for category_id, parent_id, team_id, skills in rows
    }


def categories(session: Session) -> dict[int, CategoryNode]:
    """category_tree, from this worker's copy while the configuration has not changed."""
    return cached(session, "category_tree", category_tree)


def all_category_settings(session: Session) -> list[CategoryRouting]:
    return list(session.scalars(select(CategoryRouting).order_by(CategoryRouting.category_id)))
