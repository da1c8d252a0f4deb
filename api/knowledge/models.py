from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.db.base import Base, CreatedAtMixin, enum_column
from api.knowledge.kinds import ArticleKind, ArticleStatus, Language, Visibility


class Article(CreatedAtMixin, Base):
    """A knowledge base article, or a troubleshooting guide (kind=guide, with a tree).

    The row holds the current content; every edit also lands as an ArticleRevision.
    """

    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_updated", "updated_at", "id"),
        Index("ix_article_listing", "status", "visibility", "updated_at", "id"),
        Index("ix_article_views", "view_count", "id"),
        Index("ix_article_title", "title", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ArticleKind] = mapped_column(enum_column(ArticleKind), default=ArticleKind.article)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    # Guides only: {"start": id, "nodes": [...]}, validated by api.guide.rules on every save.
    tree: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="SET NULL"), index=True
    )
    language: Mapped[Language] = mapped_column(enum_column(Language, length=5))
    status: Mapped[ArticleStatus] = mapped_column(
        enum_column(ArticleStatus), default=ArticleStatus.draft
    )
    visibility: Mapped[Visibility] = mapped_column(
        enum_column(Visibility), default=Visibility.internal
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    source_ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL")
    )
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    view_count: Mapped[int] = mapped_column(default=0)
    helpful_count: Mapped[int] = mapped_column(default=0)
    not_helpful_count: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    tag_rows: Mapped[list["ArticleTag"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="ArticleTag.tag"
    )

    @property
    def tags(self) -> list[str]:
        return [t.tag for t in self.tag_rows]


class ArticleTag(Base):
    __tablename__ = "article_tag"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(50), primary_key=True, index=True)


class ArticleRevision(CreatedAtMixin, Base):
    """The article's content after one edit: append-only, numbered from 1."""

    __tablename__ = "article_revision"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    tree: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"))
    language: Mapped[Language] = mapped_column(enum_column(Language, length=5))
    status: Mapped[ArticleStatus] = mapped_column(enum_column(ArticleStatus))
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(String(500))
    restored_from: Mapped[int | None]


class ArticleVote(Base):
    """One "was this helpful?" answer per person and article; they may change their mind."""

    __tablename__ = "article_vote"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    helpful: Mapped[bool]
    voted_at: Mapped[datetime]


class ArticleView(Base):
    """Who read a published article on which (UTC) day: a person counts once a day."""

    __tablename__ = "article_view"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    viewed_on: Mapped[date] = mapped_column(primary_key=True)


class TicketSolution(CreatedAtMixin, Base):
    """An article an agent used to solve a ticket."""

    __tablename__ = "ticket_solution"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"))


class Deflection(CreatedAtMixin, Base):
    """A person's answer to "did this solve it?" after a suggested article or a guide."""

    __tablename__ = "deflection"
    __table_args__ = (
        Index("ix_deflection_created", "created_at", "id"),
        # One answer per person, article and (UTC) day: the latest of the day stands.
        UniqueConstraint("user_id", "article_key", "answered_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("article.id", ondelete="SET NULL"), index=True
    )
    query: Mapped[str | None] = mapped_column(String(500))
    answers: Mapped[list[str] | None] = mapped_column(JSON)
    solved: Mapped[bool]
    answered_on: Mapped[date]
    # The article answered about, or 0 for none; unlike article_id it is never NULL, so the
    # unique constraint also holds answers that name no article to one a day.
    article_key: Mapped[int]
