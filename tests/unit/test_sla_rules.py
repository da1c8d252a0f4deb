"""Stored calendar and policy versions to engine objects, policy matching, and the scan's rules."""

from datetime import UTC, datetime, timedelta

import pytest

from api.sla.alerts import AlertKind, due_alerts, next_check_at
from api.sla.clock import WALL_CLOCK
from api.sla.engine import compute_sla
from api.sla.events import CommentAdded, PolicyApplied, StatusChanged, TicketCreated
from api.sla.policy import Metric, PolicyRef
from api.sla.rules import Classification, RuleError, calendar_of, first_match, policy_of
from api.ticket.lifecycle import Status
from api.ticket.priority import Priority
from api.user.roles import Role

T0 = datetime(2026, 11, 23, 9, tzinfo=UTC)
HOUR = 3600


def test_calendar_errors_name_their_field() -> None:
    week = [["09:00-18:00"]] * 5 + [[], []]
    with pytest.raises(RuleError) as bad_zone:
        calendar_of(1, 1, "Mars/Olympus", week, [], {})
    assert bad_zone.value.field == "zone"
    with pytest.raises(RuleError) as overlap:
        calendar_of(1, 1, "UTC", [["09:00-12:00", "11:00-13:00"]] + [[]] * 6, [], {})
    assert (overlap.value.field, overlap.value.message) == ("week.0", "open hours overlap")
    with pytest.raises(RuleError) as override:
        calendar_of(1, 1, "UTC", week, [], {"2026-12-24": ["13:00-09:00"]})
    assert override.value.field == "overrides.2026-12-24"
    calendar = calendar_of(
        1, 2, "Europe/Rome", week, ["2026-12-08"], {"2026-12-24": ["09:00-13:00"]}
    )
    assert calendar.ref.version == 2
    assert calendar.hours_on(datetime(2026, 12, 8).date()) == ()


def test_policy_errors_name_their_field() -> None:
    with pytest.raises(RuleError) as zero:
        policy_of(1, 1, None, {"high": {"first_reply": 0}}, {})
    assert zero.value.field == "targets.high.first_reply"
    with pytest.raises(RuleError) as final:
        policy_of(1, 1, None, {"high": {"resolution": HOUR}}, {"resolution": ["closed"]})
    assert final.value.field == "pausing.resolution"
    policy = policy_of(3, 2, (7, 1), {"high": {"resolution": HOUR}}, {"first_reply": ["pending"]})
    assert policy.pauses(Metric.first_reply, Status.pending)
    assert policy.pauses(Metric.resolution, Status.pending)  # the default is kept


def test_the_first_matching_policy_wins() -> None:
    ordered = [
        (1, 3, {"types": ["incident"], "channels": ["phone"]}),
        (2, 1, {"organization_ids": [5]}),
        (3, 2, {}),
    ]
    phone_incident = Classification("incident", None, None, "phone")
    assert first_match(ordered, phone_incident) == (1, 3)
    assert first_match(ordered, Classification("incident", 4, 5, "web")) == (2, 1)
    assert first_match(ordered, Classification("question", None, None, "web")) == (3, 2)
    assert first_match(ordered[:2], Classification("question", None, None, "web")) is None


def test_alerts_are_due_once_per_instance() -> None:
    policy = policy_of(1, 1, None, {"medium": {"first_reply": 4 * HOUR}}, {})
    events = [
        TicketCreated(T0, Priority.medium),
        PolicyApplied(T0, PolicyRef("1", 1)),
    ]
    percent = {PolicyRef("1", 1): 75}.__getitem__
    clock = {PolicyRef("1", 1): WALL_CLOCK}.__getitem__

    early = compute_sla(events, [policy], [], T0 + timedelta(hours=1))
    assert due_alerts(early, set(), percent) == []
    assert next_check_at(early, set(), percent, clock) == T0 + timedelta(hours=3)

    warned = compute_sla(events, [policy], [], T0 + timedelta(hours=3, minutes=1))
    assert [a.kind for a in due_alerts(warned, set(), percent)] == [AlertKind.warning]
    written = {("first_reply", 1, "warning")}
    assert due_alerts(warned, written, percent) == []
    assert next_check_at(warned, written, percent, clock) == T0 + timedelta(hours=4)

    late = compute_sla(events, [policy], [], T0 + timedelta(hours=5))
    assert [a.kind for a in due_alerts(late, written, percent)] == [AlertKind.breached]
    written.add(("first_reply", 1, "breached"))
    assert next_check_at(late, written, percent, clock) is None

    answered = [*events, CommentAdded(T0 + timedelta(hours=1), Role.agent)]
    done = compute_sla(answered, [policy], [], T0 + timedelta(hours=5))
    assert due_alerts(done, set(), percent) == []
    assert next_check_at(done, set(), percent, clock) is None

    # a paused clock needs no check until it runs again
    paused = [*events, StatusChanged(T0, Status.pending)]
    resolution = policy_of(1, 1, None, {"medium": {"resolution": 4 * HOUR}}, {})
    waiting = compute_sla(paused, [resolution], [], T0 + timedelta(hours=5))
    assert next_check_at(waiting, set(), percent, clock) is None
