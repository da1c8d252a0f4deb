from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_conditions import PolicyConditions
    from ..models.policy_write_pausing import PolicyWritePausing
    from ..models.policy_write_targets import PolicyWriteTargets


T = TypeVar("T", bound="PolicyWrite")


@_attrs_define
class PolicyWrite:
    """
    Attributes:
        name (str):
        targets (PolicyWriteTargets): Seconds per priority and metric; a missing entry means no target.
        calendar_id (int | None | Unset): None: wall-clock time. The calendar's current version is used.
        conditions (PolicyConditions | Unset): Which tickets the policy is for; an empty list matches anything.
        pausing (PolicyWritePausing | Unset): Statuses that pause each metric; a metric left out keeps the default
            (periodic update and resolution pause while pending).
        warning_percent (int | Unset): Warn when this share of a target has elapsed. Default: 80.
    """

    name: str
    targets: PolicyWriteTargets
    calendar_id: int | None | Unset = UNSET
    conditions: PolicyConditions | Unset = UNSET
    pausing: PolicyWritePausing | Unset = UNSET
    warning_percent: int | Unset = 80

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        targets = self.targets.to_dict()

        calendar_id: int | None | Unset
        if isinstance(self.calendar_id, Unset):
            calendar_id = UNSET
        else:
            calendar_id = self.calendar_id

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        pausing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pausing, Unset):
            pausing = self.pausing.to_dict()

        warning_percent = self.warning_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "targets": targets,
            }
        )
        if calendar_id is not UNSET:
            field_dict["calendar_id"] = calendar_id
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if pausing is not UNSET:
            field_dict["pausing"] = pausing
        if warning_percent is not UNSET:
            field_dict["warning_percent"] = warning_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_conditions import PolicyConditions  # noqa: PLC0415
        from ..models.policy_write_pausing import PolicyWritePausing  # noqa: PLC0415
        from ..models.policy_write_targets import PolicyWriteTargets  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        targets = PolicyWriteTargets.from_dict(d.pop("targets"))

        def _parse_calendar_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        calendar_id = _parse_calendar_id(d.pop("calendar_id", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: PolicyConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = PolicyConditions.from_dict(_conditions)

        _pausing = d.pop("pausing", UNSET)
        pausing: PolicyWritePausing | Unset
        if isinstance(_pausing, Unset):
            pausing = UNSET
        else:
            pausing = PolicyWritePausing.from_dict(_pausing)

        warning_percent = d.pop("warning_percent", UNSET)

        policy_write = cls(
            name=name,
            targets=targets,
            calendar_id=calendar_id,
            conditions=conditions,
            pausing=pausing,
            warning_percent=warning_percent,
        )

        return policy_write
