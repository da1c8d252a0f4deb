"""Writing the knowledge base. Every save is a revision; services flush, the request commits."""

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.category.models import Category
from api.core.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from api.guide import rules as guide_rules
from api.guide.schemas import GuideTree
from api.knowledge import counting, policy, repository
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility
from api.knowledge.models import (
    Article,
    ArticleRevision,
    ArticleTag,
    ArticleVote,
    Deflection,
    TicketSolution,
)
from api.knowledge.revisions import Comparison, compare
from api.knowledge.schemas import (
    ArticleCreate,
    ArticleUpdate,
    DeflectionCreate,
    DraftFromTicket,
)
from api.search import documents as search_documents
from api.search.language import guess_language
from api.team.models import Team
from api.ticket import history
from api.ticket.lifecycle import counts_as_resolved
from api.ticket.models import Ticket

CONTENT_FIELDS = ("title", "body", "tree", "category_id", "tags", "language")


def get_readable(session: Session, actor: Actor, article_id: int, *, for_update: bool) -> Article:
    article = repository.readable_article(session, actor, article_id, for_update=for_update)
    if article is None:
        raise NotFound(f"No article {article_id}.")
    return article


def _check_category(session: Session, category_id: int | None, field: str) -> None:
    if category_id is not None and session.get(Category, category_id) is None:
        raise ValidationFailed.on(field, "no such category")


def checked_tree(session: Session, kind: ArticleKind, tree: GuideTree | None) -> dict[str, Any]:
    """A guide's tree as stored, after every rule; an article has none."""
    if kind is ArticleKind.article:
        if tree is not None:
            raise ValidationFailed.on("tree", "only a guide has a tree")
        return {}
    if tree is None:
        raise ValidationFailed.on("tree", "a guide needs its yes/no tree")
    _, errors = guide_rules.check(tree.start, [n.to_rule() for n in tree.nodes])
    # Shape and references together, so an editor can mark every node that needs fixing at once.
    problems = [FieldError(field=f"tree.{e.where}", message=e.message) for e in errors]
    problems += _unknown_references(session, tree)
    if problems:
        raise ValidationFailed(
            "; ".join(f"{e.field}: {e.message}" for e in problems), errors=problems
        )
    return tree.model_dump(mode="json", exclude_none=True)


def _unknown_references(session: Session, tree: GuideTree) -> list[FieldError]:
    """A ticket leaf's category or team that does not exist, named on its node."""
    problems: list[FieldError] = []
    for node in tree.nodes:
        where = f"tree.nodes.{node.id}"
        if node.category_id is not None and session.get(Category, node.category_id) is None:
            problems.append(FieldError(field=f"{where}.category_id", message="no such category"))
        if node.team_id is not None and session.get(Team, node.team_id) is None:
            problems.append(FieldError(field=f"{where}.team_id", message="no such team"))
    return problems


def _check_role(actor: Actor, status: ArticleStatus, visibility: Visibility) -> None:
    if not policy.can_write_articles(actor.role):
        raise Forbidden("Only the support team writes articles.")
    if not policy.can_leave_article_in(actor.role, status, visibility):
        raise Forbidden("Publishing for customers is for supervisors and administrators.")


def _snapshot(
    session: Session,
    article: Article,
    actor: Actor,
    note: str | None,
    *,
    restored_from: int | None = None,
) -> ArticleRevision:
    revision = ArticleRevision(
        article_id=article.id,
        number=article.revision,
        title=article.title,
        body=article.body,
        tree=article.tree,
        category_id=article.category_id,
        language=article.language,
        status=article.status,
        visibility=article.visibility,
        tags=article.tags,
        author_id=actor.id,
        note=note,
        restored_from=restored_from,
        created_at=actor.now,
    )
    session.add(revision)
    return revision


def _stamp_publication(article: Article, now: datetime) -> None:
    if article.status is ArticleStatus.published and article.published_at is None:
        article.published_at = now


def create_article(
    session: Session, actor: Actor, data: ArticleCreate, *, source_ticket_id: int | None = None
) -> Article:
    _check_role(actor, data.status, data.visibility)
    _check_category(session, data.category_id, "category_id")
    tree = checked_tree(session, data.kind, data.tree)
    article = Article(
        kind=data.kind,
        title=data.title,
        body=data.body,
        tree=tree or None,
        category_id=data.category_id,
        language=data.language,
        status=data.status,
        visibility=data.visibility,
        author_id=actor.id,
        updated_by_id=actor.id,
        source_ticket_id=source_ticket_id,
        revision=1,
        created_at=actor.now,
        updated_at=actor.now,
        tag_rows=[ArticleTag(tag=t) for t in data.tags or []],
    )
    _stamp_publication(article, actor.now)
    session.add(article)
    session.flush()
    _snapshot(session, article, actor, data.note or "Created")
    search_documents.index_article(session, article)
    session.flush()
    return article


