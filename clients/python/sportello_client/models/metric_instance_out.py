from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric import Metric
from ..models.sla_status import SlaStatus
from ..models.stop_reason import StopReason

if TYPE_CHECKING:
    from ..models.paused_out import PausedOut


T = TypeVar("T", bound="MetricInstanceOut")


@_attrs_define
class MetricInstanceOut:
    """
    Attributes:
        due_at (datetime.datetime | None): The breach, or its projection if running.
        elapsed_seconds (int):
        metric (Metric):
        n (int):
        paused (list[PausedOut]):
        remaining_seconds (int | None):
        started_at (datetime.datetime | None):
        status (SlaStatus):
        stop_reason (None | StopReason):
        stopped_at (datetime.datetime | None):
        target_seconds (int | None):
    """

    due_at: datetime.datetime | None
    elapsed_seconds: int
    metric: Metric
    n: int
    paused: list[PausedOut]
    remaining_seconds: int | None
    started_at: datetime.datetime | None
    status: SlaStatus
    stop_reason: None | StopReason
    stopped_at: datetime.datetime | None
    target_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        elapsed_seconds = self.elapsed_seconds

        metric = self.metric.value

        n = self.n

        paused = []
        for paused_item_data in self.paused:
            paused_item = paused_item_data.to_dict()
            paused.append(paused_item)

        remaining_seconds: int | None
        remaining_seconds = self.remaining_seconds

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        stop_reason: None | str
        if isinstance(self.stop_reason, StopReason):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        stopped_at: None | str
        if isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        target_seconds: int | None
        target_seconds = self.target_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_at": due_at,
                "elapsed_seconds": elapsed_seconds,
                "metric": metric,
                "n": n,
                "paused": paused,
                "remaining_seconds": remaining_seconds,
                "started_at": started_at,
                "status": status,
                "stop_reason": stop_reason,
                "stopped_at": stopped_at,
                "target_seconds": target_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paused_out import PausedOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        elapsed_seconds = d.pop("elapsed_seconds")

        metric = Metric(d.pop("metric"))

        n = d.pop("n")

        paused = []
        _paused = d.pop("paused")
        for paused_item_data in _paused:
            paused_item = PausedOut.from_dict(paused_item_data)

            paused.append(paused_item)

        def _parse_remaining_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining_seconds = _parse_remaining_seconds(d.pop("remaining_seconds"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = SlaStatus(d.pop("status"))

        def _parse_stop_reason(data: object) -> None | StopReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_0 = StopReason(data)

                return stop_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StopReason, data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason"))

        def _parse_stopped_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at"))

        def _parse_target_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_seconds = _parse_target_seconds(d.pop("target_seconds"))

        metric_instance_out = cls(
            due_at=due_at,
            elapsed_seconds=elapsed_seconds,
            metric=metric,
            n=n,
            paused=paused,
            remaining_seconds=remaining_seconds,
            started_at=started_at,
            status=status,
            stop_reason=stop_reason,
            stopped_at=stopped_at,
            target_seconds=target_seconds,
        )

        metric_instance_out.additional_properties = d
        return metric_instance_out

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
