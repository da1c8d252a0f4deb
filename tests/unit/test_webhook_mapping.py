"""Which webhook events a transaction's ticket events make."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from api.webhook.kinds import WebhookEventType as T
from api.webhook.mapping import webhook_events

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@dataclass
class Event:
    kind: str
    ticket_id: int = 7
    field: str | None = None
    from_value: str | None = None
    to_value: str | None = None
    data: Mapping[str, Any] | None = None
    public: bool = False
    created_at: datetime = AT


def types(*events: Event) -> list[T]:
    return [e.type for e in webhook_events(events)]


def test_an_internal_note_makes_nothing_and_a_public_comment_makes_commented() -> None:
    note = Event("commented", data={"comment_id": 3, "internal": True}, public=False)
    assert webhook_events([note]) == []
    # Even an event wrongly marked public stays silent if its data says internal.
    assert (
        webhook_events([Event("commented", data={"comment_id": 3, "internal": True}, public=True)])
        == []
    )
    [reply] = webhook_events(
        [Event("commented", data={"comment_id": 4, "internal": False}, public=True)]
    )
    assert (reply.type, reply.comment_id, reply.data) == (T.ticket_commented, 4, {})


def test_a_new_ticket_makes_created_alone() -> None:
    events = [
        Event("created", public=True),
        Event("priority_changed", field="priority", from_value="low", to_value="high"),
        Event("assigned", data={"to_team_id": 1, "to_agent_id": 2}),
        Event("status_changed", field="status", from_value="new", to_value="assigned"),
    ]
    assert types(*events) == [T.ticket_created]
    other = Event("assigned", ticket_id=8, data={"to_team_id": 1, "to_agent_id": None})
    assert types(*events, other) == [T.ticket_created, T.ticket_assigned]


def test_resolving_and_closing_make_their_own_events_after_the_status_change() -> None:
    resolved = Event(
        "status_changed",
        field="status",
        from_value="in_progress",
        to_value="resolved",
        data={"closure": "resolved"},
    )
    closed = Event("status_changed", field="status", from_value="resolved", to_value="closed")
    reopened = Event("reopened", field="status", from_value="resolved", to_value="in_progress")
    made = webhook_events([resolved, closed, reopened])
    assert [e.type for e in made] == [
        T.ticket_status_changed,
        T.ticket_resolved,
        T.ticket_status_changed,
        T.ticket_closed,
        T.ticket_status_changed,
    ]
    assert made[0].data == {"from": "in_progress", "to": "resolved"}
    assert made[1].data == {"closure": "resolved"}


def test_field_changes_make_one_update_per_ticket_without_long_text() -> None:
    made = webhook_events(
        [
            Event("subject_changed", field="subject", from_value="Old", to_value="New"),
            Event(
                "description_changed",
                field="description",
                from_value="secret a",
                to_value="secret b",
            ),
            Event(
                "priority_changed", field="priority", from_value="low", to_value="high", ticket_id=9
            ),
            Event("details_changed", field="details", from_value="{}", to_value="{'x': 1}"),
        ]
    )
    assert [(e.type, e.ticket_id) for e in made] == [(T.ticket_updated, 7), (T.ticket_updated, 9)]
    assert made[0].data == {
        "changes": [
            {"field": "subject", "from": "Old", "to": "New"},
            {"field": "description"},
            {"field": "details"},
        ]
    }
    assert "secret" not in repr(made)


def test_assignment_and_sla_breach() -> None:
    breach = Event(
        "sla_breached",
        data={
            "metric": "first_reply",
            "n": 1,
            "due_at": "2026-12-01T08:00:00+00:00",
            "target_seconds": 3600,
            "elapsed_seconds": 3700,
        },
    )
    assigned = Event("unassigned", data={"to_team_id": None, "to_agent_id": None})
    made = webhook_events([breach, assigned, Event("sla_warning", data={"metric": "first_reply"})])
    assert [e.type for e in made] == [T.sla_breached, T.ticket_assigned]
    assert made[0].data["sla"]["metric"] == "first_reply"
    assert made[1].data == {"team_id": None, "assignee_id": None}


def test_events_webhooks_do_not_tell_of_make_nothing() -> None:
    for kind in ("watcher_added", "attachment_added", "linked", "sla_warning", "escalated"):
        assert webhook_events([Event(kind)]) == []
