"""Creating and versioning SLA calendars and policies. Versions are never changed in place:
an edit writes the next version, and tickets keep following the version they got."""

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from api.sla import repository
from api.sla.models import SlaCalendar, SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.sla.rules import RuleError, calendar_of, policy_of
from api.sla.schemas import CalendarWrite, PolicyOrder, PolicyWrite
from api.user.roles import Role


def require_manager(actor: Actor) -> None:
    if actor.role not in (Role.supervisor, Role.admin):
        raise Forbidden("Only supervisors and administrators manage SLA calendars and policies.")


def _invalid(error: RuleError) -> ValidationFailed:
    return ValidationFailed(
        str(error), errors=[FieldError(field=error.field, message=error.message)]
    )


# -- calendars --------------------------------------------------------------------------------


def get_calendar(session: Session, calendar_id: int, *, for_update: bool = False) -> SlaCalendar:
    calendar = repository.calendar(session, calendar_id, for_update=for_update)
    if calendar is None:
        raise NotFound(f"No SLA calendar {calendar_id}.")
    return calendar


def calendar_version(session: Session, calendar_id: int, version: int) -> SlaCalendarVersion:
    row = repository.calendar_version(session, calendar_id, version)
    if row is None:
        raise NotFound(f"No version {version} of SLA calendar {calendar_id}.")
    return row


def _calendar_row(
    calendar_id: int, version: int, data: CalendarWrite, actor: Actor
) -> SlaCalendarVersion:
    overrides: dict[str, list[str]] = {}
    for i, o in enumerate(data.overrides):
        if o.date.isoformat() in overrides:
            raise ValidationFailed.on(f"overrides.{i}.date", "this date is overridden twice")
        overrides[o.date.isoformat()] = list(o.hours)
    try:
        calendar_of(calendar_id, version, data.zone, data.week, data.holidays, overrides)
    except RuleError as exc:
        if exc.field.startswith("overrides."):
            day = date.fromisoformat(exc.field.removeprefix("overrides."))
            index = next(i for i, o in enumerate(data.overrides) if o.date == day)
            exc = RuleError(f"overrides.{index}.hours", exc.message)
        raise _invalid(exc) from exc
    return SlaCalendarVersion(
        calendar_id=calendar_id,
        version=version,
        name=data.name,
        zone=data.zone,
        week=[list(day) for day in data.week],
        holidays=sorted({d.isoformat() for d in data.holidays}),
        overrides=overrides,
        created_by_id=actor.id,
        created_at=actor.now,
    )


def create_calendar(session: Session, actor: Actor, data: CalendarWrite) -> SlaCalendarVersion:
    require_manager(actor)
    _calendar_row(0, 1, data, actor)  # validate before writing anything
    calendar = SlaCalendar(current_version=1, created_at=actor.now)
    session.add(calendar)
    session.flush()
    row = _calendar_row(calendar.id, 1, data, actor)
    session.add(row)
    session.flush()
    return row


def new_calendar_version(
    session: Session, actor: Actor, calendar: SlaCalendar, data: CalendarWrite
) -> SlaCalendarVersion:
    require_manager(actor)
    row = _calendar_row(calendar.id, calendar.current_version + 1, data, actor)
    calendar.current_version += 1
    calendar.active = True
    session.add(row)
    session.flush()
    return row


def deactivate_calendar(session: Session, actor: Actor, calendar: SlaCalendar) -> None:
    require_manager(actor)
    users = repository.policies_in_use_of(session, calendar.id)
    if users:
        raise Conflict(f"Active policies use this calendar: {users}; change them first.")
    calendar.active = False
    session.flush()


# -- policies ---------------------------------------------------------------------------------


def get_policy(session: Session, policy_id: int, *, for_update: bool = False) -> SlaPolicy:
    policy = repository.policy(session, policy_id, for_update=for_update)
    if policy is None:
        raise NotFound(f"No SLA policy {policy_id}.")
    return policy


def policy_version(session: Session, policy_id: int, version: int) -> SlaPolicyVersion:
    row = repository.policy_version(session, policy_id, version)
    if row is None:
        raise NotFound(f"No version {version} of SLA policy {policy_id}.")
    return row


