"""SLA administration (supervisors and administrators) and a ticket's SLA report (staff)."""

from datetime import date, timedelta

from fastapi import APIRouter, Response, status

from api.auth.deps import CurrentActor, StaffActor
from api.core import conditional
from api.core.deps import SessionDep
from api.core.errors import NotFound, problem_responses
from api.core.pagination import Page
from api.sla import repository, service, tracking
from api.sla.models import SlaCalendar, SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.sla.schemas import (
    CalendarOut,
    CalendarWrite,
    DateOverride,
    MetricInstanceOut,
    PausedOut,
    PolicyConditions,
    PolicyOrder,
    PolicyOut,
    PolicyWrite,
    SlaChangeOut,
    SlaPolicyRefOut,
    TicketSlaReport,
)
from api.ticket.deps import TicketDep

router = APIRouter(prefix="/sla", tags=["sla"])
ticket_router = APIRouter(prefix="/tickets", tags=["tickets"])


def _calendar_out(calendar: SlaCalendar, row: SlaCalendarVersion) -> CalendarOut:
    return CalendarOut(
        id=calendar.id,
        version=row.version,
        current_version=calendar.current_version,
        active=calendar.active,
        name=row.name,
        zone=row.zone,
        week=row.week,
        holidays=[date.fromisoformat(d) for d in row.holidays],
        overrides=[
            DateOverride(date=date.fromisoformat(d), hours=h)
            for d, h in sorted(row.overrides.items())
        ],
        created_at=row.created_at,
    )


def _policy_out(policy: SlaPolicy, row: SlaPolicyVersion) -> PolicyOut:
    return PolicyOut.model_validate(
        {
            "id": policy.id,
            "version": row.version,
            "current_version": policy.current_version,
            "active": policy.active,
            "position": policy.position,
            "name": row.name,
            "calendar_id": row.calendar_id,
            "calendar_version": row.calendar_version,
            "targets": row.targets,
            "pausing": row.pausing,
            "conditions": PolicyConditions.model_validate(row.conditions),
            "warning_percent": row.warning_percent,
            "created_at": row.created_at,
        }
    )


def _etag(kind: str, identity: int, version: int, response: Response) -> None:
    response.headers["ETag"] = conditional.etag(kind, identity, version)


# -- calendars --------------------------------------------------------------------------------


@router.get(
    "/calendars",
    operation_id="sla-calendars-list",
    response_model=Page[CalendarOut],
    responses=problem_responses(401, 403),
    summary="Every SLA calendar in its current version",
)
def list_calendars(actor: StaffActor, session: SessionDep) -> Page[CalendarOut]:
    rows = repository.calendars(session)
    return Page[CalendarOut](items=[_calendar_out(c, v) for c, v in rows])


