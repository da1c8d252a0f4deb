from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_kind import ArticleKind
from ..models.article_status import ArticleStatus
from ..models.language import Language
from ..models.visibility import Visibility

if TYPE_CHECKING:
    from ..models.guide_tree import GuideTree


T = TypeVar("T", bound="ArticleOut")


@_attrs_define
class ArticleOut:
    """
    Attributes:
        author_id (int):
        body (str): Markdown, as written.
        body_html (str): The body rendered and sanitised: safe to insert.
        category_id (int | None):
        created_at (datetime.datetime):
        helpful_count (int):
        id (int):
        kind (ArticleKind):
        language (Language):
        not_helpful_count (int):
        published_at (datetime.datetime | None):
        revision (int):
        source_ticket_id (int | None): Support team only (else null).
        status (ArticleStatus):
        tags (list[str]):
        title (str):
        tree (GuideTree | None):
        updated_at (datetime.datetime):
        updated_by_id (int):
        version (int):
        view_count (int):
        visibility (Visibility):
    """

    author_id: int
    body: str
    body_html: str
    category_id: int | None
    created_at: datetime.datetime
    helpful_count: int
    id: int
    kind: ArticleKind
    language: Language
    not_helpful_count: int
    published_at: datetime.datetime | None
    revision: int
    source_ticket_id: int | None
    status: ArticleStatus
    tags: list[str]
    title: str
    tree: GuideTree | None
    updated_at: datetime.datetime
    updated_by_id: int
    version: int
    view_count: int
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

        helpful_count = self.helpful_count

        id = self.id

        kind = self.kind.value

        language = self.language.value

        not_helpful_count = self.not_helpful_count

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        revision = self.revision

        source_ticket_id: int | None
        source_ticket_id = self.source_ticket_id

        status = self.status.value

        tags = self.tags

        title = self.title

        tree: dict[str, Any] | None
        if isinstance(self.tree, GuideTree):
            tree = self.tree.to_dict()
        else:
            tree = self.tree

        updated_at = self.updated_at.isoformat()

        updated_by_id = self.updated_by_id

        version = self.version

        view_count = self.view_count

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
                "helpful_count": helpful_count,
                "id": id,
                "kind": kind,
                "language": language,
                "not_helpful_count": not_helpful_count,
                "published_at": published_at,
                "revision": revision,
                "source_ticket_id": source_ticket_id,
                "status": status,
                "tags": tags,
                "title": title,
                "tree": tree,
                "updated_at": updated_at,
                "updated_by_id": updated_by_id,
                "version": version,
                "view_count": view_count,
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

        helpful_count = d.pop("helpful_count")

        id = d.pop("id")

        kind = ArticleKind(d.pop("kind"))

        language = Language(d.pop("language"))

        not_helpful_count = d.pop("not_helpful_count")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        revision = d.pop("revision")

        def _parse_source_ticket_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        source_ticket_id = _parse_source_ticket_id(d.pop("source_ticket_id"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        updated_by_id = d.pop("updated_by_id")

        version = d.pop("version")

        view_count = d.pop("view_count")

        visibility = Visibility(d.pop("visibility"))

        article_out = cls(
            author_id=author_id,
            body=body,
            body_html=body_html,
            category_id=category_id,
            created_at=created_at,
            helpful_count=helpful_count,
            id=id,
            kind=kind,
            language=language,
            not_helpful_count=not_helpful_count,
            published_at=published_at,
            revision=revision,
            source_ticket_id=source_ticket_id,
            status=status,
            tags=tags,
            title=title,
            tree=tree,
            updated_at=updated_at,
            updated_by_id=updated_by_id,
            version=version,
            view_count=view_count,
            visibility=visibility,
        )

        article_out.additional_properties = d
        return article_out

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
