"""SLA calendars, policies, the ticket's SLA columns and report, and the deadline scan."""

import threading
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

from api.db.session import transaction
from api.demo.sla import load_sla
from api.sla.scan import SlaAlert, scan_deadlines
from api.user.models import User
from tests.api.conftest import Person, World
from tests.api.test_query_budget import Statements

HOUR = 3600
ROME = {
    "name": "Rome office",
    "zone": "Europe/Rome",
    "week": [["09:00-18:00"]] * 5 + [[], []],
    "holidays": ["2026-12-08", "2026-12-25"],
    "overrides": [{"date": "2026-12-24", "hours": ["09:00-13:00"]}],
}


def _targets(first: int, resolution: int) -> dict[str, dict[str, int]]:
    return {
        p: {"first_reply": first * f, "resolution": resolution * f}
        for p, f in (("critical", 1), ("high", 2), ("medium", 4), ("low", 8))
    }


def _policy(**fields: Any) -> dict[str, Any]:
    return {"name": "Round the clock", "targets": _targets(HOUR, 4 * HOUR)} | fields


def _post(client: TestClient, path: str, who: Person, body: Any, expected: int = 201) -> Any:
    response = client.post(f"/api/v1/sla/{path}", json=body, headers=who.headers)
    assert response.status_code == expected, response.text
    return response.json()


def _errors(response: Any) -> dict[str, str]:
    assert response.status_code == 422, response.text
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def _sla(client: TestClient, who: Person, number: int) -> Any:
    response = client.get(f"/api/v1/tickets/{number}/sla", headers=who.headers)
    assert response.status_code == 200, response.text
    return response.json()


def _ticket(client: TestClient, world: World, number: int) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{number}", headers=world.agent.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_calendars_are_versioned_and_validated(client: TestClient, world: World) -> None:
    sup = world.supervisor
    created = _post(client, "calendars", sup, ROME)
    assert (created["version"], created["zone"]) == (1, "Europe/Rome")
    path = f"/api/v1/sla/calendars/{created['id']}"
    first = client.get(path, headers=sup.headers)
    etag = first.headers["ETag"]

    changed = ROME | {"holidays": ["2026-12-08"]}
    second = client.put(path, json=changed, headers=sup.headers | {"If-Match": etag})
    assert second.status_code == 200, second.text
    assert (second.json()["version"], second.json()["holidays"]) == (2, ["2026-12-08"])
    stale = client.put(path, json=changed, headers=sup.headers | {"If-Match": etag})
    assert stale.status_code == 412
    old = client.get(f"{path}/versions/1", headers=sup.headers).json()
    assert old["holidays"] == ["2026-12-08", "2026-12-25"]

    post = lambda body: client.post("/api/v1/sla/calendars", json=body, headers=sup.headers)  # noqa: E731
    assert "zone" in _errors(post(ROME | {"zone": "Europe/Atlantis"}))
    overlap = ROME | {"week": [["09:00-13:00", "12:00-18:00"]] + [[]] * 6}
    assert _errors(post(overlap)) == {"week.0": "open hours overlap"}
    assert "week.2" in _errors(post(ROME | {"week": [[], [], ["18:00-09:00"]] + [[]] * 4}))
    bad_override = ROME | {"overrides": [{"date": "2026-12-24", "hours": ["25:00-26:00"]}]}
    assert "overrides.0.hours" in _errors(post(bad_override))
    assert "week" in _errors(post(ROME | {"week": [[]] * 6}))
    # agents read, but do not manage
    assert client.get("/api/v1/sla/calendars", headers=world.agent.headers).status_code == 200
    refused = client.post("/api/v1/sla/calendars", json=ROME, headers=world.agent.headers)
    assert refused.status_code == 403
    customer = client.get("/api/v1/sla/calendars", headers=world.alice.headers)
    assert customer.status_code == 403


