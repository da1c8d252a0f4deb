from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.matrix_cell import MatrixCell


T = TypeVar("T", bound="PriorityMatrix")


@_attrs_define
class PriorityMatrix:
    """All nine impact x urgency cells.

    Attributes:
        cells (list[MatrixCell]):
    """

    cells: list[MatrixCell]

    def to_dict(self) -> dict[str, Any]:
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cells": cells,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matrix_cell import MatrixCell  # noqa: PLC0415

        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = MatrixCell.from_dict(cells_item_data)

            cells.append(cells_item)

        priority_matrix = cls(
            cells=cells,
        )

        return priority_matrix
