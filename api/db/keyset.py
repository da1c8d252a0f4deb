"""Keyset pagination over (sort columns..., id): one helper for every list."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, literal, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from api.core.pagination import decode_cursor, encode_cursor

Row = TypeVar("Row")


@dataclass(frozen=True)
class Keyset:
    """A sort order whose last column is unique (the id), so pages never overlap."""

    kind: str
    columns: Sequence[InstrumentedAttribute[Any]]
    descending: bool = False

    def page(
        self, session: Session, statement: Select[Row], *, cursor: str | None, limit: int
    ) -> tuple[list[Row], str | None]:
        """The rows after the cursor, and the cursor of the next page (None on the last)."""
        if cursor:
            # python_type: int, datetime, or the Enum class (a tampered member is a 400).
            types = tuple(c.type.python_type for c in self.columns)
            values = decode_cursor(cursor, self.kind, types)
            bound = tuple_(*(literal(v, c.type) for v, c in zip(values, self.columns, strict=True)))
            key = tuple_(*self.columns)
            statement = statement.where(key < bound if self.descending else key > bound)
        order = [c.desc() for c in self.columns] if self.descending else list(self.columns)
        # unique(): a joined collection repeats an entity once per related row.
        rows = list(session.scalars(statement.order_by(*order).limit(limit + 1)).unique())
        if len(rows) <= limit:
            return rows, None
        last = rows[limit - 1]
        return rows[:limit], encode_cursor(self.kind, [getattr(last, c.key) for c in self.columns])
