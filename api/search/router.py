from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.auth.deps import CurrentActor, StaffActor
from api.core.answers import json_answer
from api.core.config import Settings
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from api.knowledge import repository as articles
from api.knowledge.kinds import ArticleStatus, Language
from api.knowledge.repository import ArticleFilter
from api.knowledge.schemas import ArticleHit, ArticleSummary
from api.search import service
from api.search.query import parse
from api.search.repository import Hit, Scope, search
from api.search.schemas import SearchHit, SearchKind, SimilarTicket, TicketSuggestions
from api.ticket.briefs import TicketRow
from api.ticket.deps import TicketDep
from api.ticket.lifecycle import Status
from api.ticket.repository import TicketFilter
from api.ticket.schemas import TicketBrief

router = APIRouter(prefix="/search", tags=["search"])
ticket_router = APIRouter(prefix="/tickets/{number}", tags=["tickets"])
# Registered before the articles router, whose /articles/{article_id} would otherwise match.
article_router = APIRouter(prefix="/articles", tags=["articles"])


def ticket_brief(ticket: TicketRow, settings: Settings) -> TicketBrief:
    return TicketBrief.of(ticket, settings.ticket_prefix)


def article_hit(hit: Hit) -> ArticleHit:
    assert hit.article is not None
    return ArticleHit(
        article=ArticleSummary.model_validate(hit.article),
        score=hit.score,
        title_html=hit.highlight.title_html,
        snippet_html=hit.highlight.snippet_html,
    )


def search_hit(hit: Hit, settings: Settings) -> SearchHit:
    return SearchHit(
        kind=SearchKind.article if hit.article is not None else SearchKind.ticket,
        score=hit.score,
        title_html=hit.highlight.title_html,
        snippet_html=hit.highlight.snippet_html,
        article=ArticleSummary.model_validate(hit.article) if hit.article is not None else None,
        ticket=ticket_brief(hit.ticket, settings) if hit.ticket is not None else None,
    )


@router.get(
    "",
    operation_id="search-query",
    response_model=Page[SearchHit],
    responses=problem_responses(400, 401, 422),
    summary="Search articles and tickets, best match first, with highlighted snippets",
    description=(
        "Every word must occur (in the title, text, tags, or the comments you may see); "
        '"quoted words" must stand together. Accents are ignored everywhere; word endings '
        "are ignored by each language's stemmer on PostgreSQL and by prefix matching on "
        "SQLite. Filters narrow the results as they narrow the lists: `status` applies to "
        "tickets, `language` and `article_status` to articles; for customers `tag` applies "
        "to articles only (a ticket's tags are the support team's)."
    ),
)
def search_everything(
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    type_: Annotated[list[SearchKind] | None, Query(alias="type")] = None,
    category_id: int | None = None,
    tag: Annotated[str | None, Query(max_length=50)] = None,
    status_: Annotated[list[Status] | None, Query(alias="status")] = None,
    language: Language | None = None,
    article_status: ArticleStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    kinds = {k.value for k in type_} if type_ else {"article", "ticket"}
    if language is not None or article_status is not None:
        kinds.discard("ticket")
    if tag is not None and not actor.is_staff:
        kinds.discard("ticket")
    if status_:
        kinds.discard("article")
    scope = Scope(
        kinds=kinds,
        tickets=TicketFilter(statuses=status_ or (), category_id=category_id, tag=tag),
        articles=ArticleFilter(
            category_id=category_id, tag=tag, language=language, status=article_status
        ),
    )
    hits, next_cursor = search(session, actor, parse(q), scope, limit=limit, cursor=cursor)
    page = Page[SearchHit](items=[search_hit(h, settings) for h in hits], next_cursor=next_cursor)
    return json_answer(session, page)


def _similar(hit: Hit, settings: Settings, solutions: dict[int, list[int]]) -> SimilarTicket:
    assert hit.ticket is not None
    return SimilarTicket(
        ticket=ticket_brief(hit.ticket, settings),
        score=hit.score,
        snippet_html=hit.highlight.snippet_html,
        solution_article_ids=solutions.get(hit.ticket.id, []),
    )


@ticket_router.get(
    "/suggestions",
    operation_id="tickets-suggestions",
    response_model=TicketSuggestions,
    responses=problem_responses(401, 403, 404, 422),
    summary="Articles and similar solved tickets (with their resolution) for this ticket",
)
def ticket_suggestions(
    ticket: TicketDep, actor: StaffActor, session: SessionDep, settings: SettingsDep
) -> TicketSuggestions:
    found_articles, found_tickets = service.suggestions_for_ticket(session, actor, ticket)
    solutions = articles.solution_counts(
        session, [h.ticket.id for h in found_tickets if h.ticket is not None]
    )
    return TicketSuggestions(
        ticket_number=ticket.number,
        articles=[article_hit(h) for h in found_articles],
        similar_tickets=[_similar(h, settings, solutions) for h in found_tickets],
    )


@article_router.get(
    "/suggestions",
    operation_id="articles-suggest",
    response_model=Page[ArticleHit],
    responses=problem_responses(401, 422),
    summary="Articles that may answer what a customer is typing (before opening a ticket)",
    description=(
        "Any word may match, the last one as a prefix while it is being typed; customers get "
        "published public articles only. Record the answer to “did this solve it?” with "
        "`POST /deflections`."
    ),
)
def suggest_articles(
    actor: CurrentActor,
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    language: Language | None = None,
    category_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=10)] = 5,
) -> Page[ArticleHit]:
    hits = service.suggest_articles(
        session, actor, q, language=language, category_id=category_id, limit=limit
    )
    return Page[ArticleHit](items=[article_hit(h) for h in hits])
