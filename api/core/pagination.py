"""Opaque keyset cursors and the list envelope every collection returns."""

import base64
import binascii
import json
import math
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from api.core.errors import BadRequest

T = TypeVar("T")

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
_INTEGER_LIMIT = 2**31  # cursor integers must fit an INTEGER column (int4 on PostgreSQL)


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; null on the last page."
    )


def encode_cursor(kind: str, values: list[Any]) -> str:
    plain = [
        v.isoformat() if isinstance(v, datetime) else v.value if isinstance(v, Enum) else v
        for v in values
    ]
    raw = json.dumps([kind, plain], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str, types: tuple[type, ...]) -> list[Any]:
    """Decode a cursor made for `kind`; anything else (tampered, other sort) is a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found_kind, values = json.loads(raw)
        if found_kind != kind or not isinstance(values, list) or len(values) != len(types):
            raise ValueError
        return [_coerce(v, t) for v, t in zip(values, types, strict=True)]
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadRequest("The cursor is not valid for this list and sort.") from exc


def _coerce(value: Any, wanted: type) -> Any:
    if issubclass(wanted, Enum):
        return wanted(value)  # ValueError for a value that is not a member
    if wanted is float:
        # A relevance score: a finite number (json also reads NaN and Infinity).
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError
        if not math.isfinite(value):
            raise ValueError
        return float(value)
    if wanted is str and not isinstance(value, str):
        raise ValueError
    if wanted is datetime:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError
        return parsed.astimezone(UTC)  # OverflowError for instants with no UTC year
    if wanted is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise ValueError
    if wanted is int and not -_INTEGER_LIMIT <= value < _INTEGER_LIMIT:
        raise ValueError
    return value
