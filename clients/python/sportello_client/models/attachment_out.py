from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentOut")


@_attrs_define
class AttachmentOut:
    """
    Attributes:
        comment_id (int | None):
        content_type (str):
        created_at (datetime.datetime):
        filename (str):
        id (int):
        internal (bool):
        sha256 (str):
        size (int):
        uploader_id (int):
    """

    comment_id: int | None
    content_type: str
    created_at: datetime.datetime
    filename: str
    id: int
    internal: bool
    sha256: str
    size: int
    uploader_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_id: int | None
        comment_id = self.comment_id

        content_type = self.content_type

        created_at = self.created_at.isoformat()

        filename = self.filename

        id = self.id

        internal = self.internal

        sha256 = self.sha256

        size = self.size

        uploader_id = self.uploader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment_id": comment_id,
                "content_type": content_type,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "internal": internal,
                "sha256": sha256,
                "size": size,
                "uploader_id": uploader_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        comment_id = _parse_comment_id(d.pop("comment_id"))

        content_type = d.pop("content_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        filename = d.pop("filename")

        id = d.pop("id")

        internal = d.pop("internal")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        uploader_id = d.pop("uploader_id")

        attachment_out = cls(
            comment_id=comment_id,
            content_type=content_type,
            created_at=created_at,
            filename=filename,
            id=id,
            internal=internal,
            sha256=sha256,
            size=size,
            uploader_id=uploader_id,
        )

        attachment_out.additional_properties = d
        return attachment_out

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
