"""Loads the demo knowledge base and a past bulletin through the services the API uses."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.bulletin import service as bulletins
from api.bulletin.models import Audience
from api.bulletin.schemas import BulletinCreate, BulletinResolve
from api.category.models import Category
from api.demo.knowledge import ARTICLES, GUIDES, PAST_BULLETIN
from api.guide.schemas import GuideTree
from api.knowledge import service as knowledge
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility
from api.knowledge.schemas import ArticleCreate
from api.team.models import Team
from api.ticket import service as tickets
from api.ticket.schemas import TicketCreate
from api.user.models import User


def _ids(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    categories = {c.name: c.id for c in session.scalars(select(Category))}
    teams = {t.name: t.id for t in session.scalars(select(Team))}
    return categories, teams


def _tree(spec: dict[str, Any], categories: dict[str, int], teams: dict[str, int]) -> GuideTree:
    nodes = []
    for node in spec["nodes"]:
        node = dict(node)
        if "category" in node:
            node["category_id"] = categories[node.pop("category")]
        if "team" in node:
            node["team_id"] = teams[node.pop("team")]
        nodes.append(node)
    return GuideTree.model_validate({"start": spec["start"], "nodes": nodes})


def load_knowledge(session: Session, publisher: User, at: datetime) -> int:
    """Every demo article and guide, published by a supervisor; returns how many."""
    categories, teams = _ids(session)
    count = 0
    for index, spec in enumerate([*ARTICLES, *GUIDES]):
        actor = Actor(user=publisher, now=at + timedelta(hours=index))
        internal = bool(spec.get("internal"))
        data = ArticleCreate(
            kind=ArticleKind.guide if "tree" in spec else ArticleKind.article,
            title=spec["title"],
            body=spec["body"],
            tree=_tree(spec["tree"], categories, teams) if "tree" in spec else None,
            category_id=categories[spec["category"]],
            tags=spec["tags"],
            language=Language(spec["language"]),
            status=ArticleStatus.published,
            visibility=Visibility.internal if internal else Visibility.public,
            note="Imported from the old wiki",
        )
        knowledge.create_article(session, actor, data)
        count += 1
    return count


def load_past_bulletin(
    session: Session, supervisor: User, customers: list[User], now: datetime
) -> None:
    """An outage three weeks ago: the calls it caused, linked and resolved in one go."""
    spec = PAST_BULLETIN
    categories, _ = _ids(session)
    starts = now - timedelta(days=spec["days_ago"])
    ends = starts + timedelta(hours=spec["hours"])
    bulletin = bulletins.create_bulletin(
        session,
        Actor(user=supervisor, now=starts + timedelta(minutes=10)),
        BulletinCreate(
            title=spec["title"],
            message=spec["message"],
            service=spec["service"],
            category_id=categories[spec["category"]],
            audience=Audience.everyone,
            starts_at=starts,
        ),
    )
    numbers = []
    for index, subject in enumerate(spec["subjects"]):
        customer = customers[index % len(customers)]
        ticket = tickets.open_ticket(
            session,
            Actor(user=customer, now=starts + timedelta(minutes=5 + 7 * index)),
            TicketCreate(subject=subject, description="Since this morning.", type="incident"),
        )
        numbers.append(ticket.number)
    bulletins.link_tickets(
        session, Actor(user=supervisor, now=starts + timedelta(minutes=45)), bulletin, numbers
    )
    bulletins.resolve_bulletin(
        session,
        Actor(user=supervisor, now=ends),
        bulletin,
        BulletinResolve(resolution=spec["resolution"]),
    )
