"""The unfinished tickets now, by status and age band."""

from api.report import repository as repo
from api.report.context import (
    Context,
)
from api.report.figures import (
    AGE_BANDS,
)
from api.report.links import UNFINISHED, Window, queue_url
from api.report.schemas import ReportRow, ReportTable


def tables(c: Context) -> list[ReportTable]:
    if not c.current:
        return []
    cells = repo.backlog(c.session, c.now, c.filters)
    bands = [key for key, _, _ in AGE_BANDS]
    by_status: dict[str, dict[str, int | float | None]] = {}
    for status, band, n in cells:
        by_status.setdefault(status, dict.fromkeys(bands, 0))[band] = n
    rows = []
    for status in UNFINISHED:
        values = by_status.get(status, dict.fromkeys(bands, 0))
        values["total"] = sum(v or 0 for v in values.values())
        rows.append(
            ReportRow(
                key=status,
                label=status,
                values=values,
                tickets_url=queue_url(c.filters, None, statuses=[status]),
            )
        )
    by_band = []
    for key, low, high in AGE_BANDS:
        n = sum(count for _, band, count in cells if band == key)
        window = Window("created", None if high is None else c.now - high, c.now - low)
        by_band.append(
            ReportRow(
                key=key,
                label=key,
                values={"tickets": n},
                tickets_url=queue_url(c.filters, window, statuses=UNFINISHED),
            )
        )
    return [
        ReportTable(name="backlog", columns=[*bands, "total"], rows=rows),
        ReportTable(name="backlog_by_age", columns=["tickets"], rows=by_band),
    ]
