"""INSERT ... ON CONFLICT, which SQLAlchemy spells per dialect."""

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert(where: Session | str, table: Any) -> postgresql.Insert | sqlite.Insert:
    """An INSERT on the session's database (or the named dialect's) that can say what to do
    on conflict."""
    dialect = where if isinstance(where, str) else where.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
