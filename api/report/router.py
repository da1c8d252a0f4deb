"""GET /reports/{group} (JSON) and /reports/{group}.csv: supervisors and administrators."""

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from api.auth.deps import SupervisorActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.schemas import Instant
from api.report import export, service
from api.report.context import Period
from api.report.filters import Filters
from api.report.schemas import ReportGroup, ReportOut
from api.ticket.kinds import Channel

router = APIRouter(prefix="/reports", tags=["reports"])

DEFAULT_SPAN = timedelta(days=30)
# The longest period one request may cover (and the one before it as long again).
MAX_SPAN = timedelta(days=366)


class ReportQuery:
    """The period and the filters every figure group takes."""

    def __init__(
        self,
        from_: Annotated[
            Instant | None,
            Query(
                alias="from",
                description="Start of the period (default: 30 days before `to`). At most 366 days "
                "before `to` (an earlier one is moved up); after `to`, the period is empty.",
            ),
        ] = None,
        to: Annotated[
            Instant | None, Query(description="End of the period, excluded (default: now).")
        ] = None,
        team_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
        agent_id: Annotated[
            int | None, Query(ge=1, le=2**31 - 1, description="The assignee's user id.")
        ] = None,
        organization_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
        category_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
        channel: Channel | None = None,
    ) -> None:
        self.start, self.end = from_, to
        self.filters = Filters(
            team_id=team_id,
            agent_id=agent_id,
            organization_id=organization_id,
            category_id=category_id,
            channel=channel.value if channel else None,
        )

    def period(self, actor: SupervisorActor) -> Period:
        end = self.end or actor.now
        start = self.start or end - DEFAULT_SPAN
        # Shortened rather than refused (the answer's start_at says which period it covers):
        # a period ending before it starts is empty, a longer one keeps its last 366 days.
        return Period(min(max(start, end - MAX_SPAN), end), end)


ReportParams = Annotated[ReportQuery, Depends()]

CSV_RESPONSE = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "The table (`table=`) with a column per figure, or every table with a "
        "row per figure; both periods.",
    },
    **problem_responses(400, 401, 403, 404, 422),
}


@router.get(
    "/{group}.csv",
    operation_id="reports-export",
    response_class=Response,
    responses=CSV_RESPONSE,
    summary="A figure group as CSV",
)
def export_report(
    group: ReportGroup,
    actor: SupervisorActor,
    session: SessionDep,
    params: ReportParams,
    table: Annotated[
        str | None,
        Query(
            max_length=60,
            description="One table of the group, by name (another name: the header alone).",
        ),
    ] = None,
) -> Response:
    report = service.build(session, group, params.period(actor), params.filters, actor.now)
    body = export.long(report) if table is None else export.wide(report, table)
    name = f"sportello-{group.value}{'-' + table if table else ''}.csv"
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.get(
    "/{group}",
    operation_id="reports-get",
    response_model=ReportOut,
    responses=problem_responses(400, 401, 403, 404, 422),
    summary="A figure group for a period and the one before it",
)
def get_report(
    group: ReportGroup,
    actor: SupervisorActor,
    session: SessionDep,
    params: ReportParams,
) -> ReportOut:
    return service.build(session, group, params.period(actor), params.filters, actor.now)
