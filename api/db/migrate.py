"""Run Alembic from code (the CLI and the tests use this, not create_all)."""

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

ROOT = Path(__file__).resolve().parents[2]

# Made by migrations per dialect and not in the models: the full-text index (see the
# search_document revision). Autogenerate and the schema tests leave them out.
FTS_ONLY_TABLE_PREFIX = "search_document_fts"
FTS_ONLY_COLUMNS = frozenset({("search_document", "search_vector")})
FTS_ONLY_INDEXES = frozenset({"ix_search_document_search_vector"})
# procrastinate's own tables on PostgreSQL (the background_job revision): its schema, not ours.
PROCRASTINATE_TABLE_PREFIX = "procrastinate_"


def include_name(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """Alembic hook: skip the FTS5 virtual table and its shadow tables, and procrastinate's
    tables, before reflection."""
    return not (
        type_ == "table"
        and name is not None
        and name.startswith((FTS_ONLY_TABLE_PREFIX, PROCRASTINATE_TABLE_PREFIX))
    )


def include_object(
    object_: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic hook: skip PostgreSQL's generated tsvector column and its GIN index."""
    if type_ == "column" and (object_.table.name, name) in FTS_ONLY_COLUMNS:
        return False
    return not (type_ == "index" and name in FTS_ONLY_INDEXES)


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)
