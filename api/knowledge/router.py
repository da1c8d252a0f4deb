from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from api.auth.deps import CurrentActor, StaffActor
from api.core import conditional
from api.core.deps import DatabaseDep, SessionDep
from api.core.errors import Forbidden, NotFound, problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from api.core.schemas import Instant
from api.db.session import transaction
from api.guide.schemas import GuideTree
from api.knowledge import counting, policy, repository, service
from api.knowledge.deps import ArticleDep, MarkdownDep, MarkdownToHtml
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility
from api.knowledge.models import Article, ArticleRevision
from api.knowledge.repository import ArticleFilter, ArticleSort
from api.knowledge.schemas import (
    ArticleCreate,
    ArticleDeflections,
    ArticleFeedback,
    ArticleOut,
    ArticleSummary,
    ArticleUpdate,
    DeflectionCreate,
    DeflectionOut,
    DeflectionReport,
    DraftFromTicket,
    FieldChangeOut,
    RevisionComparison,
    RevisionOut,
    RevisionSummary,
    SolutionLink,
    SolutionOut,
    VoteIn,
)
from api.ticket.deps import TicketDep, TicketToChangeDep, ticket_etag

router = APIRouter(prefix="/articles", tags=["articles"])
solutions_router = APIRouter(prefix="/tickets/{number}/solutions", tags=["solutions"])
drafts_router = APIRouter(prefix="/tickets/{number}", tags=["articles"])
deflections_router = APIRouter(prefix="/deflections", tags=["deflections"])


def _tree_for(article: Article, *, staff: bool) -> GuideTree | None:
    if not article.tree:
        return None
    tree = GuideTree.model_validate(article.tree)
    if staff:
        return tree
    # Which team a ticket leaf routes to is the support team's business.
    nodes = [node.model_copy(update={"team_id": None}) for node in tree.nodes]
    return tree.model_copy(update={"nodes": nodes})


def article_out(
    article: Article,
    to_html: MarkdownToHtml,
    *,
    view_count: int | None = None,
    staff: bool = True,
) -> ArticleOut:
    """The article; for customers without the ticket it was drafted from or guide routing."""
    summary = ArticleSummary.model_validate(article).model_dump()
    if view_count is not None:
        summary["view_count"] = view_count
    return ArticleOut(
        **summary,
        body=article.body,
        body_html=to_html(article.body),
        tree=_tree_for(article, staff=staff),
        author_id=article.author_id,
        updated_by_id=article.updated_by_id,
        source_ticket_id=article.source_ticket_id if staff else None,
        created_at=article.created_at,
        published_at=article.published_at,
        version=article.version,
    )


def _etag(article: Article) -> str:
    return conditional.etag("article", article.id, article.version)


