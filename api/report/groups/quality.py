"""Reopenings, self-service deflection and satisfaction."""

from api.report import repository as repo
from api.report.context import (
    Context,
    counts_in,
    windows,
)
from api.report.figures import (
    rate,
)
from api.report.links import queue_url
from api.report.measuring import Metric
from api.report.schemas import ReportRow, ReportTable


def tables(c: Context) -> list[ReportTable]:
    resolved = counts_in(c, Metric.resolution)
    solved, answered = repo.deflections(c.session, c.period.start, c.period.end)
    _, resolved_w = windows(c)
    rows = [
        ReportRow(
            key="reopen",
            label="Resolved tickets reopened",
            values={
                "count": resolved.reopened,
                "total": resolved.count,
                "rate": rate(resolved.reopened, resolved.count),
            },
            tickets_url=queue_url(c.filters, resolved_w),
        ),
        ReportRow(
            key="deflection",
            label="Self-service answers that solved the problem",
            values={"count": solved, "total": answered, "rate": rate(solved, answered)},
            tickets_url=None,
        ),
    ]
    r = repo.ratings(c.session, c.period.start, c.period.end, c.filters)
    satisfaction = ReportRow(
        key="satisfaction",
        label="Satisfaction surveys offered in the period",
        values={
            "offered": r.offered,
            "answered": r.answered,
            "response_rate": rate(r.answered, r.offered),
            "average_rating": None if r.answered == 0 else round(r.rating_sum / r.answered, 2),
            "satisfied_share": rate(r.satisfied, r.answered),
        },
    )
    return [
        ReportTable(name="quality", columns=["count", "total", "rate"], rows=rows),
        ReportTable(
            name="satisfaction",
            columns=["offered", "answered", "response_rate", "average_rating", "satisfied_share"],
            rows=[satisfaction],
        ),
    ]
