from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from api.core.schemas import InputModel, Omittable
from api.guide.rules import Answer
from api.guide.schemas import GuideTree
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility
from api.ticket.schemas import Tags


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Title = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_not_blank)]


class ArticleCreate(InputModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Printer shows error E-502",
                    "body": "## Cause\nA paper jam in tray 2.\n\n## Fix\n1. Open tray 2 ...",
                    "category_id": 4,
                    "tags": ["printer"],
                    "language": "en",
                    "status": "published",
                    "visibility": "public",
                }
            ]
        }
    )

    kind: ArticleKind = ArticleKind.article
    title: Title
    body: str = Field(default="", max_length=200_000, description="Markdown.")
    tree: GuideTree | None = Field(default=None, description="Guides only: the yes/no tree.")
    category_id: int | None = None
    tags: Tags | None = None
    language: Language
    status: ArticleStatus = ArticleStatus.draft
    visibility: Visibility = Visibility.internal
    note: str | None = Field(default=None, max_length=500, description="Why, for the revision.")


class ArticleUpdate(InputModel):
    """Every change is kept as a new revision; send the ETag as If-Match."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"body": "Updated steps ...", "note": "Tray 3 too"}]}
    )

    title: Omittable[Title] = None
    body: Omittable[str] = Field(default=None, max_length=200_000)
    tree: GuideTree | None = None
    category_id: int | None = None
    tags: Tags | None = None
    language: Omittable[Language] = None
    status: Omittable[ArticleStatus] = None
    visibility: Omittable[Visibility] = None
    note: str | None = Field(default=None, max_length=500)


class ArticleSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: ArticleKind
    title: str
    language: Language
    category_id: int | None
    status: ArticleStatus
    visibility: Visibility
    tags: list[str]
    revision: int
    updated_at: datetime
    view_count: int
    helpful_count: int
    not_helpful_count: int


class ArticleOut(ArticleSummary):
    body: str = Field(description="Markdown, as written.")
    body_html: str = Field(description="The body rendered and sanitised: safe to insert.")
    tree: GuideTree | None
    author_id: int
    updated_by_id: int
    source_ticket_id: int | None = Field(description="Support team only (else null).")
    created_at: datetime
    published_at: datetime | None
    version: int


class RevisionSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    title: str
    status: ArticleStatus
    visibility: Visibility
    author_id: int
    note: str | None
    restored_from: int | None
    created_at: datetime


class RevisionOut(RevisionSummary):
    body: str
    body_html: str
    tree: GuideTree | None
    category_id: int | None
    language: Language
    tags: list[str]


class FieldChangeOut(BaseModel):
    field: str
    before: Any
    after: Any


class RevisionComparison(BaseModel):
    article_id: int
    from_revision: int
    to_revision: int
    changes: list[FieldChangeOut]
    body_diff: str = Field(description="Unified diff of the markdown body; empty if unchanged.")
    tree_changed: bool


class VoteIn(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"helpful": True}]})

    helpful: bool = Field(description="The answer to “Was this helpful?”")


class ArticleFeedback(BaseModel):
    article_id: int
    helpful_count: int
    not_helpful_count: int
    your_vote: bool | None


class ArticleHit(BaseModel):
    article: ArticleSummary
    score: float
    title_html: str = Field(description="The title with matches in <mark>; safe HTML.")
    snippet_html: str = Field(description="Where the words occur, matches in <mark>; safe HTML.")


class SolutionLink(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"article_id": 12}]})

    article_id: int


class SolutionOut(BaseModel):
    article: ArticleSummary
    linked_by_id: int
    created_at: datetime


class DraftFromTicket(InputModel):
    language: Language | None = Field(
        default=None, description="Defaults to the ticket's language where it can be told."
    )
    title: Title | None = None


class DeflectionCreate(InputModel):
    """The answer to “Did this solve your problem?” after a suggested article or a guide."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"article_id": 12, "query": "printer error e-502", "solved": True}]
        }
    )

    article_id: int | None = Field(default=None, description="The article or guide followed.")
    query: str | None = Field(default=None, max_length=500, description="What was typed.")
    answers: list[Answer] | None = Field(
        default=None, max_length=50, description="Guides: the answers given."
    )
    solved: bool


class DeflectionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    article_id: int | None
    solved: bool
    created_at: datetime


class ArticleDeflections(BaseModel):
    article_id: int
    title: str
    solved: int
    not_solved: int


class DeflectionReport(BaseModel):
    since: datetime | None
    until: datetime | None
    answered: int = Field(description="How many people answered “did this solve it?”")
    solved: int
    not_solved: int
    deflection_rate: float | None = Field(
        description="solved / answered: the share who needed no ticket; null with no answers."
    )
    articles: list[ArticleDeflections] = Field(description="The 20 articles answered most.")
