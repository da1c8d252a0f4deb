from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_field_schema import DetailFieldSchema


T = TypeVar("T", bound="CategoryWrite")


@_attrs_define
class CategoryWrite:
    """
    Attributes:
        name (str):
        fields (list[DetailFieldSchema] | Unset):
        parent_id (int | None | Unset):
    """

    name: str
    fields: list[DetailFieldSchema] | Unset = UNSET
    parent_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detail_field_schema import DetailFieldSchema  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _fields = d.pop("fields", UNSET)
        fields: list[DetailFieldSchema] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = DetailFieldSchema.from_dict(fields_item_data)

                fields.append(fields_item)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        category_write = cls(
            name=name,
            fields=fields,
            parent_id=parent_id,
        )

        return category_write
