"""Every SELECT on articles. `readable_articles` is the one place that says who reads what."""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, false, select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.db.base import fits_integer
from api.db.keyset import Keyset
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility
from api.knowledge.models import Article, ArticleRevision, ArticleTag, ArticleVote, TicketSolution
from api.search.index import engine_for
from api.search.query import parse as parse_query
from api.ticket.models import Ticket


def customer_visible() -> ColumnElement[bool]:
    return and_(Article.status == ArticleStatus.published, Article.visibility == Visibility.public)


def readable_articles(actor: Actor) -> Select[Article]:
    """The support team reads every article; customers read published public ones."""
    statement = select(Article)
    if actor.is_staff:
        return statement
    return statement.where(customer_visible())


def readable_article(
    session: Session, actor: Actor, article_id: int, *, for_update: bool = False
) -> Article | None:
    if not fits_integer(article_id):
        return None
    statement = readable_articles(actor).where(Article.id == article_id)
    if for_update:
        statement = statement.with_for_update(of=Article)
    return session.scalars(statement).first()


class ArticleSort(StrEnum):
    recently_updated = "-updated"
    alphabetical = "title"
    most_viewed = "-views"


_KEYSETS: dict[ArticleSort, Keyset] = {
    ArticleSort.recently_updated: Keyset(
        "articles:-updated", (Article.updated_at, Article.id), descending=True
    ),
    ArticleSort.alphabetical: Keyset("articles:title", (Article.title, Article.id)),
    ArticleSort.most_viewed: Keyset(
        "articles:-views", (Article.view_count, Article.id), descending=True
    ),
}
REVISIONS = Keyset("revisions", (ArticleRevision.number,), descending=True)


@dataclass
class ArticleFilter:
    kind: ArticleKind | None = None
    language: Language | None = None
    category_id: int | None = None
    status: ArticleStatus | None = None
    visibility: Visibility | None = None
    tag: str | None = None
    text: str | None = None


def article_conditions(session: Session, criteria: ArticleFilter) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if criteria.kind is not None:
        c.append(Article.kind == criteria.kind)
    if criteria.language is not None:
        c.append(Article.language == criteria.language)
    if criteria.category_id is not None:
        c.append(Article.category_id == criteria.category_id)
    if criteria.status is not None:
        c.append(Article.status == criteria.status)
    if criteria.visibility is not None:
        c.append(Article.visibility == criteria.visibility)
    if criteria.tag is not None:
        tagged = select(ArticleTag.article_id).where(ArticleTag.tag == criteria.tag.strip().lower())
        c.append(Article.id.in_(tagged))
    if criteria.text:
        query = parse_query(criteria.text)
        if not query:
            c.append(false())
        else:
            c.append(Article.id.in_(engine_for(session).matching_article_ids(query)))
    return c


def list_articles(
    session: Session,
    actor: Actor,
    criteria: ArticleFilter,
    *,
    sort: ArticleSort,
    limit: int,
    cursor: str | None,
) -> tuple[list[Article], str | None]:
    statement = readable_articles(actor).where(*article_conditions(session, criteria))
    return _KEYSETS[sort].page(session, statement, cursor=cursor, limit=limit)


def revisions_page(
    session: Session, article: Article, *, cursor: str | None, limit: int
) -> tuple[list[ArticleRevision], str | None]:
    """Newest first."""
    statement = select(ArticleRevision).where(ArticleRevision.article_id == article.id)
    return REVISIONS.page(session, statement, cursor=cursor, limit=limit)


def revision(session: Session, article: Article, number: int) -> ArticleRevision | None:
    if not fits_integer(number):
        return None
    return session.scalar(
        select(ArticleRevision).where(
            ArticleRevision.article_id == article.id, ArticleRevision.number == number
        )
    )


def vote_of(session: Session, article_id: int, user_id: int) -> ArticleVote | None:
    return session.get(ArticleVote, (article_id, user_id))


def solutions_of(session: Session, ticket: Ticket) -> list[tuple[TicketSolution, Article]]:
    rows = session.execute(
        select(TicketSolution, Article)
        .join(Article, Article.id == TicketSolution.article_id)
        .where(TicketSolution.ticket_id == ticket.id)
        .order_by(TicketSolution.created_at, TicketSolution.article_id)
    ).all()
    return [(link, article) for link, article in rows]


def solution_counts(session: Session, ticket_ids: list[int]) -> dict[int, list[int]]:
    """For each ticket, the articles linked to it as its solution."""
    out: dict[int, list[int]] = {}
    if not ticket_ids:
        return out
    for ticket_id, article_id in session.execute(
        select(TicketSolution.ticket_id, TicketSolution.article_id)
        .where(TicketSolution.ticket_id.in_(ticket_ids))
        .order_by(TicketSolution.ticket_id, TicketSolution.article_id)
    ):
        out.setdefault(ticket_id, []).append(article_id)
    return out