@router.post(
    "/calendars",
    operation_id="sla-calendars-create",
    response_model=CalendarOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
def create_calendar(
    data: CalendarWrite, actor: StaffActor, session: SessionDep, response: Response
) -> CalendarOut:
    row = service.create_calendar(session, actor, data)
    calendar = service.get_calendar(session, row.calendar_id)
    _etag("sla-calendar", calendar.id, row.version, response)
    return _calendar_out(calendar, row)


@router.get(
    "/calendars/{calendar_id}",
    operation_id="sla-calendars-get",
    response_model=CalendarOut,
    responses=problem_responses(401, 403, 404),
    summary="A calendar in its current version, with an ETag for the next version",
)
def get_calendar(
    calendar_id: int, actor: StaffActor, session: SessionDep, response: Response
) -> CalendarOut:
    calendar = service.get_calendar(session, calendar_id)
    row = service.calendar_version(session, calendar.id, calendar.current_version)
    _etag("sla-calendar", calendar.id, row.version, response)
    return _calendar_out(calendar, row)


@router.get(
    "/calendars/{calendar_id}/versions/{version}",
    operation_id="sla-calendars-get-version",
    response_model=CalendarOut,
    responses=problem_responses(401, 403, 404),
    summary="One version of a calendar (old versions stay readable)",
)
def get_calendar_version(
    calendar_id: int, version: int, actor: StaffActor, session: SessionDep
) -> CalendarOut:
    calendar = service.get_calendar(session, calendar_id)
    return _calendar_out(calendar, service.calendar_version(session, calendar.id, version))


@router.put(
    "/calendars/{calendar_id}",
    operation_id="sla-calendars-replace",
    response_model=CalendarOut,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Save a new version of the calendar (policies pin the version they were saved with)",
)
def replace_calendar(
    calendar_id: int,
    data: CalendarWrite,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> CalendarOut:
    calendar = service.get_calendar(session, calendar_id, for_update=True)
    current = conditional.etag("sla-calendar", calendar.id, calendar.current_version)
    conditional.require_match(if_match, current, "calendar")
    row = service.new_calendar_version(session, actor, calendar, data)
    _etag("sla-calendar", calendar.id, row.version, response)
    return _calendar_out(calendar, row)


@router.post(
    "/calendars/{calendar_id}/deactivate",
    operation_id="sla-calendars-deactivate",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
    summary="Retire a calendar no active policy uses (saving a new version reactivates it)",
)
def deactivate_calendar(calendar_id: int, actor: StaffActor, session: SessionDep) -> None:
    service.deactivate_calendar(session, actor, service.get_calendar(session, calendar_id))


# -- policies ---------------------------------------------------------------------------------


@router.get(
    "/policies",
    operation_id="sla-policies-list",
    response_model=Page[PolicyOut],
    responses=problem_responses(401, 403),
    summary="Every policy in its current version: active ones first, in matching order",
)
def list_policies(actor: StaffActor, session: SessionDep) -> Page[PolicyOut]:
    return Page[PolicyOut](items=[_policy_out(p, v) for p, v in repository.policies(session)])


@router.post(
    "/policies",
    operation_id="sla-policies-create",
    response_model=PolicyOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
    summary="Add a policy, last in the matching order",
)
def create_policy(
    data: PolicyWrite, actor: StaffActor, session: SessionDep, response: Response
) -> PolicyOut:
    row = service.create_policy(session, actor, data)
    policy = service.get_policy(session, row.policy_id)
    _etag("sla-policy", policy.id, row.version, response)
    return _policy_out(policy, row)


@router.put(
    "/policies/order",
    operation_id="sla-policies-reorder",
    response_model=Page[PolicyOut],
    responses=problem_responses(401, 403, 422),
    summary="Set the matching order of the active policies (the first that matches wins)",
)
def reorder_policies(data: PolicyOrder, actor: StaffActor, session: SessionDep) -> Page[PolicyOut]:
    service.reorder_policies(session, actor, data)
    return Page[PolicyOut](items=[_policy_out(p, v) for p, v in repository.policies(session)])


@router.get(
    "/policies/{policy_id}",
    operation_id="sla-policies-get",
    response_model=PolicyOut,
    responses=problem_responses(401, 403, 404),
)
def get_policy(
    policy_id: int, actor: StaffActor, session: SessionDep, response: Response
) -> PolicyOut:
    policy = service.get_policy(session, policy_id)
    row = service.policy_version(session, policy.id, policy.current_version)
    _etag("sla-policy", policy.id, row.version, response)
    return _policy_out(policy, row)


@router.get(
    "/policies/{policy_id}/versions/{version}",
    operation_id="sla-policies-get-version",
    response_model=PolicyOut,
    responses=problem_responses(401, 403, 404),
    summary="One version of a policy (tickets follow the version they got)",
)
def get_policy_version(
    policy_id: int, version: int, actor: StaffActor, session: SessionDep
) -> PolicyOut:
    policy = service.get_policy(session, policy_id)
    return _policy_out(policy, service.policy_version(session, policy.id, version))


@router.put(
    "/policies/{policy_id}",
    operation_id="sla-policies-replace",
    response_model=PolicyOut,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Save a new version of the policy; tickets that have one keep it",
)
def replace_policy(
    policy_id: int,
    data: PolicyWrite,
    actor: StaffActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> PolicyOut:
    policy = service.get_policy(session, policy_id, for_update=True)
    current = conditional.etag("sla-policy", policy.id, policy.current_version)
    conditional.require_match(if_match, current, "policy")
    row = service.new_policy_version(session, actor, policy, data)
    _etag("sla-policy", policy.id, row.version, response)
    return _policy_out(policy, row)


@router.post(
    "/policies/{policy_id}/deactivate",
    operation_id="sla-policies-deactivate",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Stop matching new tickets with this policy (tickets that have it keep it)",
)
def deactivate_policy(policy_id: int, actor: StaffActor, session: SessionDep) -> None:
    service.set_policy_active(session, actor, service.get_policy(session, policy_id), False)


@router.post(
    "/policies/{policy_id}/activate",
    operation_id="sla-policies-activate",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
def activate_policy(policy_id: int, actor: StaffActor, session: SessionDep) -> None:
    service.set_policy_active(session, actor, service.get_policy(session, policy_id), True)


# -- a ticket's report ------------------------------------------------------------------------


def _seconds(span: timedelta | None) -> int | None:
    return None if span is None else int(span.total_seconds())


@ticket_router.get(
    "/{number}/sla",
    operation_id="tickets-sla",
    response_model=TicketSlaReport,
    responses=problem_responses(401, 404),
    summary="The ticket's SLA now, metric by metric, and why targets moved (support team)",
    description="Customers get a 404: targets and breaches are the team's commitments to "
    "itself, not part of the customer's view of a ticket.",
)
def ticket_sla(ticket: TicketDep, actor: CurrentActor, session: SessionDep) -> TicketSlaReport:
    if not actor.is_staff:
        raise NotFound(f"No ticket {ticket.number}.")
    computed = tracking.compute(session, [ticket], actor.now)[ticket.id]
    report = computed.report
    loaded = computed.loaded(report.policy)
    policy = None
    if loaded is not None:
        row, calendar = loaded.row, loaded.calendar_row
        policy = SlaPolicyRefOut(
            id=row.policy_id,
            version=row.version,
            name=row.name,
            calendar_id=row.calendar_id,
            calendar_version=row.calendar_version,
            calendar_name=None if calendar is None else calendar.name,
            zone=None if calendar is None else calendar.zone,
        )
    return TicketSlaReport(
        now=report.now,
        policy=policy,
        next_due_at=report.next_breach_at,
        instances=[
            MetricInstanceOut(
                metric=i.metric,
                n=i.n,
                status=i.status,
                target_seconds=_seconds(i.target),
                elapsed_seconds=int(i.elapsed.total_seconds()),
                remaining_seconds=_seconds(i.remaining),
                started_at=i.started_at,
                stopped_at=i.stopped_at,
                stop_reason=i.stop_reason,
                due_at=i.breach_at,
                paused=[
                    PausedOut(start_at=p.start_at, end_at=p.end_at, status=p.status)
                    for p in i.paused
                ],
            )
            for i in report.instances
        ],
        changes=[
            SlaChangeOut(
                at=e.at,
                cause=e.cause,
                metric=e.metric,
                n=e.n,
                value=e.value,
                from_target_seconds=_seconds(e.from_target),
                to_target_seconds=_seconds(e.to_target),
                breached=e.breached,
                text=e.text,
            )
            for e in report.explanation
        ],
    )
