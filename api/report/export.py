"""CSV of a report: one table wide (a row per table row, a column per figure), or every table
long (a row per figure), with both periods."""

import csv
import io

from api.report.schemas import PeriodReport, ReportOut, ReportTable


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _periods(report: ReportOut) -> list[tuple[str, PeriodReport]]:
    return [("current", report.current), ("previous", report.previous)]


def _table(period: PeriodReport, name: str) -> ReportTable | None:
    return next((t for t in period.tables if t.name == name), None)


def table_names(report: ReportOut) -> list[str]:
    return [t.name for t in report.current.tables]


def wide(report: ReportOut, name: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    first = _table(report.current, name)
    columns = first.columns if first else []
    writer.writerow(["period", "period_start", "period_end", "key", "label", *columns])
    for label, period in _periods(report):
        table = _table(period, name)
        if table is None:
            continue
        for row in table.rows:
            writer.writerow(
                [
                    label,
                    period.start_at.isoformat(),
                    period.end_at.isoformat(),
                    row.key,
                    row.label,
                    *(_number(row.values.get(c)) for c in columns),
                ]
            )
    return out.getvalue()


def long(report: ReportOut) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["table", "period", "period_start", "period_end", "key", "label", "figure", "value"]
    )
    for label, period in _periods(report):
        for table in period.tables:
            for row in table.rows:
                for column in table.columns:
                    writer.writerow(
                        [
                            table.name,
                            label,
                            period.start_at.isoformat(),
                            period.end_at.isoformat(),
                            row.key,
                            row.label,
                            column,
                            _number(row.values.get(column)),
                        ]
                    )
    return out.getvalue()