def test_policies_are_versioned_ordered_and_validated(client: TestClient, world: World) -> None:
    sup = world.supervisor
    calendar = _post(client, "calendars", sup, ROME)
    standard = _post(client, "policies", sup, _policy(name="Standard", calendar_id=calendar["id"]))
    assert (standard["calendar_id"], standard["calendar_version"]) == (calendar["id"], 1)
    deactivate = f"/api/v1/sla/calendars/{calendar['id']}/deactivate"
    assert client.post(deactivate, headers=sup.headers).status_code == 409  # Standard runs on it
    vip = _post(client, "policies", sup, _policy(name="VIP", conditions={"types": ["incident"]}))
    assert vip["position"] > standard["position"]

    path = f"/api/v1/sla/policies/{standard['id']}"
    etag = client.get(path, headers=sup.headers).headers["ETag"]
    renamed = client.put(
        path, json=_policy(name="Standard v2"), headers=sup.headers | {"If-Match": etag}
    )
    assert renamed.status_code == 200
    assert renamed.json()["version"] == 2
    assert client.get(f"{path}/versions/1", headers=sup.headers).json()["name"] == "Standard"
    assert (
        client.put(path, json=_policy(), headers=sup.headers | {"If-Match": etag}).status_code
        == 412
    )

    order = client.put(
        "/api/v1/sla/policies/order",
        json={"policy_ids": [vip["id"], standard["id"]]},
        headers=sup.headers,
    )
    assert [p["name"] for p in order.json()["items"]] == ["VIP", "Standard v2"]
    partial = client.put(
        "/api/v1/sla/policies/order", json={"policy_ids": [vip["id"]]}, headers=sup.headers
    )
    assert "policy_ids" in _errors(partial)

    post = lambda body: client.post("/api/v1/sla/policies", json=body, headers=sup.headers)  # noqa: E731
    zero = _policy(targets={"high": {"first_reply": 0}})
    assert _errors(post(zero)) == {"targets.high.first_reply": "must be positive"}
    final = _policy(pausing={"resolution": ["pending", "closed"]})
    assert "pausing.resolution" in _errors(post(final))
    assert "calendar_id" in _errors(post(_policy(calendar_id=999_999)))
    assert "targets.urgent" in ",".join(_errors(post(_policy(targets={"urgent": {}}))))

    # Standard v2 runs on wall-clock time: nothing active uses the calendar any more
    retired = client.post(f"/api/v1/sla/calendars/{calendar['id']}/deactivate", headers=sup.headers)
    assert retired.status_code == 204
    deactivated = client.post(f"/api/v1/sla/policies/{vip['id']}/deactivate", headers=sup.headers)
    assert deactivated.status_code == 204
    listed = client.get("/api/v1/sla/policies", headers=sup.headers).json()["items"]
    assert [(p["name"], p["active"]) for p in listed] == [("Standard v2", True), ("VIP", False)]


def test_policy_applies_on_create_and_reclassification(client: TestClient, world: World) -> None:
    sup = world.supervisor
    requests = _post(
        client,
        "policies",
        sup,
        _policy(name="Requests", conditions={"types": ["service_request"]}),
    )
    anything = _post(client, "policies", sup, _policy(name="Everything else"))
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id, type="incident")
    assert ticket["sla"]["policy_id"] == anything["id"]
    due = _instant(ticket["sla"]["due_at"])
    created = _instant(ticket["created_at"])
    assert due == created + timedelta(hours=4)  # medium first reply, wall clock
    # the column is what the next reader gets: it was written in the creating transaction
    assert _ticket(client, world, ticket["number"])["sla"]["due_at"] == ticket["sla"]["due_at"]

    number = ticket["number"]
    changed = client.patch(
        f"/api/v1/tickets/{number}", json={"type": "service_request"}, headers=world.agent.headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["sla"]["policy_id"] == requests["id"]
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    applied = [e["data"] for e in events["items"] if e["kind"] == "sla_policy_applied"]
    assert applied == [
        {"policy_id": anything["id"], "version": 1, "name": anything["name"]},
        {"policy_id": requests["id"], "version": 1, "name": requests["name"]},
    ]
    # the requester's history does not show the team's SLA bookkeeping
    mine = client.get(f"/api/v1/tickets/{number}/events", headers=world.alice.headers).json()
    assert not [e for e in mine["items"] if e["kind"].startswith("sla_")]

    # a new version of the policy does not move tickets that have the old one
    client.put(
        f"/api/v1/sla/policies/{requests['id']}",
        json=_policy(
            name="Requests",
            conditions={"types": ["service_request"]},
            targets=_targets(2 * HOUR, 8 * HOUR),
        ),
        headers=sup.headers,
    )
    comment = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": "On it."}, headers=world.agent.headers
    )
    assert comment.status_code == 201
    report = _sla(client, world.agent, number)
    assert (report["policy"]["id"], report["policy"]["version"]) == (requests["id"], 1)
    first = next(i for i in report["instances"] if i["metric"] == "first_reply")
    assert first["status"] == "achieved"
    assert first["target_seconds"] == 4 * HOUR


