from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.detail_field_schema import DetailFieldSchema


T = TypeVar("T", bound="CategoryOut")


@_attrs_define
class CategoryOut:
    """
    Attributes:
        active (bool):
        created_at (datetime.datetime):
        fields (list[DetailFieldSchema]):
        id (int):
        name (str):
        parent_id (int | None):
    """

    active: bool
    created_at: datetime.datetime
    fields: list[DetailFieldSchema]
    id: int
    name: str
    parent_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        id = self.id

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "fields": fields,
                "id": id,
                "name": name,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detail_field_schema import DetailFieldSchema  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = DetailFieldSchema.from_dict(fields_item_data)

            fields.append(fields_item)

        id = d.pop("id")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        category_out = cls(
            active=active,
            created_at=created_at,
            fields=fields,
            id=id,
            name=name,
            parent_id=parent_id,
        )

        category_out.additional_properties = d
        return category_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
