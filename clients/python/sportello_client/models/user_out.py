from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

T = TypeVar("T", bound="UserOut")


@_attrs_define
class UserOut:
    """
    Attributes:
        active (bool):
        created_at (datetime.datetime):
        department_id (int | None):
        email (str):
        id (int):
        location_id (int | None):
        name (str):
        organization_id (int | None):
        phone (None | str):
        role (Role):
    """

    active: bool
    created_at: datetime.datetime
    department_id: int | None
    email: str
    id: int
    location_id: int | None
    name: str
    organization_id: int | None
    phone: None | str
    role: Role
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        department_id: int | None
        department_id = self.department_id

        email = self.email

        id = self.id

        location_id: int | None
        location_id = self.location_id

        name = self.name

        organization_id: int | None
        organization_id = self.organization_id

        phone: None | str
        phone = self.phone

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "department_id": department_id,
                "email": email,
                "id": id,
                "location_id": location_id,
                "name": name,
                "organization_id": organization_id,
                "phone": phone,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_department_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        department_id = _parse_department_id(d.pop("department_id"))

        email = d.pop("email")

        id = d.pop("id")

        def _parse_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        location_id = _parse_location_id(d.pop("location_id"))

        name = d.pop("name")

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        role = Role(d.pop("role"))

        user_out = cls(
            active=active,
            created_at=created_at,
            department_id=department_id,
            email=email,
            id=id,
            location_id=location_id,
            name=name,
            organization_id=organization_id,
            phone=phone,
            role=role,
        )

        user_out.additional_properties = d
        return user_out

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