def test_no_policy_no_sla(client: TestClient, world: World) -> None:
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id)
    assert ticket["sla"] is None
    report = _sla(client, world.agent, ticket["number"])
    assert report["policy"] is None
    assert report["next_due_at"] is None


def test_report_explains_a_priority_raise_and_customers_cannot_see_it(
    client: TestClient, world: World
) -> None:
    _post(client, "policies", world.supervisor, _policy(name="Standard"))
    ticket = world.open_ticket(client, world.alice)
    number = ticket["number"]
    raised = client.patch(
        f"/api/v1/tickets/{number}",
        json={"priority": "critical", "priority_reason": "Whole floor down"},
        headers=world.agent.headers,
    )
    assert raised.status_code == 200
    due = _instant(raised.json()["sla"]["due_at"])
    assert due == _instant(ticket["created_at"]) + timedelta(hours=1)

    report = _sla(client, world.agent, number)
    assert report["policy"]["name"] == "Standard"
    moved = [c for c in report["changes"] if c["cause"] == "priority_changed"]
    assert {
        (c["metric"], c["value"], c["from_target_seconds"], c["to_target_seconds"]) for c in moved
    } == {
        ("first_reply", "critical", 4 * HOUR, HOUR),
        ("resolution", "critical", 16 * HOUR, 4 * HOUR),
    }
    first = next(i for i in report["instances"] if i["metric"] == "first_reply")
    assert first["status"] == "active"
    assert first["target_seconds"] == HOUR
    assert 0 <= first["elapsed_seconds"] < 60

    assert (
        client.get(f"/api/v1/tickets/{number}/sla", headers=world.alice.headers).status_code == 404
    )
    mine = client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers).json()
    assert "sla" not in mine


def test_pending_pauses_and_the_queue_sorts_by_deadline(client: TestClient, world: World) -> None:
    _post(client, "policies", world.supervisor, _policy())
    agent = world.agent
    low = world.open_ticket(
        client, agent, requester_id=world.alice.id, priority="low", priority_reason="cosmetic"
    )
    critical = world.open_ticket(
        client, agent, requester_id=world.alice.id, priority="critical", priority_reason="down"
    )
    medium = world.open_ticket(client, agent, requester_id=world.alice.id)
    # no clock but resolution left on `medium` once answered and pending: paused
    client.post(
        f"/api/v1/tickets/{medium['number']}/comments",
        json={"body": "Try this."},
        headers=agent.headers,
    )
    for status in ("open", "pending"):
        r = client.patch(
            f"/api/v1/tickets/{medium['number']}", json={"status": status}, headers=agent.headers
        )
        assert r.status_code == 200, r.text
    client.post(
        f"/api/v1/tickets/{medium['number']}/comments", json={"body": "ok"}, headers=agent.headers
    )
    paused = _ticket(client, world, medium["number"])["sla"]
    assert paused["paused"] is True, paused

    page = client.get("/api/v1/tickets?sort=sla_due_at&limit=1", headers=agent.headers).json()
    numbers = [page["items"][0]["number"]]
    while page["next_cursor"]:
        page = client.get(
            f"/api/v1/tickets?sort=sla_due_at&limit=1&cursor={page['next_cursor']}",
            headers=agent.headers,
        ).json()
        numbers += [t["number"] for t in page["items"]]
    assert numbers[:2] == [critical["number"], low["number"]]
    assert len(numbers) == 3  # the paused one has no deadline: last, not lost

    paused_only = client.get("/api/v1/tickets?sla=paused", headers=agent.headers).json()
    assert [t["number"] for t in paused_only["items"]] == [medium["number"]]
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat().replace("+00:00", "Z")
    due_soon = client.get(
        "/api/v1/tickets", params={"sla_due_before": soon}, headers=agent.headers
    ).json()
    assert [t["number"] for t in due_soon["items"]] == [critical["number"]]
    for query in ("sort=sla_due_at", "sla=breached"):
        refused = client.get(f"/api/v1/tickets?{query}", headers=world.alice.headers)
        assert refused.status_code == 422


