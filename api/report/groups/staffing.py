"""Arrivals by weekday and hour beside the agents on duty."""

from api.report import repository as repo
from api.report.context import (
    Context,
)
from api.report.figures import (
    agents_on_duty,
    arrivals_grid,
    arrivals_per_agent_hour,
    staffing_grid,
)
from api.report.links import Window, queue_url
from api.report.schemas import ReportRow, ReportTable

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def tables(c: Context) -> list[ReportTable]:
    hourly = repo.arrivals_by_hour(c.session, c.period.start, c.period.end, c.filters)
    grid = arrivals_grid(hourly, c.desk.zone)
    staffing = staffing_grid(c.desk.clock, c.period.start, c.period.end, c.desk.zone)
    agents = repo.agents_at_desk(c.session, c.filters)
    rows = []
    for weekday in range(7):
        for hour in range(24):
            cell = (weekday, hour)
            arrivals = grid.get(cell, 0)
            s = staffing.get(cell)
            rows.append(
                ReportRow(
                    key=f"{weekday}:{hour:02d}",
                    label=f"{WEEKDAYS[weekday]} {hour:02d}:00",
                    values={
                        "arrivals": arrivals,
                        "occurrences": s.occurrences if s else 0,
                        "open_hours": s.open_hours if s else 0,
                        "agents_on_duty": agents_on_duty(agents, s),
                        "arrivals_per_agent_hour": arrivals_per_agent_hour(arrivals, agents, s),
                    },
                )
            )
    columns = ["arrivals", "occurrences", "open_hours", "agents_on_duty", "arrivals_per_agent_hour"]
    summary = ReportTable(
        name="staffing_summary",
        columns=["arrivals", "agents"],
        rows=[
            ReportRow(
                key="total",
                label="Total",
                values={"arrivals": sum(grid.values()), "agents": agents},
                tickets_url=queue_url(c.filters, Window("created", c.period.start, c.period.end)),
            )
        ],
    )
    return [ReportTable(name="staffing", columns=columns, rows=rows), summary]
