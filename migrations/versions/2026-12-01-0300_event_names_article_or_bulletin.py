"""ticket events name the article or bulletin they are about

`ticket_event.article_id` and `ticket_event.bulletin_id`: the knowledge article (a guide
too) or the bulletin an event names. Whether a requester sees such an event is now decided
when the history is read, from what customers may read of the article or bulletin then, so
links to a solution or a bulletin are written public and the check moves to the query.

Existing events get their ids from `data`, and the links recorded as not public because the
article or bulletin was not for customers at the time become public: the read-time check
hides them for as long as that stays so. No foreign keys: a deleted article must keep its
events hidden rather than leave them naming nothing.

Revision ID: 7c1e5a2b9d40
Revises: 5c1e7a2d9b40
Create Date: 2026-12-01 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c1e5a2b9d40"
down_revision: str | None = "5c1e7a2d9b40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# event kind -> (the column it fills, the key of `data` holding the id)
NAMED = {
    "solution_linked": ("article_id", "article_id"),
    "solution_unlinked": ("article_id", "article_id"),
    "guide_followed": ("article_id", "guide_id"),
    "bulletin_linked": ("bulletin_id", "bulletin_id"),
    "bulletin_unlinked": ("bulletin_id", "bulletin_id"),
    "bulletin_resolved": ("bulletin_id", "bulletin_id"),
}
NOW_PUBLIC = ("solution_linked", "bulletin_linked")

ticket_event = sa.table(
    "ticket_event",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("public", sa.Boolean),
    sa.column("data", sa.JSON),
    sa.column("article_id", sa.Integer),
    sa.column("bulletin_id", sa.Integer),
)


def upgrade() -> None:
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("article_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("bulletin_id", sa.Integer(), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(ticket_event.c.id, ticket_event.c.kind, ticket_event.c.data).where(
            ticket_event.c.kind.in_(list(NAMED))
        )
    ).all()
    for event_id, kind, data in rows:
        column, key = NAMED[kind]
        named = (data or {}).get(key)
        values: dict[str, object] = {column: int(named)} if isinstance(named, int) else {}
        if kind in NOW_PUBLIC:
            values["public"] = True
        if values:
            connection.execute(
                sa.update(ticket_event).where(ticket_event.c.id == event_id).values(values)
            )


def downgrade() -> None:
    # Back to deciding when writing: a link customers may not read now is not public.
    article = sa.table("article", sa.column("id"), sa.column("status"), sa.column("visibility"))
    bulletin = sa.table("bulletin", sa.column("id"), sa.column("audience"))
    readable_article = sa.exists().where(
        article.c.id == ticket_event.c.article_id,
        article.c.status == "published",
        article.c.visibility == "public",
    )
    readable_bulletin = sa.exists().where(
        bulletin.c.id == ticket_event.c.bulletin_id, bulletin.c.audience == "everyone"
    )
    op.execute(
        sa.update(ticket_event)
        .where(ticket_event.c.kind == "solution_linked", ~readable_article)
        .values(public=False)
    )
    op.execute(
        sa.update(ticket_event)
        .where(ticket_event.c.kind == "bulletin_linked", ~readable_bulletin)
        .values(public=False)
    )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_column("bulletin_id")
        batch_op.drop_column("article_id")