def _scan(app: FastAPI, now: datetime) -> list[SlaAlert]:
    with transaction(app.state.db) as session:
        return scan_deadlines(session, now)


def test_the_scan_warns_and_breaches_once(client: TestClient, world: World, app: FastAPI) -> None:
    _post(client, "policies", world.supervisor, _policy(warning_percent=50))
    ticket = world.open_ticket(
        client,
        world.agent,
        requester_id=world.alice.id,
        priority="critical",
        priority_reason="down",
    )
    number, created = ticket["number"], _instant(ticket["created_at"])
    assert _scan(app, created + timedelta(minutes=10)) == []
    warned = _scan(app, created + timedelta(minutes=40))
    assert {(a.metric, a.kind) for a in warned} == {("first_reply", "warning")}
    assert _scan(app, created + timedelta(minutes=41)) == []
    breached = _scan(app, created + timedelta(minutes=70))
    assert {(a.metric, a.instance, a.kind) for a in breached} == {("first_reply", 1, "breached")}
    assert _scan(app, created + timedelta(minutes=80)) == []
    state = _ticket(client, world, number)["sla"]
    assert state["breached"] is True
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers).json()
    kinds = [e["kind"] for e in events["items"] if e["kind"] in ("sla_warning", "sla_breached")]
    assert kinds == ["sla_warning", "sla_breached"]
    listed = client.get("/api/v1/tickets?sla=breached", headers=world.agent.headers).json()
    assert [t["number"] for t in listed["items"]] == [number]


def test_two_concurrent_scans_write_each_alert_once(
    client: TestClient, world: World, app: FastAPI, database_url: str
) -> None:
    _post(client, "policies", world.supervisor, _policy())
    tickets = [
        world.open_ticket(
            client,
            world.agent,
            requester_id=world.alice.id,
            priority="critical",
            priority_reason="down",
        )
        for _ in range(4)
    ]
    later = _instant(tickets[-1]["created_at"]) + timedelta(hours=5)
    results: list[list[SlaAlert]] = []
    if database_url.startswith("postgresql"):
        barrier = threading.Barrier(2)

        def run() -> None:
            barrier.wait()
            results.append(_scan(app, later))

        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:  # SQLite serializes writers: the second scan finds the first one's alerts
        results += [_scan(app, later), _scan(app, later)]
    written = results[0] + results[1]
    # first reply and resolution each breached on each ticket (found past its target: no
    # warning first), written once
    assert len(written) == 4 * 2
    assert len(set(written)) == len(written)
    for t in tickets:
        events = client.get(
            f"/api/v1/tickets/{t['number']}/events", headers=world.agent.headers
        ).json()["items"]
        alerts = [
            (e["data"]["metric"], e["kind"])
            for e in events
            if e["kind"].startswith("sla_w") or e["kind"] == "sla_breached"
        ]
        assert sorted(alerts) == sorted((m, "sla_breached") for m in ("first_reply", "resolution"))


