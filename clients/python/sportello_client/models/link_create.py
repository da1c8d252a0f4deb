from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.relation import Relation

T = TypeVar("T", bound="LinkCreate")


@_attrs_define
class LinkCreate:
    """
    Attributes:
        number (int): The other ticket's number.
        relation (Relation): What the other ticket is to the one being read.
    """

    number: int
    relation: Relation

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        relation = self.relation.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        relation = Relation(d.pop("relation"))

        link_create = cls(
            number=number,
            relation=relation,
        )

        return link_create
