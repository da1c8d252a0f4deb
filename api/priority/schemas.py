from pydantic import ConfigDict, field_validator

from api.core.schemas import InputModel
from api.ticket.priority import Level, Priority


class MatrixCell(InputModel):
    impact: Level
    urgency: Level
    priority: Priority


class PriorityMatrix(InputModel):
    """All nine impact x urgency cells."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"cells": [{"impact": "high", "urgency": "high", "priority": "critical"}]}]
        },
    )

    cells: list[MatrixCell]

    @field_validator("cells")
    @classmethod
    def every_cell_once(cls, cells: list[MatrixCell]) -> list[MatrixCell]:
        pairs = [(c.impact, c.urgency) for c in cells]
        if len(pairs) != len(set(pairs)) or len(pairs) != len(Level) ** 2:
            raise ValueError("give each of the 9 impact x urgency cells exactly once")
        return cells