def test_a_priority_raise_retargets_the_scan(
    client: TestClient, world: World, app: FastAPI
) -> None:
    _post(client, "policies", world.supervisor, _policy())
    ticket = world.open_ticket(client, world.alice)
    number, created = ticket["number"], _instant(ticket["created_at"])
    # medium: first reply 4 h, so nothing is due two hours in
    assert [a for a in _scan(app, created + timedelta(hours=2)) if a.kind == "breached"] == []
    raised = client.patch(
        f"/api/v1/tickets/{number}",
        json={"priority": "critical", "priority_reason": "Payroll stopped"},
        headers=world.agent.headers,
    )
    assert raised.status_code == 200
    breached = _scan(app, created + timedelta(hours=2))
    assert ("first_reply", 1, "breached") in {(a.metric, a.instance, a.kind) for a in breached}
    report = _sla(client, world.agent, number)
    first = next(i for i in report["instances"] if i["metric"] == "first_reply")
    # breached one hour after creation under the target in force since the raise
    assert _instant(first["due_at"]) == created + timedelta(hours=1)
    assert any(
        c["cause"] == "priority_changed"
        and c["metric"] == "first_reply"
        and c["value"] == "critical"
        for c in report["changes"]
    )


def test_the_demo_service_level_counts_business_hours(
    client: TestClient, world: World, app: FastAPI
) -> None:
    with transaction(app.state.db) as session:
        supervisor = session.get(User, world.supervisor.id)
        assert supervisor is not None
        load_sla(session, supervisor, datetime.now(UTC))
    names = [
        p["name"]
        for p in client.get("/api/v1/sla/policies", headers=world.agent.headers).json()["items"]
    ]
    assert names == ["Standard"]
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id)
    due = _instant(ticket["sla"]["due_at"]).astimezone(ZoneInfo("Europe/Rome"))
    # 8 business hours later: inside the Rome office's hours, on a working day
    assert due.weekday() < 5
    assert time(9) < due.time() <= time(18)
    report = _sla(client, world.agent, ticket["number"])
    assert report["policy"]["zone"] == "Europe/Rome"
    assert report["policy"]["calendar_name"] == "Rome office"


def test_keeping_the_sla_does_not_grow_with_the_thread(
    client: TestClient, world: World, app: FastAPI
) -> None:
    _post(client, "policies", world.supervisor, _policy(calendar_id=None))
    recorded = Statements()
    event.listen(app.state.db.engine, "before_cursor_execute", recorded)
    try:
        counts = []
        for replies in (1, 12):
            ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id)
            path = f"/api/v1/tickets/{ticket['number']}/comments"
            for n in range(replies):
                who = world.agent if n % 2 == 0 else world.alice
                client.post(path, json={"body": f"Reply {n}"}, headers=who.headers)
            with recorded.recording() as statements:
                done = client.post(path, json={"body": "Noted."}, headers=world.agent.headers)
            assert done.status_code == 201
            counts.append(len(statements))
    finally:
        event.remove(app.state.db.engine, "before_cursor_execute", recorded)
    # the comment's own 6; the subscribers' 4: its email and the job that sends it, the webhook
    # subscriptions, the report row's upsert (a comment reopens nothing to count); then the
    # SLA: the events, the ticket's columns (the policy version comes from the worker's copy,
    # checked by the configuration's token read with the bearer token; the report row reuses
    # what these computed)
    assert counts[0] == counts[1] == 6 + 4 + 1


def test_only_what_moves_a_clock_replays_the_history(
    client: TestClient, world: World, app: FastAPI
) -> None:
    _post(client, "policies", world.supervisor, _policy(calendar_id=None))
    ticket = world.open_ticket(client, world.agent, requester_id=world.alice.id)
    path = f"/api/v1/tickets/{ticket['number']}/comments"
    due_before = _ticket(client, world, ticket["number"])["sla"]["due_at"]
    recorded = Statements()
    event.listen(app.state.db.engine, "before_cursor_execute", recorded)

    def replays(comment: dict[str, Any]) -> bool:
        with recorded.recording() as statements:
            response = client.post(path, json=comment, headers=world.agent.headers)
        assert response.status_code == 201, response.text
        return any(s.startswith("SELECT ticket_event") for s in statements)

    try:
        note = replays({"body": "Checked the logs.", "internal": True})
        due_after_note = _ticket(client, world, ticket["number"])["sla"]["due_at"]
        reply = replays({"body": "Fixed, please try again."})
    finally:
        event.remove(app.state.db.engine, "before_cursor_execute", recorded)
    # An internal note moves no clock: no replay, the deadline stays.
    assert note is False
    assert due_after_note == due_before
    # The agent's public reply meets the first-reply target: replayed, the next deadline moves.
    assert reply is True
    after = _ticket(client, world, ticket["number"])["sla"]
    assert after["due_at"] != due_before
    report = _sla(client, world.agent, ticket["number"])
    first = [i for i in report["instances"] if i["metric"] == "first_reply"]
    assert [i["status"] for i in first] == ["achieved"]