def _state(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "body": article.body,
        "tree": article.tree,
        "category_id": article.category_id,
        "tags": article.tags,
        "language": article.language,
        "status": article.status,
        "visibility": article.visibility,
    }


def _apply(
    session: Session,
    actor: Actor,
    article: Article,
    changes: dict[str, Any],
    note: str | None,
    *,
    restored_from: int | None = None,
) -> bool:
    """Set what differs, check the result, keep a revision; False if nothing changed."""
    before = _state(article)
    if "tags" in changes and (changes["tags"] or []) != article.tags:
        article.tag_rows = [ArticleTag(tag=t) for t in changes["tags"] or []]
    for key in ("title", "body", "tree", "category_id", "language", "status", "visibility"):
        if key in changes and changes[key] != getattr(article, key):
            setattr(article, key, changes[key])
    if _state(article) == before:
        return False
    _check_role(actor, article.status, article.visibility)
    if before["status"] is ArticleStatus.published and before["visibility"] is Visibility.public:
        # Taking a public article down or rewriting it is a publisher's call too.
        _check_role(actor, ArticleStatus.published, Visibility.public)
    article.revision += 1
    article.updated_by_id = actor.id
    article.updated_at = actor.now
    _stamp_publication(article, actor.now)
    session.flush()
    _snapshot(session, article, actor, note, restored_from=restored_from)
    search_documents.index_article(session, article)
    session.flush()
    return True


def update_article(
    session: Session, actor: Actor, article: Article, data: ArticleUpdate
) -> Article:
    sent = data.model_fields_set - {"note"}
    for key in ("title", "body", "language", "status", "visibility"):
        if key in sent and getattr(data, key) is None:
            raise ValidationFailed.on(key, "must not be null")
    changes: dict[str, Any] = {k: getattr(data, k) for k in sent if k != "tree"}
    if "tree" in sent:
        changes["tree"] = checked_tree(session, article.kind, data.tree) or None
    if "category_id" in sent:
        _check_category(session, data.category_id, "category_id")
    if not policy.can_write_articles(actor.role):
        raise Forbidden("Only the support team writes articles.")
    _apply(session, actor, article, changes, data.note)
    return article


def _existing_category(session: Session, category_id: int | None) -> int | None:
    """The category if it still exists (a deleted one leaves the article uncategorized)."""
    if category_id is None or session.get(Category, category_id) is None:
        return None
    return category_id


def restore_revision(session: Session, actor: Actor, article: Article, number: int) -> Article:
    """The content of an old revision becomes a new one; the publication state stays."""
    old = repository.revision(session, article, number)
    if old is None:
        raise NotFound(f"Article {article.id} has no revision {number}.")
    changes: dict[str, Any] = {
        "title": old.title,
        "body": old.body,
        "tree": old.tree,
        "category_id": _existing_category(session, old.category_id),
        "tags": old.tags,
        "language": old.language,
    }
    note = f"Restored revision {number}"
    if not _apply(session, actor, article, changes, note, restored_from=number):
        raise Conflict(f"The article already has the content of revision {number}.")
    return article


def compare_revisions(
    session: Session, article: Article, from_number: int, to_number: int
) -> Comparison:
    revisions = {}
    for number in (from_number, to_number):
        found = repository.revision(session, article, number)
        if found is None:
            raise NotFound(f"Article {article.id} has no revision {number}.")
        revisions[number] = {
            "title": found.title,
            "body": found.body,
            "tree": found.tree,
            "category_id": found.category_id,
            "language": found.language.value,
            "status": found.status.value,
            "visibility": found.visibility.value,
            "tags": found.tags,
        }
    return compare(
        revisions[from_number],
        revisions[to_number],
        before_label=f"revision {from_number}",
        after_label=f"revision {to_number}",
    )


def delete_article(session: Session, actor: Actor, article: Article) -> None:
    if not policy.can_delete_articles(actor.role):
        raise Forbidden("Deleting articles is for supervisors and administrators.")
    search_documents.remove_article(session, article.id)
    session.delete(article)
    session.flush()


