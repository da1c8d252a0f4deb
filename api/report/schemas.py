"""The reports' wire format: every figure group answers the same shape of tables, for the
period asked and the one just before it, so the SPA draws and exports any of them alike."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class ReportGroup(StrEnum):
    times = "times"
    sla = "sla"
    backlog = "backlog"
    quality = "quality"
    volume = "volume"
    agents = "agents"
    staffing = "staffing"


class ReportRow(BaseModel):
    key: str = Field(
        description="Stable key of the row (an id, a status, `3:14` for Thursday 14:00)."
    )
    label: str
    values: dict[str, int | float | None]
    tickets_url: str | None = Field(
        default=None, description="The agent workspace's queue filtered to the tickets counted."
    )


class ReportTable(BaseModel):
    name: str
    columns: list[str] = Field(description="The keys of each row's `values`, in order.")
    rows: list[ReportRow]


class PeriodReport(BaseModel):
    start_at: datetime
    end_at: datetime
    tables: list[ReportTable]


class ReportOut(BaseModel):
    group: ReportGroup
    timezone: str = Field(description="The desk's time zone: hours and days are counted in it.")
    generated_at: datetime
    current: PeriodReport
    previous: PeriodReport = Field(
        description="The period of the same length just before. Snapshot tables (backlog, "
        "open workload) describe now and are left out of it."
    )
