from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience import Audience

T = TypeVar("T", bound="BulletinOut")


@_attrs_define
class BulletinOut:
    """
    Attributes:
        active (bool):
        audience (Audience):
        category_id (int | None):
        created_at (datetime.datetime):
        created_by_id (int):
        ends_at (datetime.datetime | None):
        following (bool): Whether the caller follows the bulletin.
        id (int):
        linked_ticket_count (int | None): Support team only.
        message (str):
        message_html (str): The message rendered and sanitised.
        resolution (None | str):
        resolved_at (datetime.datetime | None):
        service (None | str):
        starts_at (datetime.datetime):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    active: bool
    audience: Audience
    category_id: int | None
    created_at: datetime.datetime
    created_by_id: int
    ends_at: datetime.datetime | None
    following: bool
    id: int
    linked_ticket_count: int | None
    message: str
    message_html: str
    resolution: None | str
    resolved_at: datetime.datetime | None
    service: None | str
    starts_at: datetime.datetime
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        audience = self.audience.value

        category_id: int | None
        category_id = self.category_id

        created_at = self.created_at.isoformat()

        created_by_id = self.created_by_id

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        following = self.following

        id = self.id

        linked_ticket_count: int | None
        linked_ticket_count = self.linked_ticket_count

        message = self.message

        message_html = self.message_html

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        service: None | str
        service = self.service

        starts_at = self.starts_at.isoformat()

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "audience": audience,
                "category_id": category_id,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "ends_at": ends_at,
                "following": following,
                "id": id,
                "linked_ticket_count": linked_ticket_count,
                "message": message,
                "message_html": message_html,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "service": service,
                "starts_at": starts_at,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        audience = Audience(d.pop("audience"))

        def _parse_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        category_id = _parse_category_id(d.pop("category_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by_id = d.pop("created_by_id")

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        following = d.pop("following")

        id = d.pop("id")

        def _parse_linked_ticket_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        linked_ticket_count = _parse_linked_ticket_count(d.pop("linked_ticket_count"))

        message = d.pop("message")

        message_html = d.pop("message_html")

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        def _parse_service(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service = _parse_service(d.pop("service"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        bulletin_out = cls(
            active=active,
            audience=audience,
            category_id=category_id,
            created_at=created_at,
            created_by_id=created_by_id,
            ends_at=ends_at,
            following=following,
            id=id,
            linked_ticket_count=linked_ticket_count,
            message=message,
            message_html=message_html,
            resolution=resolution,
            resolved_at=resolved_at,
            service=service,
            starts_at=starts_at,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        bulletin_out.additional_properties = d
        return bulletin_out

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
