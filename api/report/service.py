"""Builds each figure group's tables for a period and the one before it."""

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from api.report.context import Context, Period, desk
from api.report.filters import Filters
from api.report.groups import agents, backlog, quality, sla, staffing, times, volume
from api.report.schemas import PeriodReport, ReportGroup, ReportOut, ReportTable

BUILDERS: dict[ReportGroup, Callable[[Context], list[ReportTable]]] = {
    ReportGroup.times: times.tables,
    ReportGroup.sla: sla.tables,
    ReportGroup.backlog: backlog.tables,
    ReportGroup.quality: quality.tables,
    ReportGroup.volume: volume.tables,
    ReportGroup.agents: agents.tables,
    ReportGroup.staffing: staffing.tables,
}


def build(
    session: Session, group: ReportGroup, period: Period, filters: Filters, now: datetime
) -> ReportOut:
    where = desk(session)
    builder = BUILDERS[group]
    out = []
    for p, current in ((period, True), (period.previous, False)):
        tables = builder(Context(session, filters, p, now, where, current))
        out.append(PeriodReport(start_at=p.start, end_at=p.end, tables=tables))
    return ReportOut(
        group=group,
        timezone=str(where.zone),
        generated_at=now.astimezone(UTC),
        current=out[0],
        previous=out[1],
    )
