from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.audience import Audience
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulletinUpdate")


@_attrs_define
class BulletinUpdate:
    """
    Attributes:
        audience (Audience | Unset):
        category_id (int | None | Unset):
        ends_at (datetime.datetime | None | Unset):
        message (str | Unset):
        service (None | str | Unset):
        starts_at (datetime.datetime | Unset):
        title (str | Unset):
    """

    audience: Audience | Unset = UNSET
    category_id: int | None | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    message: str | Unset = UNSET
    service: None | str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audience: str | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.value

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        message = self.message

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if message is not UNSET:
            field_dict["message"] = message
        if service is not UNSET:
            field_dict["service"] = service
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audience = d.pop("audience", UNSET)
        audience: Audience | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = Audience(_audience)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        message = d.pop("message", UNSET)

        def _parse_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        title = d.pop("title", UNSET)

        bulletin_update = cls(
            audience=audience,
            category_id=category_id,
            ends_at=ends_at,
            message=message,
            service=service,
            starts_at=starts_at,
            title=title,
        )

        return bulletin_update
