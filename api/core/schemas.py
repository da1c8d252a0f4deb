"""The base of every request body: unknown fields refused, no NUL characters anywhere."""

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

# For query parameters: PostgreSQL cannot compare text containing NUL.
NO_NUL = r"^[^\x00]*$"


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


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def no_nul_characters(cls, value: Any) -> Any:
        # PostgreSQL cannot store NUL in text; refuse it on every backend alike.
        if _has_nul(value):
            raise ValueError("must not contain NUL characters")
        return value
