import re
from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from api.category.details import FieldType
from api.core.schemas import InputModel

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"


class DetailFieldSchema(InputModel):
    key: str = Field(pattern=KEY_PATTERN, examples=["operating_system"])
    label: str = Field(min_length=1, max_length=100, examples=["Operating system"])
    type: FieldType
    required: bool = False
    choices: list[str] | None = Field(default=None, examples=[["Windows 11", "macOS", "Linux"]])
    pattern: str | None = Field(default=None, max_length=200, examples=[r"^\+?[0-9 ]{6,20}$"])
    max_length: int = Field(default=500, ge=1, le=5000)

    @model_validator(mode="after")
    def choices_match_type(self) -> Self:
        if self.type is FieldType.choice and not self.choices:
            raise ValueError("a choice field needs at least one choice")
        if self.type is not FieldType.choice and self.choices:
            raise ValueError("only choice fields have choices")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"pattern is not a valid regular expression: {exc}") from exc
        return self


class CategoryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str = Field(examples=["Computer problem"])
    parent_id: int | None
    active: bool
    fields: list[DetailFieldSchema]
    created_at: datetime


class CategoryWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    parent_id: int | None = None
    fields: list[DetailFieldSchema] = Field(default_factory=list)

    @field_validator("fields")
    @classmethod
    def keys_unique(cls, fields: list[DetailFieldSchema]) -> list[DetailFieldSchema]:
        # A field validator, so that the error names `fields` rather than the whole body.
        keys = [f.key for f in fields]
        if len(keys) != len(set(keys)):
            raise ValueError("field keys must be unique")
        return fields


class CategoryPatch(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    parent_id: int | None = None
    active: bool | None = None
    fields: list[DetailFieldSchema] | None = None
