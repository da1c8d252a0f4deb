from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentsCreateAttachmentUpload")


@_attrs_define
class AttachmentsCreateAttachmentUpload:
    """The multipart form of an upload.

    Attributes:
        file (str): The file
        comment_id (int | None | Unset): One of your comments on the ticket to attach the file to.
    """

    file: str
    comment_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        comment_id: int | None | Unset
        if isinstance(self.comment_id, Unset):
            comment_id = UNSET
        else:
            comment_id = self.comment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if comment_id is not UNSET:
            field_dict["comment_id"] = comment_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.comment_id, Unset):
            if isinstance(self.comment_id, int):
                files.append(("comment_id", (None, str(self.comment_id).encode(), "text/plain")))
            else:
                files.append(("comment_id", (None, str(self.comment_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        def _parse_comment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comment_id = _parse_comment_id(d.pop("comment_id", UNSET))

        attachments_create_attachment_upload = cls(
            file=file,
            comment_id=comment_id,
        )

        attachments_create_attachment_upload.additional_properties = d
        return attachments_create_attachment_upload

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
