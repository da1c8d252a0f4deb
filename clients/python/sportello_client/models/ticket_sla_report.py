from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_instance_out import MetricInstanceOut
    from ..models.sla_change_out import SlaChangeOut
    from ..models.sla_policy_ref_out import SlaPolicyRefOut


T = TypeVar("T", bound="TicketSlaReport")


@_attrs_define
class TicketSlaReport:
    """
    Attributes:
        changes (list[SlaChangeOut]):
        instances (list[MetricInstanceOut]):
        next_due_at (datetime.datetime | None):
        now (datetime.datetime):
        policy (None | SlaPolicyRefOut):
    """

    changes: list[SlaChangeOut]
    instances: list[MetricInstanceOut]
    next_due_at: datetime.datetime | None
    now: datetime.datetime
    policy: None | SlaPolicyRefOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sla_policy_ref_out import SlaPolicyRefOut  # noqa: PLC0415

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        instances = []
        for instances_item_data in self.instances:
            instances_item = instances_item_data.to_dict()
            instances.append(instances_item)

        next_due_at: None | str
        if isinstance(self.next_due_at, datetime.datetime):
            next_due_at = self.next_due_at.isoformat()
        else:
            next_due_at = self.next_due_at

        now = self.now.isoformat()

        policy: dict[str, Any] | None
        if isinstance(self.policy, SlaPolicyRefOut):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "instances": instances,
                "next_due_at": next_due_at,
                "now": now,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_instance_out import MetricInstanceOut  # noqa: PLC0415
        from ..models.sla_change_out import SlaChangeOut  # noqa: PLC0415
        from ..models.sla_policy_ref_out import SlaPolicyRefOut  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = SlaChangeOut.from_dict(changes_item_data)

            changes.append(changes_item)

        instances = []
        _instances = d.pop("instances")
        for instances_item_data in _instances:
            instances_item = MetricInstanceOut.from_dict(instances_item_data)

            instances.append(instances_item)

        def _parse_next_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_due_at = _parse_next_due_at(d.pop("next_due_at"))

        now = datetime.datetime.fromisoformat(d.pop("now"))

        def _parse_policy(data: object) -> None | SlaPolicyRefOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = SlaPolicyRefOut.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaPolicyRefOut, data)

        policy = _parse_policy(d.pop("policy"))

        ticket_sla_report = cls(
            changes=changes,
            instances=instances,
            next_due_at=next_due_at,
            now=now,
            policy=policy,
        )

        ticket_sla_report.additional_properties = d
        return ticket_sla_report

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
