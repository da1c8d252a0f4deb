from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cause import Cause
from ..models.metric import Metric

T = TypeVar("T", bound="SlaChangeOut")


@_attrs_define
class SlaChangeOut:
    """Why a target moved (or a clock was cancelled or resumed), for a sentence in the UI.

    Attributes:
        at (datetime.datetime):
        breached (bool): The move put the clock past its target at once.
        cause (Cause | None):
        from_target_seconds (int | None):
        metric (Metric | None):
        n (int | None):
        text (str):
        to_target_seconds (int | None):
        value (None | str): The new priority, or the policy as `id:version`.
    """

    at: datetime.datetime
    breached: bool
    cause: Cause | None
    from_target_seconds: int | None
    metric: Metric | None
    n: int | None
    text: str
    to_target_seconds: int | None
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        breached = self.breached

        cause: None | str
        if isinstance(self.cause, Cause):
            cause = self.cause.value
        else:
            cause = self.cause

        from_target_seconds: int | None
        from_target_seconds = self.from_target_seconds

        metric: None | str
        if isinstance(self.metric, Metric):
            metric = self.metric.value
        else:
            metric = self.metric

        n: int | None
        n = self.n

        text = self.text

        to_target_seconds: int | None
        to_target_seconds = self.to_target_seconds

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "breached": breached,
                "cause": cause,
                "from_target_seconds": from_target_seconds,
                "metric": metric,
                "n": n,
                "text": text,
                "to_target_seconds": to_target_seconds,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        breached = d.pop("breached")

        def _parse_cause(data: object) -> Cause | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cause_type_0 = Cause(data)

                return cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cause | None, data)

        cause = _parse_cause(d.pop("cause"))

        def _parse_from_target_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_target_seconds = _parse_from_target_seconds(d.pop("from_target_seconds"))

        def _parse_metric(data: object) -> Metric | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                metric_type_0 = Metric(data)

                return metric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metric | None, data)

        metric = _parse_metric(d.pop("metric"))

        def _parse_n(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        n = _parse_n(d.pop("n"))

        text = d.pop("text")

        def _parse_to_target_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_target_seconds = _parse_to_target_seconds(d.pop("to_target_seconds"))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        sla_change_out = cls(
            at=at,
            breached=breached,
            cause=cause,
            from_target_seconds=from_target_seconds,
            metric=metric,
            n=n,
            text=text,
            to_target_seconds=to_target_seconds,
            value=value,
        )

        sla_change_out.additional_properties = d
        return sla_change_out

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
