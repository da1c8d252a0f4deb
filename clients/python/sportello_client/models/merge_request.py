from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeRequest")


@_attrs_define
class MergeRequest:
    """
    Attributes:
        into (int): The number of the surviving ticket.
        note (None | str | Unset):
    """

    into: int
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        into = self.into

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "into": into,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        into = d.pop("into")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        merge_request = cls(
            into=into,
            note=note,
        )

        return merge_request
