from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationWrite")


@_attrs_define
class OrganizationWrite:
    """
    Attributes:
        name (str):
        shared_tickets (bool | Unset):  Default: False.
    """

    name: str
    shared_tickets: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shared_tickets = self.shared_tickets

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if shared_tickets is not UNSET:
            field_dict["shared_tickets"] = shared_tickets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        shared_tickets = d.pop("shared_tickets", UNSET)

        organization_write = cls(
            name=name,
            shared_tickets=shared_tickets,
        )

        return organization_write
