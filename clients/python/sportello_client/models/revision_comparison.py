from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_change_out import FieldChangeOut


T = TypeVar("T", bound="RevisionComparison")


@_attrs_define
class RevisionComparison:
    """
    Attributes:
        article_id (int):
        body_diff (str): Unified diff of the markdown body; empty if unchanged.
        changes (list[FieldChangeOut]):
        from_revision (int):
        to_revision (int):
        tree_changed (bool):
    """

    article_id: int
    body_diff: str
    changes: list[FieldChangeOut]
    from_revision: int
    to_revision: int
    tree_changed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        body_diff = self.body_diff

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        from_revision = self.from_revision

        to_revision = self.to_revision

        tree_changed = self.tree_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "body_diff": body_diff,
                "changes": changes,
                "from_revision": from_revision,
                "to_revision": to_revision,
                "tree_changed": tree_changed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_change_out import FieldChangeOut  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        body_diff = d.pop("body_diff")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = FieldChangeOut.from_dict(changes_item_data)

            changes.append(changes_item)

        from_revision = d.pop("from_revision")

        to_revision = d.pop("to_revision")

        tree_changed = d.pop("tree_changed")

        revision_comparison = cls(
            article_id=article_id,
            body_diff=body_diff,
            changes=changes,
            from_revision=from_revision,
            to_revision=to_revision,
            tree_changed=tree_changed,
        )

        revision_comparison.additional_properties = d
        return revision_comparison

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
