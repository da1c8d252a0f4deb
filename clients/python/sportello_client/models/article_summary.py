from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_kind import ArticleKind
from ..models.article_status import ArticleStatus
from ..models.language import Language
from ..models.visibility import Visibility

T = TypeVar("T", bound="ArticleSummary")


@_attrs_define
class ArticleSummary:
    """
    Attributes:
        category_id (int | None):
        helpful_count (int):
        id (int):
        kind (ArticleKind):
        language (Language):
        not_helpful_count (int):
        revision (int):
        status (ArticleStatus):
        tags (list[str]):
        title (str):
        updated_at (datetime.datetime):
        view_count (int):
        visibility (Visibility):
    """

    category_id: int | None
    helpful_count: int
    id: int
    kind: ArticleKind
    language: Language
    not_helpful_count: int
    revision: int
    status: ArticleStatus
    tags: list[str]
    title: str
    updated_at: datetime.datetime
    view_count: int
    visibility: Visibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id: int | None
        category_id = self.category_id

        helpful_count = self.helpful_count

        id = self.id

        kind = self.kind.value

        language = self.language.value

        not_helpful_count = self.not_helpful_count

        revision = self.revision

        status = self.status.value

        tags = self.tags

        title = self.title

        updated_at = self.updated_at.isoformat()

        view_count = self.view_count

        visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "helpful_count": helpful_count,
                "id": id,
                "kind": kind,
                "language": language,
                "not_helpful_count": not_helpful_count,
                "revision": revision,
                "status": status,
                "tags": tags,
                "title": title,
                "updated_at": updated_at,
                "view_count": view_count,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        helpful_count = d.pop("helpful_count")

        id = d.pop("id")

        kind = ArticleKind(d.pop("kind"))

        language = Language(d.pop("language"))

        not_helpful_count = d.pop("not_helpful_count")

        revision = d.pop("revision")

        status = ArticleStatus(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        view_count = d.pop("view_count")

        visibility = Visibility(d.pop("visibility"))

        article_summary = cls(
            category_id=category_id,
            helpful_count=helpful_count,
            id=id,
            kind=kind,
            language=language,
            not_helpful_count=not_helpful_count,
            revision=revision,
            status=status,
            tags=tags,
            title=title,
            updated_at=updated_at,
            view_count=view_count,
            visibility=visibility,
        )

        article_summary.additional_properties = d
        return article_summary

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
