"""Arrivals per channel, category, organization and day."""

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import timedelta

from api.report import repository as repo
from api.report.context import (
    NONE_LABEL,
    Context,
    key_of,
    windows,
)
from api.report.figures import (
    rate,
)
from api.report.links import queue_url
from api.report.schemas import ReportRow, ReportTable


def tables(c: Context) -> list[ReportTable]:
    kinds = repo.arrivals_by_kind(c.session, c.period.start, c.period.end, c.filters)
    hourly = repo.arrivals_by_hour(c.session, c.period.start, c.period.end, c.filters)
    total = sum(kinds["channel"].values())
    created_w, _ = windows(c)
    tables = []
    dims: list[tuple[str, Callable[[Sequence[int | None]], dict[int, str]] | None, str]] = [
        ("volume_by_channel", None, "channel"),
        ("volume_by_category", lambda ids: repo.category_names(c.session, ids), "category_id"),
        (
            "volume_by_organization",
            lambda ids: repo.organization_names(c.session, ids),
            "organization_id",
        ),
    ]
    for name, namer, param in dims:
        counts = kinds[param]
        names = namer([k for k in counts if isinstance(k, int)]) if namer else {}
        rows = []
        for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            label = (
                NONE_LABEL
                if value is None
                else str(value)
                if isinstance(value, str)
                else names.get(value, f"#{value}")
            )
            rows.append(
                ReportRow(
                    key=key_of(value),
                    label=label,
                    values={"tickets": n, "share": rate(n, total)},
                    tickets_url=None
                    if value is None
                    else queue_url(c.filters, created_w, also={param: value}),
                )
            )
        tables.append(ReportTable(name=name, columns=["tickets", "share"], rows=rows))
    per_day: dict[str, int] = defaultdict(int)
    for hour, n in hourly:
        per_day[hour.astimezone(c.desk.zone).date().isoformat()] += n
    day = c.period.start.astimezone(c.desk.zone).date()
    last = (c.period.end - timedelta(microseconds=1)).astimezone(c.desk.zone).date()
    days = []
    while day <= last:
        key = day.isoformat()
        days.append(ReportRow(key=key, label=key, values={"tickets": per_day.get(key, 0)}))
        day += timedelta(days=1)
    tables.append(ReportTable(name="volume_by_day", columns=["tickets"], rows=days))
    return tables
