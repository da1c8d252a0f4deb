"""The base of every request body (unknown fields refused, no NUL characters anywhere), the one
instant type, and the one rule for PATCH fields that may be left out but not set to null."""

import re
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar, get_args

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetJsonSchemaHandler,
    ValidationInfo,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from api.core.ranges import OUT_OF_RANGE, out_of_range

# For query parameters: PostgreSQL cannot compare text containing NUL.
NO_NUL = r"^[^\x00]*$"

_RFC_3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _rfc_3339(value: Any) -> Any:
    # Pydantic alone also reads numbers (and numeric strings in a query) as Unix times.
    if isinstance(value, datetime) or (isinstance(value, str) and _RFC_3339.fullmatch(value)):
        return value
    raise ValueError("must be an RFC 3339 date-time with an offset, e.g. 2026-12-01T09:30:00Z")


def _in_utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:  # e.g. year 9999 at -05:00 is past the last UTC year
        raise ValueError("the instant is out of range") from exc


Instant = Annotated[AwareDatetime, BeforeValidator(_rfc_3339), AfterValidator(_in_utc)]
"""An RFC 3339 date-time with an offset, stored and compared in UTC."""


def _has_nul(value: Any) -> bool:
    # Iterative, so a deeply nested body cannot exhaust the stack here.
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return False


def _allows_null(schema: JsonSchemaValue) -> bool:
    return schema.get("type") == "null" or any(_allows_null(b) for b in schema.get("anyOf", ()))


def _without_nul(schema: JsonSchemaValue) -> None:
    """Say in the schema what `no_nul_characters` enforces: no NUL in any string or key."""
    if schema.get("type") == "string" and not {"pattern", "enum", "const", "format"} & set(schema):
        schema["pattern"] = NO_NUL
    if schema.get("type") == "object" and schema.get("additionalProperties") not in (None, False):
        schema.setdefault("propertyNames", {"pattern": NO_NUL})
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _without_nul(schema[key])
    for branch in schema.get("anyOf", ()):
        _without_nul(branch)


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def json_types_as_declared(cls, value: Any, info: ValidationInfo) -> Any:
        # Pydantic alone reads 0 and "off" as booleans and true and "5" as integers.
        annotation = cls.model_fields[info.field_name or ""].annotation
        wanted = {annotation, *get_args(annotation)}
        values = value if isinstance(value, list) else [value]
        if bool in wanted:
            if any(v is not None and not isinstance(v, bool) for v in values):
                raise ValueError("must be true or false")
        elif int in wanted and any(isinstance(v, bool | str) for v in values):
            raise ValueError("must be a whole number")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def no_nul_characters(cls, value: Any) -> Any:
        # PostgreSQL cannot store NUL in text; refuse it on every backend alike.
        if _has_nul(value):
            raise ValueError("must not contain NUL characters")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def integers_in_range(cls, value: Any) -> Any:
        if out_of_range(value) or (isinstance(value, list) and any(map(out_of_range, value))):
            raise ValueError(OUT_OF_RANGE)
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        properties = handler.resolve_ref_schema(schema).get("properties", {})
        for field in properties.values():
            # An `Omittable` field's default means "left out", not a value one may send.
            if "default" in field and field["default"] is None and not _allows_null(field):
                del field["default"]
            _without_nul(field)
        return schema


def _refuse_null(value: Any) -> Any:
    # Runs only for a value that was sent: a left-out field keeps its unvalidated default.
    if value is None:
        raise ValueError("must not be null")
    return value


class _NotNullInSchema:
    """Drops `null` from the field's JSON Schema, so the contract says what the API accepts."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        branches = [b for b in schema.get("anyOf", ()) if b.get("type") != "null"]
        if len(branches) == 1:
            rest = {k: v for k, v in schema.items() if k != "anyOf"}
            return {**branches[0], **rest}
        return schema


T = TypeVar("T")

Omittable = Annotated[T | None, AfterValidator(_refuse_null), _NotNullInSchema()]
"""A PATCH field that may be left out (None then means "unchanged") but never set to null."""
