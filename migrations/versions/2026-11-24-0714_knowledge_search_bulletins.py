"""knowledge base, guides, bulletins and full-text search

Tables for articles (revisions, tags, votes, ticket solutions, deflections), bulletins and
`search_document`, the text the full-text index is built from. The index itself is made
here per dialect and is not in the models (migrations/env.py leaves it out of comparisons):

- SQLite: the FTS5 table `search_document_fts` over search_document (external content),
  tokenizer `porter unicode61 remove_diacritics 2`, kept in step by three triggers.
- PostgreSQL: the `unaccent` extension, one text search configuration per language
  (sportello_en/es/it/fr: unaccent then the Snowball stemmer; sportello_simple: unaccent
  only), a generated `search_vector` tsvector column (weights A title, B body, C extra,
  D internal) and its GIN index.

Existing tickets are indexed at the end, with language "simple"; `sportello reindex` then
guesses each ticket's language.

Careful: a later batch_alter_table on search_document (SQLite copies the table) drops the
triggers; recreate them in that revision.

Revision ID: 1608f9068635
Revises: ca22bc7759a7
Create Date: 2026-11-24 07:14:05.683463
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1608f9068635"
down_revision: str | None = "ca22bc7759a7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FTS_COLUMNS = ("title", "body", "extra", "internal")  # the weights A, B, C, D
LANGUAGE_CONFIGS = {
    "en": ("sportello_en", "english_stem"),
    "es": ("sportello_es", "spanish_stem"),
    "it": ("sportello_it", "italian_stem"),
    "fr": ("sportello_fr", "french_stem"),
    "simple": ("sportello_simple", "simple"),
}
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def _config_of_language() -> str:
    branches = " ".join(
        f"WHEN '{language}' THEN '{config}'::regconfig"
        for language, (config, _) in LANGUAGE_CONFIGS.items()
        if language != "simple"
    )
    return f"CASE language {branches} ELSE 'sportello_simple'::regconfig END"


SQLITE_FTS = (
    "CREATE VIRTUAL TABLE search_document_fts USING fts5(title, body, extra, internal, "
    "content='search_document', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')"
)
SQLITE_DELETE_OLD = (
    "INSERT INTO search_document_fts(search_document_fts, rowid, title, body, extra, internal) "
    "VALUES ('delete', old.id, old.title, old.body, old.extra, old.internal);"
)
SQLITE_INSERT_NEW = (
    "INSERT INTO search_document_fts(rowid, title, body, extra, internal) "
    "VALUES (new.id, new.title, new.body, new.extra, new.internal);"
)
SQLITE_TRIGGERS = {
    "insert": SQLITE_INSERT_NEW,
    "delete": SQLITE_DELETE_OLD,
    "update": SQLITE_DELETE_OLD + " " + SQLITE_INSERT_NEW,
}

# Tickets that exist before this revision; comments in id order, public apart from internal.
INDEX_TICKETS = {
    "sqlite": """
        INSERT INTO search_document (ticket_id, language, title, body, extra, internal)
        SELECT t.id, 'simple', t.subject,
               t.description || coalesce(char(10) || t.resolution, ''),
               coalesce((SELECT group_concat(c.body, char(10)) FROM comment c
                         WHERE c.ticket_id = t.id AND c.internal = 0), ''),
               coalesce((SELECT group_concat(c.body, char(10)) FROM comment c
                         WHERE c.ticket_id = t.id AND c.internal = 1), '')
        FROM ticket t
    """,
    "postgresql": """
        INSERT INTO search_document (ticket_id, language, title, body, extra, internal)
        SELECT t.id, 'simple', t.subject,
               t.description || coalesce(E'\\n' || t.resolution, ''),
               coalesce((SELECT string_agg(c.body, E'\\n' ORDER BY c.id) FROM comment c
                         WHERE c.ticket_id = t.id AND NOT c.internal), ''),
               coalesce((SELECT string_agg(c.body, E'\\n' ORDER BY c.id) FROM comment c
                         WHERE c.ticket_id = t.id AND c.internal), '')
        FROM ticket t
    """,
}


def _create_sqlite_index() -> None:
    op.execute(SQLITE_FTS)
    for action, body in SQLITE_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER search_document_fts_{action} AFTER {action.upper()} "
            f"ON search_document BEGIN {body} END"
        )


def _create_postgresql_index() -> None:
    # unaccent is a trusted extension: the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for config, dictionary in LANGUAGE_CONFIGS.values():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {config} (COPY = simple)")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {config} "
            f"ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, {dictionary}"
        )
    config = _config_of_language()
    weighted = " || ".join(
        f"setweight(to_tsvector({config}, {column}), '{weight}')"
        for column, weight in zip(FTS_COLUMNS, "ABCD", strict=True)
    )
    op.execute(
        "ALTER TABLE search_document ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS ({weighted}) STORED"
    )
    op.execute(
        "CREATE INDEX ix_search_document_search_vector ON search_document USING gin (search_vector)"
    )


def upgrade() -> None:
    op.create_table(
        "bulletin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("service", sa.String(length=200), nullable=True),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_bulletin_category_id_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_bulletin_created_by_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["user_account.id"],
            name=op.f("fk_bulletin_resolved_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulletin")),
    )
    with op.batch_alter_table("bulletin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bulletin_category_id"), ["category_id"], unique=False)
        batch_op.create_index("ix_bulletin_window", ["starts_at", "id"], unique=False)

    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tree", sa.JSON(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=False),
        sa.Column("source_ticket_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("view_count", sa.Integer(), nullable=False),
        sa.Column("helpful_count", sa.Integer(), nullable=False),
        sa.Column("not_helpful_count", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["user_account.id"],
            name=op.f("fk_article_author_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_article_category_id_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_ticket_id"],
            ["ticket.id"],
            name=op.f("fk_article_source_ticket_id_ticket"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["user_account.id"],
            name=op.f("fk_article_updated_by_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_category_id"), ["category_id"], unique=False)
        batch_op.create_index(
            "ix_article_listing", ["status", "visibility", "updated_at", "id"], unique=False
        )
        batch_op.create_index("ix_article_title", ["title", "id"], unique=False)
        batch_op.create_index("ix_article_updated", ["updated_at", "id"], unique=False)
        batch_op.create_index("ix_article_views", ["view_count", "id"], unique=False)

    op.create_table(
        "bulletin_ticket",
        sa.Column("bulletin_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["bulletin_id"],
            ["bulletin.id"],
            name=op.f("fk_bulletin_ticket_bulletin_id_bulletin"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"],
            ["user_account.id"],
            name=op.f("fk_bulletin_ticket_linked_by_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_bulletin_ticket_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bulletin_id", "ticket_id", name=op.f("pk_bulletin_ticket")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_bulletin_ticket_ticket_id")),
    )
    op.create_table(
        "article_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tree", sa.JSON(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_revision_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["user_account.id"],
            name=op.f("fk_article_revision_author_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_article_revision_category_id_category"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_revision")),
        sa.UniqueConstraint(
            "article_id", "number", name=op.f("uq_article_revision_article_id_number")
        ),
    )
    op.create_table(
        "article_tag",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_tag_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "tag", name=op.f("pk_article_tag")),
    )
    with op.batch_alter_table("article_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_tag_tag"), ["tag"], unique=False)

    op.create_table(
        "article_vote",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("voted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_vote_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_article_vote_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "user_id", name=op.f("pk_article_vote")),
    )
    op.create_table(
        "deflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("query", sa.String(length=500), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("solved", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_deflection_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_deflection_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deflection")),
    )
    with op.batch_alter_table("deflection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deflection_article_id"), ["article_id"], unique=False)
        batch_op.create_index("ix_deflection_created", ["created_at", "id"], unique=False)

    op.create_table(
        "search_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.Column("internal", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(ticket_id IS NULL) <> (article_id IS NULL)",
            name=op.f("ck_search_document_one_source"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_search_document_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_search_document_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_document")),
        sa.UniqueConstraint("article_id", name=op.f("uq_search_document_article_id")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_search_document_ticket_id")),
    )
    op.create_table(
        "ticket_solution",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_ticket_solution_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_solution_linked_by_id_user_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_ticket_solution_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", "article_id", name=op.f("pk_ticket_solution")),
    )
    with op.batch_alter_table("ticket_solution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ticket_solution_article_id"), ["article_id"], unique=False
        )

    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _create_postgresql_index()
    else:
        _create_sqlite_index()
    op.execute(INDEX_TICKETS[dialect])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_document_search_vector")
        op.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS search_vector")
        for config, _ in LANGUAGE_CONFIGS.values():
            op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {config}")
        # The unaccent extension stays: other objects of the database may use it.
    else:
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_document_fts_{action}")
        op.execute("DROP TABLE IF EXISTS search_document_fts")
    with op.batch_alter_table("ticket_solution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_solution_article_id"))

    op.drop_table("ticket_solution")
    op.drop_table("search_document")
    with op.batch_alter_table("deflection", schema=None) as batch_op:
        batch_op.drop_index("ix_deflection_created")
        batch_op.drop_index(batch_op.f("ix_deflection_article_id"))

    op.drop_table("deflection")
    op.drop_table("article_vote")
    with op.batch_alter_table("article_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_tag_tag"))

    op.drop_table("article_tag")
    op.drop_table("article_revision")
    op.drop_table("bulletin_ticket")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index("ix_article_views")
        batch_op.drop_index("ix_article_updated")
        batch_op.drop_index("ix_article_title")
        batch_op.drop_index("ix_article_listing")
        batch_op.drop_index(batch_op.f("ix_article_category_id"))

    op.drop_table("article")
    with op.batch_alter_table("bulletin", schema=None) as batch_op:
        batch_op.drop_index("ix_bulletin_window")
        batch_op.drop_index(batch_op.f("ix_bulletin_category_id"))

    op.drop_table("bulletin")
