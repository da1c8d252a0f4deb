from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_conditions import PolicyConditions
    from ..models.policy_out_pausing import PolicyOutPausing
    from ..models.policy_out_targets import PolicyOutTargets


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        active (bool):
        calendar_id (int | None):
        calendar_version (int | None):
        conditions (PolicyConditions): Which tickets the policy is for; an empty list matches anything.
        created_at (datetime.datetime):
        current_version (int):
        id (int):
        name (str):
        pausing (PolicyOutPausing):
        position (int):
        targets (PolicyOutTargets):
        version (int):
        warning_percent (int):
    """

    active: bool
    calendar_id: int | None
    calendar_version: int | None
    conditions: PolicyConditions
    created_at: datetime.datetime
    current_version: int
    id: int
    name: str
    pausing: PolicyOutPausing
    position: int
    targets: PolicyOutTargets
    version: int
    warning_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        calendar_id: int | None
        calendar_id = self.calendar_id

        calendar_version: int | None
        calendar_version = self.calendar_version

        conditions = self.conditions.to_dict()

        created_at = self.created_at.isoformat()

        current_version = self.current_version

        id = self.id

        name = self.name

        pausing = self.pausing.to_dict()

        position = self.position

        targets = self.targets.to_dict()

        version = self.version

        warning_percent = self.warning_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "calendar_id": calendar_id,
                "calendar_version": calendar_version,
                "conditions": conditions,
                "created_at": created_at,
                "current_version": current_version,
                "id": id,
                "name": name,
                "pausing": pausing,
                "position": position,
                "targets": targets,
                "version": version,
                "warning_percent": warning_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_conditions import PolicyConditions  # noqa: PLC0415
        from ..models.policy_out_pausing import PolicyOutPausing  # noqa: PLC0415
        from ..models.policy_out_targets import PolicyOutTargets  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        def _parse_calendar_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        calendar_id = _parse_calendar_id(d.pop("calendar_id"))

        def _parse_calendar_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        calendar_version = _parse_calendar_version(d.pop("calendar_version"))

        conditions = PolicyConditions.from_dict(d.pop("conditions"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current_version = d.pop("current_version")

        id = d.pop("id")

        name = d.pop("name")

        pausing = PolicyOutPausing.from_dict(d.pop("pausing"))

        position = d.pop("position")

        targets = PolicyOutTargets.from_dict(d.pop("targets"))

        version = d.pop("version")

        warning_percent = d.pop("warning_percent")

        policy_out = cls(
            active=active,
            calendar_id=calendar_id,
            calendar_version=calendar_version,
            conditions=conditions,
            created_at=created_at,
            current_version=current_version,
            id=id,
            name=name,
            pausing=pausing,
            position=position,
            targets=targets,
            version=version,
            warning_percent=warning_percent,
        )

        policy_out.additional_properties = d
        return policy_out

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
