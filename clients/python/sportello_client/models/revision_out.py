from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_status import ArticleStatus
from ..models.language import Language
from ..models.visibility import Visibility

if TYPE_CHECKING:
    from ..models.guide_tree import GuideTree


T = TypeVar("T", bound="RevisionOut")


@_attrs_define
class RevisionOut:
    """
    Attributes:
        author_id (int):
        body (str):
        body_html (str):
        category_id (int | None):
        created_at (datetime.datetime):
        language (Language):
        note (None | str):
        number (int):
        restored_from (int | None):
        status (ArticleStatus):
        tags (list[str]):
        title (str):
        tree (GuideTree | None):
        visibility (Visibility):
    """

    author_id: int
    body: str
    body_html: str
    category_id: int | None
    created_at: datetime.datetime
    language: Language
    note: None | str
    number: int
    restored_from: int | None
    status: ArticleStatus
    tags: list[str]
    title: str
    tree: GuideTree | None
    visibility: Visibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guide_tree import GuideTree  # noqa: PLC0415

        author_id = self.author_id

        body = self.body

        body_html = self.body_html

        category_id: int | None
        category_id = self.category_id

        created_at = self.created_at.isoformat()

        language = self.language.value

        note: None | str
        note = self.note

        number = self.number

        restored_from: int | None
        restored_from = self.restored_from

        status = self.status.value

        tags = self.tags

        title = self.title

        tree: dict[str, Any] | None
        if isinstance(self.tree, GuideTree):
            tree = self.tree.to_dict()
        else:
            tree = self.tree

        visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_id": author_id,
                "body": body,
                "body_html": body_html,
                "category_id": category_id,
                "created_at": created_at,
                "language": language,
                "note": note,
                "number": number,
                "restored_from": restored_from,
                "status": status,
                "tags": tags,
                "title": title,
                "tree": tree,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guide_tree import GuideTree  # noqa: PLC0415

        d = dict(src_dict)
        author_id = d.pop("author_id")

        body = d.pop("body")

        body_html = d.pop("body_html")

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        language = Language(d.pop("language"))

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

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        def _parse_tree(data: object) -> GuideTree | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tree_type_0 = GuideTree.from_dict(data)

                return tree_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuideTree | None, data)

        tree = _parse_tree(d.pop("tree"))

        visibility = Visibility(d.pop("visibility"))

        revision_out = cls(
            author_id=author_id,
            body=body,
            body_html=body_html,
            category_id=category_id,
            created_at=created_at,
            language=language,
            note=note,
            number=number,
            restored_from=restored_from,
            status=status,
            tags=tags,
            title=title,
            tree=tree,
            visibility=visibility,
        )

        revision_out.additional_properties = d
        return revision_out

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
