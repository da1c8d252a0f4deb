from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.level import Level
from ..models.priority import Priority

T = TypeVar("T", bound="MatrixCell")


@_attrs_define
class MatrixCell:
    """
    Attributes:
        impact (Level):
        priority (Priority):
        urgency (Level):
    """

    impact: Level
    priority: Priority
    urgency: Level

    def to_dict(self) -> dict[str, Any]:
        impact = self.impact.value

        priority = self.priority.value

        urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "impact": impact,
                "priority": priority,
                "urgency": urgency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        impact = Level(d.pop("impact"))

        priority = Priority(d.pop("priority"))

        urgency = Level(d.pop("urgency"))

        matrix_cell = cls(
            impact=impact,
            priority=priority,
            urgency=urgency,
        )

        return matrix_cell
