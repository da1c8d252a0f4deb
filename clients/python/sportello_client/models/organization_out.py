from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.department_out import DepartmentOut
    from ..models.location_out import LocationOut


T = TypeVar("T", bound="OrganizationOut")


@_attrs_define
class OrganizationOut:
    """
    Attributes:
        created_at (datetime.datetime):
        departments (list[DepartmentOut]):
        id (int):
        locations (list[LocationOut]):
        name (str):
        shared_tickets (bool): Customers of this organization see each other's tickets.
    """

    created_at: datetime.datetime
    departments: list[DepartmentOut]
    id: int
    locations: list[LocationOut]
    name: str
    shared_tickets: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        departments = []
        for departments_item_data in self.departments:
            departments_item = departments_item_data.to_dict()
            departments.append(departments_item)

        id = self.id

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        name = self.name

        shared_tickets = self.shared_tickets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "departments": departments,
                "id": id,
                "locations": locations,
                "name": name,
                "shared_tickets": shared_tickets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_out import DepartmentOut  # noqa: PLC0415
        from ..models.location_out import LocationOut  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        departments = []
        _departments = d.pop("departments")
        for departments_item_data in _departments:
            departments_item = DepartmentOut.from_dict(departments_item_data)

            departments.append(departments_item)

        id = d.pop("id")

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationOut.from_dict(locations_item_data)

            locations.append(locations_item)

        name = d.pop("name")

        shared_tickets = d.pop("shared_tickets")

        organization_out = cls(
            created_at=created_at,
            departments=departments,
            id=id,
            locations=locations,
            name=name,
            shared_tickets=shared_tickets,
        )

        organization_out.additional_properties = d
        return organization_out

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
