from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.linked_ticket import LinkedTicket


T = TypeVar("T", bound="MergePreview")


@_attrs_define
class MergePreview:
    """
    Attributes:
        attachments (int):
        comments (int):
        into (LinkedTicket):
        watchers (int):
    """

    attachments: int
    comments: int
    into: LinkedTicket
    watchers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = self.attachments

        comments = self.comments

        into = self.into.to_dict()

        watchers = self.watchers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
                "comments": comments,
                "into": into,
                "watchers": watchers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linked_ticket import LinkedTicket  # noqa: PLC0415

        d = dict(src_dict)
        attachments = d.pop("attachments")

        comments = d.pop("comments")

        into = LinkedTicket.from_dict(d.pop("into"))

        watchers = d.pop("watchers")

        merge_preview = cls(
            attachments=attachments,
            comments=comments,
            into=into,
            watchers=watchers,
        )

        merge_preview.additional_properties = d
        return merge_preview

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
