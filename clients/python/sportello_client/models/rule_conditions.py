from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.priority import Priority
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleConditions")


@_attrs_define
class RuleConditions:
    """All given conditions must hold; within one, any listed value matches. Empty: any.

    Attributes:
        category_ids (list[int] | Unset): A category covers its subcategories.
        channels (list[Channel] | Unset):
        organization_ids (list[int] | Unset):
        priorities (list[Priority] | Unset):
        tags (list[str] | Unset):
        types (list[TicketType] | Unset):
        words (list[str] | Unset): Whole words, in the subject or the description.
    """

    category_ids: list[int] | Unset = UNSET
    channels: list[Channel] | Unset = UNSET
    organization_ids: list[int] | Unset = UNSET
    priorities: list[Priority] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    types: list[TicketType] | Unset = UNSET
    words: list[str] | Unset = UNSET

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

        priorities: list[str] | Unset = UNSET
        if not isinstance(self.priorities, Unset):
            priorities = []
            for priorities_item_data in self.priorities:
                priorities_item = priorities_item_data.value
                priorities.append(priorities_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        words: list[str] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = self.words

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category_ids is not UNSET:
            field_dict["category_ids"] = category_ids
        if channels is not UNSET:
            field_dict["channels"] = channels
        if organization_ids is not UNSET:
            field_dict["organization_ids"] = organization_ids
        if priorities is not UNSET:
            field_dict["priorities"] = priorities
        if tags is not UNSET:
            field_dict["tags"] = tags
        if types is not UNSET:
            field_dict["types"] = types
        if words is not UNSET:
            field_dict["words"] = words

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

        _priorities = d.pop("priorities", UNSET)
        priorities: list[Priority] | Unset = UNSET
        if _priorities is not UNSET:
            priorities = []
            for priorities_item_data in _priorities:
                priorities_item = Priority(priorities_item_data)

                priorities.append(priorities_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _types = d.pop("types", UNSET)
        types: list[TicketType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = TicketType(types_item_data)

                types.append(types_item)

        words = cast(list[str], d.pop("words", UNSET))

        rule_conditions = cls(
            category_ids=category_ids,
            channels=channels,
            organization_ids=organization_ids,
            priorities=priorities,
            tags=tags,
            types=types,
            words=words,
        )

        return rule_conditions
