from enum import StrEnum


class ReportGroup(StrEnum):
    AGENTS = "agents"
    BACKLOG = "backlog"
    QUALITY = "quality"
    SLA = "sla"
    STAFFING = "staffing"
    TIMES = "times"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