def vote(session: Session, actor: Actor, article: Article, helpful: bool) -> tuple[int, int, bool]:
    """Record or change the person's answer; the counters move in the same statement."""
    existing = repository.vote_of(session, article.id, actor.id)
    if existing is not None and existing.helpful == helpful:
        return article.helpful_count, article.not_helpful_count, helpful
    up = 1 if helpful else 0
    down = 0 if helpful else 1
    if existing is not None:
        existing.helpful = helpful
        existing.voted_at = actor.now
        up_change, down_change = (1, -1) if helpful else (-1, 1)
    else:
        session.add(
            ArticleVote(
                article_id=article.id, user_id=actor.id, helpful=helpful, voted_at=actor.now
            )
        )
        up_change, down_change = up, down
    session.flush()
    helpful_count, not_helpful_count = session.execute(
        update(Article)
        .where(Article.id == article.id)
        .values(
            helpful_count=Article.helpful_count + up_change,
            not_helpful_count=Article.not_helpful_count + down_change,
        )
        .returning(Article.helpful_count, Article.not_helpful_count)
        .execution_options(synchronize_session=False)
    ).one()
    return int(helpful_count), int(not_helpful_count), helpful


def link_solution(
    session: Session, actor: Actor, ticket: Ticket, article_id: int
) -> tuple[TicketSolution, Article]:
    article = repository.readable_article(session, actor, article_id)
    if article is None:
        raise ValidationFailed.on("article_id", "no such article")
    if session.get(TicketSolution, (ticket.id, article.id)) is not None:
        raise Conflict(f"Article {article.id} is already linked to this ticket.")
    link = TicketSolution(
        ticket_id=ticket.id, article_id=article.id, linked_by_id=actor.id, created_at=actor.now
    )
    session.add(link)
    history.record(
        session,
        ticket,
        actor,
        "solution_linked",
        public=True,
        to_value=article.title,
        data={"article_id": article.id},
        article_id=article.id,
    )
    ticket.updated_at = actor.now  # a new version of the ticket, so earlier If-Match go stale
    session.flush()
    return link, article


def unlink_solution(session: Session, actor: Actor, ticket: Ticket, article_id: int) -> None:
    link = session.get(TicketSolution, (ticket.id, article_id)) if article_id > 0 else None
    if link is None:
        raise NotFound(f"Article {article_id} is not linked to this ticket.")
    session.delete(link)
    history.record(
        session,
        ticket,
        actor,
        "solution_unlinked",
        public=False,
        data={"article_id": article_id},
        article_id=article_id,
    )
    ticket.updated_at = actor.now
    session.flush()


def draft_from_ticket(
    session: Session, actor: Actor, ticket: Ticket, data: DraftFromTicket
) -> Article:
    """A draft for the team, prefilled with the problem and what solved it."""
    if not counts_as_resolved(ticket.closure_code) or not ticket.resolution:
        raise Conflict("Only a resolved ticket, with its resolution, can become an article.")
    language = data.language or Language(
        guess_language(f"{ticket.subject}\n{ticket.description}") or Language.en.value
    )
    body = (
        f"## Problem\n\n{ticket.description.strip() or ticket.subject}\n\n"
        f"## Solution\n\n{ticket.resolution.strip()}\n"
    )
    article = create_article(
        session,
        actor,
        ArticleCreate(
            title=data.title or ticket.subject,
            body=body,
            category_id=ticket.category_id,
            tags=ticket.tags or None,
            language=language,
            status=ArticleStatus.draft,
            visibility=Visibility.internal,
            note=f"Drafted from ticket {ticket.number}",
        ),
        source_ticket_id=ticket.id,
    )
    return article


def record_deflection(session: Session, actor: Actor, data: DeflectionCreate) -> Deflection:
    if data.article_id is not None:
        article = repository.readable_article(session, actor, data.article_id)
        if article is None:
            raise ValidationFailed.on("article_id", "no such article")
    return counting.record_answer(
        session,
        user_id=actor.id,
        article_id=data.article_id,
        query=data.query,
        answers=[a.value for a in data.answers] if data.answers is not None else None,
        solved=data.solved,
        now=actor.now,
    )


def deflection_report(
    session: Session, since: datetime | None, until: datetime | None
) -> tuple[int, int, list[tuple[int, str, int, int]]]:
    """(answered, solved, per article (id, title, solved, not solved)) in the window."""
    window = []
    if since is not None:
        window.append(Deflection.created_at >= since)
    if until is not None:
        window.append(Deflection.created_at < until)
    solved_count = func.sum(case((Deflection.solved.is_(True), 1), else_=0))
    answered, solved = session.execute(
        select(func.count(Deflection.id), solved_count).where(*window)
    ).one()
    per_article = session.execute(
        select(Article.id, Article.title, solved_count, func.count(Deflection.id))
        .join(Article, Article.id == Deflection.article_id)
        .where(*window)
        .group_by(Article.id, Article.title)
        .order_by(func.count(Deflection.id).desc(), Article.id)
        .limit(20)
    ).all()
    return (
        int(answered or 0),
        int(solved or 0),
        [(int(i), t, int(s or 0), int(n) - int(s or 0)) for i, t, s, n in per_article],
    )
