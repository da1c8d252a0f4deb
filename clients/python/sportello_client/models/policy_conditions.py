from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyConditions")


@_attrs_define
class PolicyConditions:
    """Which tickets the policy is for; an empty list matches anything.

    Attributes:
        category_ids (list[int] | Unset):
        channels (list[Channel] | Unset):
        organization_ids (list[int] | Unset):
        types (list[TicketType] | Unset):
    """

    category_ids: list[int] | Unset = UNSET
    channels: list[Channel] | Unset = UNSET
    organization_ids: list[int] | Unset = UNSET
    types: list[TicketType] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category_ids: list[int] | Unset = UNSET
        if not isinstance(self.category_ids, Unset):
            category_ids = self.category_ids

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.value
                channels.append(channels_item)

        organization_ids: list[int] | Unset = UNSET
        if not isinstance(self.organization_ids, Unset):
            organization_ids = self.organization_ids

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category_ids is not UNSET:
            field_dict["category_ids"] = category_ids
        if channels is not UNSET:
            field_dict["channels"] = channels
        if organization_ids is not UNSET:
            field_dict["organization_ids"] = organization_ids
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_ids = cast(list[int], d.pop("category_ids", UNSET))

        _channels = d.pop("channels", UNSET)
        channels: list[Channel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = Channel(channels_item_data)

                channels.append(channels_item)

        organization_ids = cast(list[int], d.pop("organization_ids", UNSET))

        _types = d.pop("types", UNSET)
        types: list[TicketType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = TicketType(types_item_data)

                types.append(types_item)

        policy_conditions = cls(
            category_ids=category_ids,
            channels=channels,
            organization_ids=organization_ids,
            types=types,
        )

        return policy_conditions