def _policy_row(
    session: Session, policy_id: int, version: int, data: PolicyWrite, actor: Actor
) -> SlaPolicyVersion:
    pinned: tuple[int, int] | None = None
    if data.calendar_id is not None:
        calendar = repository.calendar(session, data.calendar_id)
        if calendar is None or not calendar.active:
            raise ValidationFailed.on("calendar_id", "no such active calendar")
        pinned = (calendar.id, calendar.current_version)
    if not any(data.targets.values()):
        raise ValidationFailed.on("targets", "give at least one target")
    targets = {p.value: {m.value: s for m, s in row.items()} for p, row in data.targets.items()}
    pausing = {m.value: sorted(s.value for s in st) for m, st in data.pausing.items()}
    try:
        policy_of(policy_id, version, pinned, targets, pausing)
    except RuleError as exc:
        raise _invalid(exc) from exc
    if pinned is not None:
        _check_reachable(session, pinned, targets)
    conditions: dict[str, list[Any]] = {
        key: sorted(set(values)) for key, values in data.conditions.model_dump(mode="json").items()
    }
    return SlaPolicyVersion(
        policy_id=policy_id,
        version=version,
        name=data.name,
        calendar_id=None if pinned is None else pinned[0],
        calendar_version=None if pinned is None else pinned[1],
        targets=targets,
        pausing=pausing,
        conditions=conditions,
        warning_percent=data.warning_percent,
        created_by_id=actor.id,
        created_at=actor.now,
    )


# A target the calendar cannot reach in this many years of its open hours is a mistake (an
# hour a week and a one-year target), and would make every deadline walk a century of days.
_REACHABLE_YEARS = 20


def _check_reachable(
    session: Session, pinned: tuple[int, int], targets: dict[str, dict[str, int]]
) -> None:
    row = repository.calendar_version(session, *pinned)
    assert row is not None  # pinned from the calendar's current version
    weekly = 0
    for day in row.week:
        for text in day:
            start, _, end = text.partition("-")
            weekly += _minutes(end) - _minutes(start)
    limit = weekly * 60 * 52 * _REACHABLE_YEARS
    for priority, row_targets in targets.items():
        for metric, seconds in row_targets.items():
            if seconds > limit:
                raise ValidationFailed.on(
                    f"targets.{priority}.{metric}",
                    f"more than {_REACHABLE_YEARS} years of this calendar's open hours",
                )


def _minutes(text: str) -> int:
    hours, _, minutes = text.strip().partition(":")
    return int(hours) * 60 + int(minutes)


def create_policy(session: Session, actor: Actor, data: PolicyWrite) -> SlaPolicyVersion:
    require_manager(actor)
    _policy_row(session, 0, 1, data, actor)  # validate before writing anything
    last = session.scalar(select(func.max(SlaPolicy.position)))
    policy = SlaPolicy(position=(last or 0) + 1, current_version=1, created_at=actor.now)
    session.add(policy)
    session.flush()
    row = _policy_row(session, policy.id, 1, data, actor)
    session.add(row)
    session.flush()
    return row


def new_policy_version(
    session: Session, actor: Actor, policy: SlaPolicy, data: PolicyWrite
) -> SlaPolicyVersion:
    require_manager(actor)
    row = _policy_row(session, policy.id, policy.current_version + 1, data, actor)
    policy.current_version += 1
    session.add(row)
    session.flush()
    return row


def set_policy_active(session: Session, actor: Actor, policy: SlaPolicy, active: bool) -> None:
    require_manager(actor)
    policy.active = active
    session.flush()


def reorder_policies(session: Session, actor: Actor, data: PolicyOrder) -> None:
    require_manager(actor)
    active = {p.id: p for p, _ in repository.policies(session, active_only=True)}
    if len(set(data.policy_ids)) != len(data.policy_ids) or set(data.policy_ids) != set(active):
        raise ValidationFailed.on("policy_ids", f"name every active policy once: {sorted(active)}")
    for position, policy_id in enumerate(data.policy_ids, start=1):
        active[policy_id].position = position
    session.flush()