@router.get(
    "",
    operation_id="articles-list",
    response_model=Page[ArticleSummary],
    responses=problem_responses(400, 401, 422),
    summary="Knowledge base articles and guides (customers: published public ones)",
)
def list_articles(
    actor: CurrentActor,
    session: SessionDep,
    kind: ArticleKind | None = None,
    language: Language | None = None,
    category_id: int | None = None,
    status_: Annotated[ArticleStatus | None, Query(alias="status")] = None,
    visibility: Visibility | None = None,
    tag: Annotated[str | None, Query(max_length=50)] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Full-text: every word must occur.")
    ] = None,
    sort: ArticleSort = ArticleSort.recently_updated,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[ArticleSummary]:
    criteria = ArticleFilter(
        kind=kind,
        language=language,
        category_id=category_id,
        status=status_,
        visibility=visibility,
        tag=tag,
        text=q,
    )
    rows, next_cursor = repository.list_articles(
        session, actor, criteria, sort=sort, limit=limit, cursor=cursor
    )
    return Page[ArticleSummary](
        items=[ArticleSummary.model_validate(a) for a in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    operation_id="articles-create",
    response_model=ArticleOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 422),
    summary="Write an article or a guide (support team; public ones by publishers)",
)
def create_article(
    markdown: MarkdownDep,
    data: ArticleCreate,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> ArticleOut:
    article = service.create_article(session, actor, data)
    response.headers["Location"] = f"/api/v1/articles/{article.id}"
    response.headers["ETag"] = _etag(article)
    return article_out(article, markdown)


@router.get(
    "/{article_id}",
    operation_id="articles-get",
    response_model=ArticleOut,
    responses={
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
        **problem_responses(401, 404, 422),
    },
    summary="One article, its body rendered to safe HTML; each read of a published one counts",
)
def get_article(
    markdown: MarkdownDep,
    article: ArticleDep,
    actor: CurrentActor,
    db: DatabaseDep,
    response: Response,
    if_none_match: conditional.IfNoneMatch = None,
) -> Response | ArticleOut:
    current = _etag(article)
    if conditional.matches(if_none_match, current):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": current})
    view_count = None
    if article.status is ArticleStatus.published:
        # Its own short write, like the sign-in counters: a read request stays a read.
        with transaction(db) as counter:
            view_count = counting.count_view(counter, article.id, actor.id, actor.now)
    response.headers["ETag"] = current
    return article_out(article, markdown, view_count=view_count, staff=actor.is_staff)


@router.patch(
    "/{article_id}",
    operation_id="articles-update",
    response_model=ArticleOut,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
    summary="Edit an article: a new revision; send If-Match with the ETag",
)
def update_article(
    markdown: MarkdownDep,
    data: ArticleUpdate,
    article: ArticleDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> ArticleOut:
    conditional.require_match(if_match, _etag(article), "article")
    service.update_article(session, actor, article, data)
    response.headers["ETag"] = _etag(article)
    return article_out(article, markdown)


@router.delete(
    "/{article_id}",
    operation_id="articles-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Delete an article and its revisions (supervisors and administrators)",
)
def delete_article(
    article: ArticleDep,
    actor: StaffActor,
    session: SessionDep,
    if_match: conditional.IfMatch = None,
) -> Response:
    conditional.require_match(if_match, _etag(article), "article")
    service.delete_article(session, actor, article)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _revision_out(revision: ArticleRevision, to_html: MarkdownToHtml) -> RevisionOut:
    return RevisionOut(
        **RevisionSummary.model_validate(revision).model_dump(),
        body=revision.body,
        body_html=to_html(revision.body),
        tree=GuideTree.model_validate(revision.tree) if revision.tree else None,
        category_id=revision.category_id,
        language=revision.language,
        tags=revision.tags,
    )


@router.get(
    "/{article_id}/revisions",
    operation_id="articles-revisions",
    response_model=Page[RevisionSummary],
    responses=problem_responses(400, 401, 403, 404, 422),
    summary="Every revision of the article, newest first (support team)",
)
def list_revisions(
    article: ArticleDep,
    actor: StaffActor,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[RevisionSummary]:
    rows, next_cursor = repository.revisions_page(session, article, cursor=cursor, limit=limit)
    return Page[RevisionSummary](
        items=[RevisionSummary.model_validate(r) for r in rows], next_cursor=next_cursor
    )


@router.get(
    "/{article_id}/revisions/compare",
    operation_id="articles-compare-revisions",
    response_model=RevisionComparison,
    responses=problem_responses(401, 403, 404, 422),
    summary="What changed between two revisions: fields, and a unified diff of the body",
)
def compare_revisions(
    article: ArticleDep,
    actor: StaffActor,
    session: SessionDep,
    from_: Annotated[int, Query(alias="from", ge=1)],
    to: Annotated[int, Query(ge=1)],
) -> RevisionComparison:
    comparison = service.compare_revisions(session, article, from_, to)
    return RevisionComparison(
        article_id=article.id,
        from_revision=from_,
        to_revision=to,
        changes=[
            FieldChangeOut(field=c.field, before=c.before, after=c.after)
            for c in comparison.changes
        ],
        body_diff=comparison.body_diff,
        tree_changed=comparison.tree_changed,
    )


@router.get(
    "/{article_id}/revisions/{number}",
    operation_id="articles-revision",
    response_model=RevisionOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="One revision's full content",
)
def get_revision(
    markdown: MarkdownDep, article: ArticleDep, number: int, actor: StaffActor, session: SessionDep
) -> RevisionOut:
    revision = repository.revision(session, article, number)
    if revision is None:
        raise NotFound(f"Article {article.id} has no revision {number}.")
    return _revision_out(revision, markdown)


@router.post(
    "/{article_id}/revisions/{number}/restore",
    operation_id="articles-restore-revision",
    response_model=ArticleOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Bring back an old revision's content as a new revision (status stays)",
)
def restore_revision(
    markdown: MarkdownDep,
    article: ArticleDep,
    number: int,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> ArticleOut:
    conditional.require_match(if_match, _etag(article), "article")
    service.restore_revision(session, actor, article, number)
    response.headers["ETag"] = _etag(article)
    return article_out(article, markdown)


@router.put(
    "/{article_id}/vote",
    operation_id="articles-vote",
    response_model=ArticleFeedback,
    responses=problem_responses(401, 404, 422),
    summary="Answer “Was this helpful?” (once per person; a new answer replaces the old)",
)
def vote(
    data: VoteIn, article: ArticleDep, actor: CurrentActor, session: SessionDep
) -> ArticleFeedback:
    helpful, not_helpful, yours = service.vote(session, actor, article, data.helpful)
    return ArticleFeedback(
        article_id=article.id,
        helpful_count=helpful,
        not_helpful_count=not_helpful,
        your_vote=yours,
    )


@drafts_router.post(
    "/article-draft",
    operation_id="articles-draft-from-ticket",
    response_model=ArticleOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Create a draft article prefilled from a resolved ticket (problem and solution)",
)
def draft_from_ticket(
    markdown: MarkdownDep,
    data: DraftFromTicket,
    ticket: TicketDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> ArticleOut:
    article = service.draft_from_ticket(session, actor, ticket, data)
    response.headers["Location"] = f"/api/v1/articles/{article.id}"
    response.headers["ETag"] = _etag(article)
    return article_out(article, markdown)


@solutions_router.get(
    "",
    operation_id="solutions-list",
    response_model=Page[SolutionOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="Articles used as the solution of this ticket (support team)",
)
def list_solutions(ticket: TicketDep, actor: StaffActor, session: SessionDep) -> Page[SolutionOut]:
    rows = repository.solutions_of(session, ticket)
    return Page[SolutionOut](
        items=[
            SolutionOut(
                article=ArticleSummary.model_validate(article),
                linked_by_id=link.linked_by_id,
                created_at=link.created_at,
            )
            for link, article in rows
        ]
    )


@solutions_router.post(
    "",
    operation_id="solutions-link",
    response_model=SolutionOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Record that an article solved this ticket",
)
def link_solution(
    data: SolutionLink,
    ticket: TicketToChangeDep,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
) -> SolutionOut:
    link, article = service.link_solution(session, actor, ticket, data.article_id)
    session.flush()
    response.headers["ETag"] = ticket_etag(ticket)
    return SolutionOut(
        article=ArticleSummary.model_validate(article),
        linked_by_id=link.linked_by_id,
        created_at=link.created_at,
    )


@solutions_router.delete(
    "/{article_id}",
    operation_id="solutions-unlink",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Remove an article from this ticket's solutions",
)
def unlink_solution(
    article_id: int, ticket: TicketToChangeDep, actor: StaffActor, session: SessionDep
) -> Response:
    service.unlink_solution(session, actor, ticket, article_id)
    session.flush()
    return Response(status_code=status.HTTP_204_NO_CONTENT, headers={"ETag": ticket_etag(ticket)})


@deflections_router.post(
    "",
    operation_id="deflections-record",
    response_model=DeflectionOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 422),
    summary="Record the answer to “Did this solve your problem?” (deflection)",
)
def record_deflection(
    data: DeflectionCreate, actor: CurrentActor, session: SessionDep
) -> DeflectionOut:
    return DeflectionOut.model_validate(service.record_deflection(session, actor, data))


@deflections_router.get(
    "/report",
    operation_id="deflections-report",
    response_model=DeflectionReport,
    responses=problem_responses(401, 403, 422),
    summary="How many self-service answers solved the problem: the deflection rate",
)
def deflection_report(
    actor: StaffActor,
    session: SessionDep,
    since: Instant | None = None,
    until: Instant | None = None,
) -> DeflectionReport:
    if not policy.can_see_knowledge_reports(actor.role):
        raise Forbidden("Reports are for the support team.")
    answered, solved, per_article = service.deflection_report(session, since, until)
    return DeflectionReport(
        since=since,
        until=until,
        answered=answered,
        solved=solved,
        not_solved=answered - solved,
        deflection_rate=round(solved / answered, 4) if answered else None,
        articles=[
            ArticleDeflections(article_id=i, title=t, solved=s, not_solved=n)
            for i, t, s, n in per_article
        ],
    )