def test_a_new_ticket_is_written_with_its_sla(
    client: TestClient, world: World, app: FastAPI
) -> None:
    body = {"subject": "Printer jams", "description": "Tray 2.", "impact": "medium"}

    def create() -> tuple[dict[str, Any], list[str]]:
        with recorded.recording() as statements:
            response = client.post("/api/v1/tickets", json=body, headers=world.alice.headers)
        assert response.status_code == 201, response.text
        return response.json(), list(statements)

    recorded = Statements()
    event.listen(app.state.db.engine, "before_cursor_execute", recorded)
    try:
        create()  # the worker's copy of the configuration, read once
        untracked, without_policy = create()
        _post(client, "policies", world.supervisor, _policy(calendar_id=None))
        create()  # the new configuration, read once
        ticket, with_policy = create()
    finally:
        event.remove(app.state.db.engine, "before_cursor_execute", recorded)

    assert _ticket(client, world, untracked["number"])["sla"] is None
    # Medium: a first reply within 4 hours, on the wall clock (the customer's view has no SLA).
    seen = _ticket(client, world, ticket["number"])
    assert _instant(seen["sla"]["due_at"]) == _instant(seen["created_at"]) + timedelta(hours=4)
    report = _sla(client, world.agent, ticket["number"])
    assert report["policy"]["name"] == "Round the clock"
    timed = {i["metric"] for i in report["instances"] if i["target_seconds"] is not None}
    assert timed == {"first_reply", "resolution"}
    # What the replay of its history gives now is what was written with the ticket.
    assert _instant(report["next_due_at"]) == _instant(seen["sla"]["due_at"])
    events = client.get(
        f"/api/v1/tickets/{ticket['number']}/events", headers=world.agent.headers
    ).json()["items"]
    assert [e["kind"] for e in events] == ["created", "sla_policy_applied"]

    # The policy and the SLA columns ride in the statements a ticket takes anyway, its event
    # beside "created" (in the same INSERT on PostgreSQL; SQLite's driver sends one per row).
    def besides_events(statements: list[str]) -> list[str]:
        return [s for s in statements if not s.startswith("INSERT INTO ticket_event")]

    assert len(besides_events(with_policy)) == len(besides_events(without_policy)), with_policy
    assert not [s for s in with_policy if s.startswith(("SELECT ticket_event", "UPDATE ticket "))]


def test_odd_hours_zones_and_unreachable_targets_are_422s(client: TestClient, world: World) -> None:
    sup = world.supervisor
    post = lambda path, body: client.post(f"/api/v1/sla/{path}", json=body, headers=sup.headers)  # noqa: E731
    assert "zone" in _errors(post("calendars", ROME | {"zone": "Europe"}))
    assert "week.0" in _errors(post("calendars", ROME | {"week": [["²9:00-18:00"]] + [[]] * 6}))
    hour_a_week = _post(client, "calendars", sup, ROME | {"week": [["09:00-10:00"]] + [[]] * 6})
    year = 366 * 24 * HOUR
    unreachable = _policy(calendar_id=hour_a_week["id"], targets={"low": {"resolution": year}})
    assert "targets.low.resolution" in _errors(post("policies", unreachable))
    too_long = _policy(targets={"low": {"resolution": year + 1}})
    assert "targets.low.resolution" in _errors(post("policies", too_long))
    as_number = ROME | {"overrides": [{"date": 0, "hours": []}], "holidays": [0]}
    assert {"overrides.0.date", "holidays.0"} <= set(_errors(post("calendars", as_number)))
    huge_id = _policy(conditions={"organization_ids": [2**31]})
    assert "conditions.organization_ids" in _errors(post("policies", huge_id))
