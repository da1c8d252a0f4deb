"""Each agent's resolved, reopened and open tickets."""

from dataclasses import replace

from api.report import repository as repo
from api.report.context import (
    Context,
    key_of,
    label_of,
    measure_in,
    windows,
)
from api.report.links import queue_url
from api.report.measuring import NOTHING_MEASURED, Metric, Ranked
from api.report.models import ReportTicket as R
from api.report.schemas import ReportRow, ReportTable


def tables(c: Context) -> list[ReportTable]:
    by_agent = {
        k[0]: m
        for k, m in measure_in(
            c, Metric.resolution, R.assignee_id, ranked=[Ranked.business]
        ).items()
    }
    open_now = repo.open_by_agent(c.session, c.filters) if c.current else {}
    names = repo.user_names(c.session, [*by_agent, *open_now])
    _, resolved_w = windows(c)
    rows = []
    for agent_id in sorted(set(by_agent) | set(open_now), key=key_of):
        k = key_of(agent_id)
        m = by_agent.get(agent_id, NOTHING_MEASURED)
        rows.append(
            ReportRow(
                key=k,
                label=label_of(names, agent_id),
                values={
                    "resolved": m.count,
                    "reopened": m.reopened,
                    "median_resolution_business_seconds": m.median_business,
                    "open_now": open_now.get(agent_id, 0) if c.current else None,
                },
                tickets_url=queue_url(
                    replace(c.filters, agent_id=None), resolved_w, assignee=key_of(agent_id)
                ),
            )
        )
    rows.sort(key=lambda r: (-(r.values["resolved"] or 0), r.label))
    columns = ["resolved", "reopened", "median_resolution_business_seconds", "open_now"]
    return [ReportTable(name="agents", columns=columns, rows=rows)]
