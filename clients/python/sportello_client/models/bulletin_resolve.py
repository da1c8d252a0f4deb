from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulletinResolve")


@_attrs_define
class BulletinResolve:
    """
    Attributes:
        resolution (str): Sent to every requester as a public reply and as their ticket's resolution.
    """

    resolution: str

    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resolution = d.pop("resolution")

        bulletin_resolve = cls(
            resolution=resolution,
        )

        return bulletin_resolve
