"""Keyset pagination over (sort columns..., id): one helper for every list."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, literal, or_, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from api.core.errors import BadRequest
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


@dataclass(frozen=True)
class NullsLastKeyset:
    """Ascending over (a nullable column, id), rows without a value last: a queue by deadline."""

    kind: str
    column: InstrumentedAttribute[Any]
    id_column: InstrumentedAttribute[Any]

    def page(
        self, session: Session, statement: Select[Row], *, cursor: str | None, limit: int
    ) -> tuple[list[Row], str | None]:
        if cursor:
            # [value or None, id]: a null value is sent as the id's page among the nulls.
            is_null, value, last_id = decode_cursor(cursor, self.kind, (bool, str, int))
            if not isinstance(is_null, bool):
                raise BadRequest("The cursor is not valid for this list and sort.")
            if is_null:
                statement = statement.where(self.column.is_(None), self.id_column > last_id)
            else:
                bound = literal(
                    decode_cursor(value, self.kind + ":v", (self.column.type.python_type,))[0],
                    self.column.type,
                )
                statement = statement.where(
                    or_(
                        self.column > bound,
                        and_(self.column == bound, self.id_column > last_id),
                        self.column.is_(None),
                    )
                )
        order = [self.column.asc().nulls_last(), self.id_column]
        rows = list(session.scalars(statement.order_by(*order).limit(limit + 1)).unique())
        if len(rows) <= limit:
            return rows, None
        last = rows[limit - 1]
        value = getattr(last, self.column.key)
        inner = "" if value is None else encode_cursor(self.kind + ":v", [value])
        return rows[:limit], encode_cursor(
            self.kind, [value is None, inner, getattr(last, self.id_column.key)]
        )
