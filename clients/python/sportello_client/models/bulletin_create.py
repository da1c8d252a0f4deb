from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.audience import Audience
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulletinCreate")


@_attrs_define
class BulletinCreate:
    """
    Attributes:
        message (str): Markdown.
        title (str):
        audience (Audience | Unset):
        category_id (int | None | Unset): The affected category.
        ends_at (datetime.datetime | None | Unset): Open-ended when null.
        service (None | str | Unset): Or service.
        starts_at (datetime.datetime | None | Unset): Defaults to now.
    """

    message: str
    title: str
    audience: Audience | Unset = UNSET
    category_id: int | None | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    service: None | str | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        title = self.title

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

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "title": title,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if service is not UNSET:
            field_dict["service"] = service
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        title = d.pop("title")

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

        def _parse_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        bulletin_create = cls(
            message=message,
            title=title,
            audience=audience,
            category_id=category_id,
            ends_at=ends_at,
            service=service,
            starts_at=starts_at,
        )

        return bulletin_create
