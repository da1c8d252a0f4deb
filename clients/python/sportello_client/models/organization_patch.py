from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationPatch")


@_attrs_define
class OrganizationPatch:
    """
    Attributes:
        name (None | str | Unset):
        shared_tickets (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    shared_tickets: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        shared_tickets: bool | None | Unset
        if isinstance(self.shared_tickets, Unset):
            shared_tickets = UNSET
        else:
            shared_tickets = self.shared_tickets

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if shared_tickets is not UNSET:
            field_dict["shared_tickets"] = shared_tickets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_shared_tickets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        shared_tickets = _parse_shared_tickets(d.pop("shared_tickets", UNSET))

        organization_patch = cls(
            name=name,
            shared_tickets=shared_tickets,
        )

        return organization_patch
