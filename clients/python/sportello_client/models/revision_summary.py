from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_status import ArticleStatus
from ..models.visibility import Visibility

T = TypeVar("T", bound="RevisionSummary")


@_attrs_define
class RevisionSummary:
    """
    Attributes:
        author_id (int):
        created_at (datetime.datetime):
        note (None | str):
        number (int):
        restored_from (int | None):
        status (ArticleStatus):
        title (str):
        visibility (Visibility):
    """

    author_id: int
    created_at: datetime.datetime
    note: None | str
    number: int
    restored_from: int | None
    status: ArticleStatus
    title: str
    visibility: Visibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        created_at = self.created_at.isoformat()

        note: None | str
        note = self.note

        number = self.number

        restored_from: int | None
        restored_from = self.restored_from

        status = self.status.value

        title = self.title

        visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_id": author_id,
                "created_at": created_at,
                "note": note,
                "number": number,
                "restored_from": restored_from,
                "status": status,
                "title": title,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_id = d.pop("author_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        number = d.pop("number")

        def _parse_restored_from(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        restored_from = _parse_restored_from(d.pop("restored_from"))

        status = ArticleStatus(d.pop("status"))

        title = d.pop("title")

        visibility = Visibility(d.pop("visibility"))

        revision_summary = cls(
            author_id=author_id,
            created_at=created_at,
            note=note,
            number=number,
            restored_from=restored_from,
            status=status,
            title=title,
            visibility=visibility,
        )

        revision_summary.additional_properties = d
        return revision_summary

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
