"""INSERT ... ON CONFLICT, which SQLAlchemy spells per dialect."""

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert(session: Session, table: Any) -> postgresql.Insert | sqlite.Insert:
    """An INSERT on the session's database that can say what to do on conflict."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
