"""From stored calendar and policy versions to the engine's objects, and which policy a ticket
gets. Pure: plain values in, plain values out; errors name the field they are about."""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from api.sla.clock import Calendar, CalendarError, CalendarRef, OpenHours
from api.sla.policy import DEFAULT_PAUSING, Metric, Policy, PolicyError
from api.ticket.lifecycle import OPEN_STATUSES, Status
from api.ticket.priority import Priority


class RuleError(ValueError):
    """A calendar or policy field that cannot be used."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def _day(texts: Sequence[str], field: str) -> tuple[OpenHours, ...]:
    try:
        day = tuple(sorted(OpenHours.parse(t) for t in texts))
    except CalendarError as exc:
        raise RuleError(field, str(exc)) from exc
    for before, after in itertools.pairwise(day):
        if after.start < before.end:
            raise RuleError(field, "open hours overlap")
    return day


def calendar_of(
    calendar_id: int,
    version: int,
    zone: str,
    week: Sequence[Sequence[str]],
    holidays: Sequence[str | date],
    overrides: Mapping[str, Sequence[str]],
) -> Calendar:
    """The engine's calendar; RuleError naming `zone`, `week.N` or `overrides.<date>`."""
    days = tuple(_day(hours, f"week.{i}") for i, hours in enumerate(week))
    special = {date.fromisoformat(d): _day(h, f"overrides.{d}") for d, h in overrides.items()}
    try:
        return Calendar(
            id=str(calendar_id),
            version=version,
            zone=zone,
            week=days,
            holidays=frozenset(date.fromisoformat(str(d)) for d in holidays),
            overrides=special,
        )
    except CalendarError as exc:
        message = str(exc)
        raise RuleError("zone" if "zone" in message else "week", message) from exc


def policy_of(
    policy_id: int,
    version: int,
    calendar: tuple[int, int] | None,
    targets: Mapping[str, Mapping[str, int]],
    pausing: Mapping[str, Sequence[str]],
) -> Policy:
    """The engine's policy; RuleError naming `targets.<priority>.<metric>` or `pausing.<m>`."""
    for priority, row in targets.items():
        for metric, seconds in row.items():
            if seconds <= 0:
                raise RuleError(f"targets.{priority}.{metric}", "must be positive")
    for metric, statuses in pausing.items():
        final = sorted(s for s in statuses if Status(s) not in OPEN_STATUSES)
        if final:
            raise RuleError(f"pausing.{metric}", f"cannot pause on final statuses: {final}")
    try:
        return Policy(
            id=str(policy_id),
            version=version,
            targets={
                Priority(p): {Metric(m): s for m, s in row.items()} for p, row in targets.items()
            },
            calendar=None if calendar is None else CalendarRef(str(calendar[0]), calendar[1]),
            pausing={
                **DEFAULT_PAUSING,
                **{Metric(m): frozenset(Status(s) for s in st) for m, st in pausing.items()},
            },
        )
    except PolicyError as exc:
        raise RuleError("targets", str(exc)) from exc


@dataclass(frozen=True)
class Classification:
    """What a policy's conditions look at."""

    type: str
    category_id: int | None
    organization_id: int | None
    channel: str


CONDITION_FIELDS = {
    "types": "type",
    "category_ids": "category_id",
    "organization_ids": "organization_id",
    "channels": "channel",
}


def matches(conditions: Mapping[str, Sequence[Any]], ticket: Classification) -> bool:
    """Every condition given holds; an empty or missing one matches anything."""
    return all(
        not conditions.get(key) or getattr(ticket, attribute) in conditions[key]
        for key, attribute in CONDITION_FIELDS.items()
    )


def first_match(
    ordered: Sequence[tuple[int, int, Mapping[str, Sequence[Any]]]], ticket: Classification
) -> tuple[int, int] | None:
    """(policy id, version) of the first (id, version, conditions) that matches, if any."""
    for policy_id, version, conditions in ordered:
        if matches(conditions, ticket):
            return policy_id, version
    return None
