from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.article_kind import ArticleKind
from ..models.article_status import ArticleStatus
from ..models.language import Language
from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_tree import GuideTree


T = TypeVar("T", bound="ArticleCreate")


@_attrs_define
class ArticleCreate:
    """
    Attributes:
        language (Language):
        title (str):
        body (str | Unset): Markdown. Default: ''.
        category_id (int | None | Unset):
        kind (ArticleKind | Unset):
        note (None | str | Unset): Why, for the revision.
        status (ArticleStatus | Unset):
        tags (list[str] | None | Unset):
        tree (GuideTree | None | Unset): Guides only: the yes/no tree.
        visibility (Visibility | Unset):
    """

    language: Language
    title: str
    body: str | Unset = ""
    category_id: int | None | Unset = UNSET
    kind: ArticleKind | Unset = UNSET
    note: None | str | Unset = UNSET
    status: ArticleStatus | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    tree: GuideTree | None | Unset = UNSET
    visibility: Visibility | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.guide_tree import GuideTree  # noqa: PLC0415

        language = self.language.value

        title = self.title

        body = self.body

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        tree: dict[str, Any] | None | Unset
        if isinstance(self.tree, Unset):
            tree = UNSET
        elif isinstance(self.tree, GuideTree):
            tree = self.tree.to_dict()
        else:
            tree = self.tree

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if note is not UNSET:
            field_dict["note"] = note
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tree is not UNSET:
            field_dict["tree"] = tree
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guide_tree import GuideTree  # noqa: PLC0415

        d = dict(src_dict)
        language = Language(d.pop("language"))

        title = d.pop("title")

        body = d.pop("body", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ArticleKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ArticleKind(_kind)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _status = d.pop("status", UNSET)
        status: ArticleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ArticleStatus(_status)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_tree(data: object) -> GuideTree | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tree_type_0 = GuideTree.from_dict(data)

                return tree_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuideTree | None | Unset, data)

        tree = _parse_tree(d.pop("tree", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        article_create = cls(
            language=language,
            title=title,
            body=body,
            category_id=category_id,
            kind=kind,
            note=note,
            status=status,
            tags=tags,
            tree=tree,
            visibility=visibility,
        )

        return article_create
