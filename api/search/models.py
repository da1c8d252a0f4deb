from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base


class SearchDocument(Base):
    """The text of one ticket, one comment or one article as the full-text index sees it.

    Services write it in the same transaction as the ticket, comment or article it mirrors;
    the database turns it into index entries (SQLite: triggers into the FTS5 table
    `search_document_fts`; PostgreSQL: the generated tsvector column `search_vector` with a
    GIN index). Neither exists in these models: migrations create them, per dialect.

    A ticket has one row of its own (comment_id NULL) and one row per comment, so adding a
    comment inserts one small row whatever the thread's length; search gathers a ticket's
    rows into one hit.

    Columns, by how much a match counts: title (subject), body (description and resolution,
    or the article's text), extra (a public comment, or tags), internal (an internal note:
    staff only, never matched nor quoted for a customer).
    """

    __tablename__ = "search_document"
    __table_args__ = (
        CheckConstraint("(ticket_id IS NULL) <> (article_id IS NULL)", name="one_source"),
        Index("ix_search_document_ticket_id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comment.id", ondelete="CASCADE"), unique=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), unique=True
    )
    # en, es, it, fr, or simple when unknown: picks the PostgreSQL text search configuration.
    language: Mapped[str] = mapped_column(String(8), default="simple")
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[str] = mapped_column(Text, default="")
    internal: Mapped[str] = mapped_column(Text, default="")
