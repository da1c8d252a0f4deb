"""Category detail fields: their definitions and validation of a ticket's values. Pure."""

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    text = "text"
    integer = "integer"
    number = "number"
    boolean = "boolean"
    choice = "choice"


@dataclass(frozen=True)
class DetailField:
    key: str
    label: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    max_length: int = 500


@dataclass(frozen=True)
class DetailError:
    field: str
    message: str


def _check_value(spec: DetailField, value: Any) -> tuple[Any, str | None]:
    if spec.type is FieldType.boolean:
        return (value, None) if isinstance(value, bool) else (None, "must be true or false")
    if spec.type is FieldType.integer:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return (value, None) if ok else (None, "must be a whole number")
    if spec.type is FieldType.number:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and not math.isfinite(value):
            return None, "must be a finite number"
        return (value, None) if ok else (None, "must be a number")
    if not isinstance(value, str):
        return None, "must be text"
    text = value.strip()
    if spec.type is FieldType.choice and text not in spec.choices:
        return None, f"must be one of: {', '.join(spec.choices)}"
    if len(text) > spec.max_length:
        return None, f"must be at most {spec.max_length} characters"
    if spec.pattern and not re.fullmatch(spec.pattern, text):
        return None, f"must match the pattern {spec.pattern}"
    return text, None


def validate_details(
    fields: Sequence[DetailField], details: Mapping[str, Any]
) -> tuple[dict[str, Any], list[DetailError]]:
    """Return the cleaned details and the errors, each naming `details.<key>`."""
    by_key = {f.key: f for f in fields}
    cleaned: dict[str, Any] = {}
    errors: list[DetailError] = []
    for key in details:
        if key not in by_key:
            errors.append(DetailError(f"details.{key}", "is not a field of this category"))
    for spec in fields:
        value = details.get(spec.key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if spec.required:
                errors.append(DetailError(f"details.{spec.key}", f"{spec.label} is required"))
            continue
        clean, message = _check_value(spec, value)
        if message:
            errors.append(DetailError(f"details.{spec.key}", message))
        else:
            cleaned[spec.key] = clean
    return cleaned, errors
