from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation import Relation

if TYPE_CHECKING:
    from ..models.linked_ticket import LinkedTicket


T = TypeVar("T", bound="LinkOut")


@_attrs_define
class LinkOut:
    """
    Attributes:
        id (int):
        relation (Relation): What the other ticket is to the one being read.
        ticket (LinkedTicket):
    """

    id: int
    relation: Relation
    ticket: LinkedTicket
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        relation = self.relation.value

        ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "relation": relation,
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linked_ticket import LinkedTicket  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        relation = Relation(d.pop("relation"))

        ticket = LinkedTicket.from_dict(d.pop("ticket"))

        link_out = cls(
            id=id,
            relation=relation,
            ticket=ticket,
        )

        link_out.additional_properties = d
        return link_out

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
