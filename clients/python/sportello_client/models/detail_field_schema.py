from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetailFieldSchema")


@_attrs_define
class DetailFieldSchema:
    """
    Attributes:
        key (str):
        label (str):
        type_ (FieldType):
        choices (list[str] | None | Unset):
        max_length (int | Unset):  Default: 500.
        pattern (None | str | Unset):
        required (bool | Unset):  Default: False.
    """

    key: str
    label: str
    type_: FieldType
    choices: list[str] | None | Unset = UNSET
    max_length: int | Unset = 500
    pattern: None | str | Unset = UNSET
    required: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_ = self.type_.value

        choices: list[str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        max_length = self.max_length

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "label": label,
                "type": type_,
            }
        )
        if choices is not UNSET:
            field_dict["choices"] = choices
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        type_ = FieldType(d.pop("type"))

        def _parse_choices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = cast(list[str], data)

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        choices = _parse_choices(d.pop("choices", UNSET))

        max_length = d.pop("max_length", UNSET)

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        required = d.pop("required", UNSET)

        detail_field_schema = cls(
            key=key,
            label=label,
            type_=type_,
            choices=choices,
            max_length=max_length,
            pattern=pattern,
            required=required,
        )

        return detail_field_schema
