"""Webhooks through the HTTP API: administrators subscribe URLs to ticket events, deliveries
are written with the change and sent, signed, to a real receiver started by the test."""

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.core.clock import utcnow
from api.core.config import Settings
from api.db.session import transaction
from api.webhook import sending
from api.webhook.models import WebhookDelivery
from api.webhook.signing import verify
from tests.api.conftest import Person, World
from tests.api.test_sla import _instant, _policy, _post, _sla
from tests.api.test_sla_escalation import run_scan_task
from tests.webhook_receiver import Receiver, receiving

PUBLIC_URL = "https://93.184.215.14/hooks/sportello"  # an address literal: no DNS needed
ALL_TICKET_EVENTS = [
    "ticket.created",
    "ticket.updated",
    "ticket.commented",
    "ticket.status_changed",
    "ticket.resolved",
    "ticket.closed",
    "ticket.assigned",
    "sla.breached",
]


def problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    return body


def subscribe(
    client: TestClient, admin: Person, url: str = PUBLIC_URL, events: list[str] | None = None
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/webhooks",
        json={"url": url, "event_types": events or ALL_TICKET_EVENTS, "description": "Chat"},
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def deliveries(client: TestClient, admin: Person, webhook_id: int, **params: Any) -> list[Any]:
    response = client.get(
        f"/api/v1/webhooks/{webhook_id}/deliveries", params=params, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


def detail(client: TestClient, admin: Person, webhook_id: int, delivery_id: int) -> Any:
    url = f"/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}"
    response = client.get(url, headers=admin.headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def private_allowed(app: FastAPI) -> Iterator[Settings]:
    """As an on-premise install with SPORTELLO_WEBHOOK_ALLOW_PRIVATE=1 (the receiver is local)."""
    default: Settings = app.state.settings
    app.state.settings = default.model_copy(update={"webhook_allow_private": True})
    try:
        yield app.state.settings
    finally:
        app.state.settings = default


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as running:
        yield running


def attempt(app: FastAPI, settings: Settings, delivery_id: int, number: int) -> None:
    """What the `webhook.deliver` job does for that attempt."""
    with transaction(app.state.db) as session:
        sending.deliver(session, utcnow(), settings, delivery_id=delivery_id, attempt=number)


def test_an_admin_subscribes_and_sees_the_secret_only_once(
    client: TestClient, admin: Person
) -> None:
    made = subscribe(client, admin, events=["ticket.created", "ticket.commented"])
    assert made["secret"].startswith("whsec_")
    assert made["active"] is True
    assert made["event_types"] == ["ticket.created", "ticket.commented"]
    one = client.get(f"/api/v1/webhooks/{made['id']}", headers=admin.headers)
    assert one.status_code == 200
    assert "secret" not in one.json()
    assert one.headers["etag"] == f'"webhook-{made["id"]}-v1"'
    listed = client.get("/api/v1/webhooks", headers=admin.headers).json()["items"]
    assert [w["id"] for w in listed] == [made["id"]]
    assert made["secret"] not in json.dumps(listed)

    rotated = client.post(f"/api/v1/webhooks/{made['id']}/rotate-secret", headers=admin.headers)
    assert rotated.status_code == 200, rotated.text
    assert rotated.json()["secret"].startswith("whsec_")
    assert rotated.json()["secret"] != made["secret"]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://localhost/hook", "loopback"),
        ("http://[::1]/hook", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.7/hook", "private"),
        ("http://192.168.1.20/hook", "private"),
        ("http://[fd00::1]/hook", "private"),
        ("http://[::ffff:10.0.0.1]/hook", "private"),
        ("http://0.0.0.0/hook", "unspecified"),
        ("ftp://93.184.215.14/hook", "http"),
        ("https://user:pw@93.184.215.14/hook", "password"),
    ],
)
def test_private_loopback_and_link_local_targets_are_refused_at_creation(
    client: TestClient, admin: Person, url: str, why: str
) -> None:
    refused = problem(
        client.post(
            "/api/v1/webhooks",
            json={"url": url, "event_types": ["ticket.created"]},
            headers=admin.headers,
        ),
        422,
    )
    [error] = refused["errors"]
    assert error["field"] == "url"
    assert why in error["message"]
    assert client.get("/api/v1/webhooks", headers=admin.headers).json()["items"] == []


def test_a_patch_to_a_private_url_is_refused_too(client: TestClient, admin: Person) -> None:
    made = subscribe(client, admin)
    refused = problem(
        client.patch(
            f"/api/v1/webhooks/{made['id']}",
            json={"url": "http://127.0.0.1/"},
            headers=admin.headers,
        ),
        422,
    )
    assert refused["errors"][0]["field"] == "url"


def test_the_setting_allows_private_targets_for_on_premise_installs(
    client: TestClient, admin: Person, private_allowed: Settings
) -> None:
    made = subscribe(client, admin, url="http://127.0.0.1:8080/hook")
    assert made["url"] == "http://127.0.0.1:8080/hook"
    # Schemes and credentials stay refused whatever the setting.
    problem(
        client.post(
            "/api/v1/webhooks",
            json={"url": "file:///etc/passwd", "event_types": ["ticket.created"]},
            headers=admin.headers,
        ),
        422,
    )


@pytest.mark.parametrize(
    "body",
    [
        {"url": PUBLIC_URL, "event_types": []},
        {"url": PUBLIC_URL, "event_types": ["ticket.created", "ticket.created"]},
        {"url": PUBLIC_URL, "event_types": ["ping"]},
        {"url": PUBLIC_URL, "event_types": ["ticket.deleted"]},
        {"url": PUBLIC_URL, "event_types": ["ticket.created"], "secret": "mine"},
        {"event_types": ["ticket.created"]},
    ],
)
def test_bad_subscriptions_are_422(client: TestClient, admin: Person, body: dict[str, Any]) -> None:
    problem(client.post("/api/v1/webhooks", json=body, headers=admin.headers), 422)


def test_edits_follow_if_match_and_turning_off_and_on(client: TestClient, admin: Person) -> None:
    made = subscribe(client, admin)
    url = f"/api/v1/webhooks/{made['id']}"
    changed = client.patch(
        url,
        json={"event_types": ["ticket.closed"]},
        headers=admin.headers | {"If-Match": f'"webhook-{made["id"]}-v1"'},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["event_types"] == ["ticket.closed"]
    stale = client.patch(
        url,
        json={"active": False},
        headers=admin.headers | {"If-Match": f'"webhook-{made["id"]}-v1"'},
    )
    problem(stale, 412)
    off = client.patch(url, json={"active": False}, headers=admin.headers).json()
    assert (off["active"], off["disabled_reason"]) == (False, "Turned off by an administrator.")
    problem(client.post(f"{url}/ping", headers=admin.headers), 409)
    on = client.patch(url, json={"active": True}, headers=admin.headers).json()
    assert (on["active"], on["disabled_reason"], on["consecutive_failures"]) == (True, None, 0)
    problem(client.patch(url, json={"active": None}, headers=admin.headers), 422)
    deleted = client.delete(url, headers=admin.headers)
    assert deleted.status_code == 204
    problem(client.get(url, headers=admin.headers), 404)


def test_nobody_but_an_admin_sees_or_changes_webhooks(client: TestClient, world: World) -> None:
    made = subscribe(client, world.admin)
    url = f"/api/v1/webhooks/{made['id']}"
    for person in (world.supervisor, world.agent, world.alice):
        problem(client.get("/api/v1/webhooks", headers=person.headers), 403)
        problem(
            client.post(
                "/api/v1/webhooks",
                json={"url": PUBLIC_URL, "event_types": ["ticket.created"]},
                headers=person.headers,
            ),
            403,
        )
        problem(client.get(url, headers=person.headers), 404)
        problem(client.patch(url, json={"active": False}, headers=person.headers), 404)
        problem(client.post(f"{url}/rotate-secret", headers=person.headers), 404)
        problem(client.post(f"{url}/ping", headers=person.headers), 404)
        problem(client.get(f"{url}/deliveries", headers=person.headers), 404)
        problem(client.delete(url, headers=person.headers), 404)
    problem(client.get("/api/v1/webhooks"), 401)
    problem(client.get(url, headers=world.admin.headers | {"Authorization": "Bearer nope"}), 401)


@pytest.mark.parametrize("webhook_id", [999_999, 0, -1, 2**31 - 1])
def test_unknown_webhooks_and_deliveries_are_404(
    client: TestClient, admin: Person, webhook_id: int
) -> None:
    problem(client.get(f"/api/v1/webhooks/{webhook_id}", headers=admin.headers), 404)
    made = subscribe(client, admin)
    problem(
        client.get(f"/api/v1/webhooks/{made['id']}/deliveries/{webhook_id}", headers=admin.headers),
        404,
    )


def test_ticket_changes_queue_deliveries_and_internal_notes_send_nothing(
    client: TestClient, world: World
) -> None:
    admin = world.admin
    everything = subscribe(client, admin)
    comments_only = subscribe(client, admin, events=["ticket.commented"])
    ticket = world.open_ticket(client)
    number = ticket["number"]
    note = "INTERNAL: the customer's password is hunter2"
    response = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": note, "internal": True},
        headers=world.agent.headers,
    )
    assert response.status_code == 201, response.text
    response = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "Could you restart it?"},
        headers=world.agent.headers,
    )
    assert response.status_code == 201, response.text
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": "Restarted."},
        headers=world.agent.headers,
    )
    assert response.status_code == 200, response.text

    made = deliveries(client, admin, everything["id"])
    assert [d["event_type"] for d in reversed(made)] == [
        "ticket.created",
        "ticket.commented",
        "ticket.status_changed",
        "ticket.resolved",
    ]
    assert {d["status"] for d in made} == {"pending"}
    assert len({d["event_id"] for d in made}) == 4
    only = deliveries(client, admin, comments_only["id"])
    assert [d["event_type"] for d in only] == ["ticket.commented"]
    assert only[0]["event_id"] != made[2]["event_id"]

    commented = detail(client, admin, everything["id"], made[2]["id"])
    payload = commented["payload"]
    assert payload["id"] == commented["event_id"]
    assert payload["type"] == "ticket.commented"
    assert payload["created_at"]
    assert payload["data"]["ticket"]["number"] == number
    assert payload["data"]["ticket"]["reference"] == f"HD-{number}"
    assert payload["data"]["ticket"]["version"] >= 1
    assert payload["data"]["comment"]["body"] == "Could you restart it?"
    assert "description" not in payload["data"]["ticket"]
    resolved = detail(client, admin, everything["id"], made[0]["id"])["payload"]
    assert resolved["data"]["ticket"]["status"] == "resolved"
    assert resolved["data"]["closure"] == "resolved"
    assert resolved["data"]["ticket"]["version"] > payload["data"]["ticket"]["version"]

    # Nowhere, in any delivery of any webhook, is the internal note's text.
    for webhook in (everything, comments_only):
        for item in deliveries(client, admin, webhook["id"]):
            body = json.dumps(detail(client, admin, webhook["id"], item["id"])["payload"])
            assert "hunter2" not in body

    filtered = deliveries(client, admin, everything["id"], event_type="ticket.resolved")
    assert [d["event_type"] for d in filtered] == ["ticket.resolved"]
    page = client.get(
        f"/api/v1/webhooks/{everything['id']}/deliveries",
        params={"limit": 3},
        headers=admin.headers,
    ).json()
    rest = deliveries(client, admin, everything["id"], limit=3, cursor=page["next_cursor"])
    assert [d["id"] for d in page["items"] + rest] == [d["id"] for d in made]
    problem(
        client.get(
            f"/api/v1/webhooks/{everything['id']}/deliveries",
            params={"cursor": "tampered"},
            headers=admin.headers,
        ),
        400,
    )


def test_a_disabled_webhook_gets_no_deliveries(client: TestClient, world: World) -> None:
    made = subscribe(client, world.admin)
    client.patch(
        f"/api/v1/webhooks/{made['id']}", json={"active": False}, headers=world.admin.headers
    )
    world.open_ticket(client)
    assert deliveries(client, world.admin, made["id"]) == []


def test_a_signed_delivery_reaches_the_receiver(
    client: TestClient,
    app: FastAPI,
    world: World,
    private_allowed: Settings,
    receiver: Receiver,
) -> None:
    made = subscribe(client, world.admin, url=receiver.url, events=["ticket.created"])
    ticket = world.open_ticket(client)
    [queued] = deliveries(client, world.admin, made["id"])
    attempt(app, private_allowed, queued["id"], 1)
    attempt(app, private_allowed, queued["id"], 1)  # the same job run twice sends once

    [request] = receiver.wait_for(1)
    assert len(receiver.received) == 1
    assert request.path == "/hooks/sportello"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["sportello-event-id"] == queued["event_id"]
    assert request.headers["sportello-event-type"] == "ticket.created"
    signature = request.headers["sportello-signature"]
    timestamp = int(signature.split(",")[0].removeprefix("t="))
    assert verify(made["secret"], signature, request.body, now=timestamp)
    assert not verify(made["secret"], signature, request.body + b" ", now=timestamp)
    sent = json.loads(request.body)
    assert sent["id"] == queued["event_id"]
    assert sent["data"]["ticket"]["number"] == ticket["number"]

    done = detail(client, world.admin, made["id"], queued["id"])
    assert done["status"] == "delivered"
    assert done["attempts"] == 1
    assert done["last_status_code"] == 200
    assert done["payload"] == sent
    [logged] = done["attempt_log"]
    assert (logged["number"], logged["status_code"], logged["response_body"]) == (1, 200, "ok")

    # A replay sends the same event id and body, signed anew.
    replay = client.post(
        f"/api/v1/webhooks/{made['id']}/deliveries/{queued['id']}/redeliver",
        headers=world.admin.headers,
    )
    assert replay.status_code == 202, replay.text
    assert replay.json()["status"] == "pending"
    problem(
        client.post(
            f"/api/v1/webhooks/{made['id']}/deliveries/{queued['id']}/redeliver",
            headers=world.admin.headers,
        ),
        409,
    )
    attempt(app, private_allowed, queued["id"], 2)
    second = receiver.wait_for(2)[1]
    assert second.body == request.body
    assert second.headers["sportello-event-id"] == queued["event_id"]
    assert second.headers["sportello-attempt"] == "2"


def test_failed_attempts_back_off_then_dead_letter_and_replay(
    client: TestClient, app: FastAPI, world: World, private_allowed: Settings
) -> None:
    settings = private_allowed.model_copy(
        update={"webhook_max_attempts": 3, "webhook_retry_base_seconds": 60}
    )
    with receiving([500, 503, 502], answer_body=b"x" * 5000) as failing:
        made = subscribe(client, world.admin, url=failing.url, events=["ticket.created"])
        world.open_ticket(client)
        [queued] = deliveries(client, world.admin, made["id"])
        for number in (1, 2, 3):
            attempt(app, settings, queued["id"], number)
            after = detail(client, world.admin, made["id"], queued["id"])
            if number < 3:
                assert after["status"] == "pending"
                wait = _seconds_between(after["last_attempt_at"], after["next_attempt_at"])
                nominal = 60 * 2 ** (number - 1)
                assert nominal * 0.75 - 1 <= wait <= nominal * 1.25 + 1
        assert len(failing.received) == 3
        dead = detail(client, world.admin, made["id"], queued["id"])
        assert dead["status"] == "failed"
        assert dead["next_attempt_at"] is None
        assert [a["status_code"] for a in dead["attempt_log"]] == [500, 503, 502]
        assert dead["last_error"] == "HTTP 502"
        assert all(len(a["response_body"]) == 1000 for a in dead["attempt_log"])
        assert deliveries(client, world.admin, made["id"], status="failed")[0]["id"] == queued["id"]
        webhook = client.get(f"/api/v1/webhooks/{made['id']}", headers=world.admin.headers).json()
        assert webhook["consecutive_failures"] == 3
        assert webhook["active"] is True  # 3 failures are not sustained failure

        replay = client.post(
            f"/api/v1/webhooks/{made['id']}/deliveries/{queued['id']}/redeliver",
            headers=world.admin.headers,
        )
        assert replay.status_code == 202, replay.text
        attempt(app, settings, queued["id"], 4)
        replayed = detail(client, world.admin, made["id"], queued["id"])
        assert (replayed["status"], replayed["attempts"]) == ("delivered", 4)
        webhook = client.get(f"/api/v1/webhooks/{made['id']}", headers=world.admin.headers).json()
        assert (webhook["consecutive_failures"], webhook["failing_since"]) == (0, None)


def _seconds_between(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def test_sustained_failure_disables_the_webhook_until_an_admin_turns_it_on(
    client: TestClient, app: FastAPI, world: World, private_allowed: Settings
) -> None:
    settings = private_allowed.model_copy(
        update={"webhook_disable_after_failures": 2, "webhook_disable_after_hours": 0}
    )
    with receiving([500, 500]) as failing:
        made = subscribe(client, world.admin, url=failing.url, events=["ticket.created"])
        world.open_ticket(client)
        [queued] = deliveries(client, world.admin, made["id"])
        attempt(app, settings, queued["id"], 1)
        assert client.get(f"/api/v1/webhooks/{made['id']}", headers=world.admin.headers).json()[
            "active"
        ]
        attempt(app, settings, queued["id"], 2)
        webhook = client.get(f"/api/v1/webhooks/{made['id']}", headers=world.admin.headers).json()
        assert webhook["active"] is False
        assert webhook["disabled_reason"].startswith("Disabled after 2 failed attempts in a row")
        attempt(app, settings, queued["id"], 3)  # the retry finds the webhook off: not sent
        assert len(failing.received) == 2
        stopped = detail(client, world.admin, made["id"], queued["id"])
        assert (stopped["status"], stopped["last_error"]) == (
            "failed",
            "Not sent: the webhook is disabled.",
        )
        world.open_ticket(client)
        assert len(deliveries(client, world.admin, made["id"])) == 1  # no new ones while off
        problem(
            client.post(
                f"/api/v1/webhooks/{made['id']}/deliveries/{queued['id']}/redeliver",
                headers=world.admin.headers,
            ),
            409,
        )
        on = client.patch(
            f"/api/v1/webhooks/{made['id']}", json={"active": True}, headers=world.admin.headers
        ).json()
        assert (on["active"], on["disabled_reason"], on["consecutive_failures"]) == (True, None, 0)


def test_the_address_is_checked_again_at_delivery(
    client: TestClient, app: FastAPI, world: World, private_allowed: Settings, receiver: Receiver
) -> None:
    """Made while private targets were allowed (or while its name resolved elsewhere): an
    attempt under the default setting refuses the address and sends nothing."""
    made = subscribe(client, world.admin, url=receiver.url, events=["ticket.created"])
    world.open_ticket(client)
    [queued] = deliveries(client, world.admin, made["id"])
    strict = private_allowed.model_copy(update={"webhook_allow_private": False})
    attempt(app, strict, queued["id"], 1)
    refused = detail(client, world.admin, made["id"], queued["id"])
    assert refused["status"] == "pending"  # retried later: DNS may change back
    assert "loopback" in refused["last_error"]
    assert refused["attempt_log"][0]["status_code"] is None
    assert receiver.received == []


def test_a_ping_reaches_the_receiver_whatever_it_subscribes_to(
    client: TestClient, app: FastAPI, admin: Person, private_allowed: Settings, receiver: Receiver
) -> None:
    made = subscribe(client, admin, url=receiver.url, events=["sla.breached"])
    pinged = client.post(f"/api/v1/webhooks/{made['id']}/ping", headers=admin.headers)
    assert pinged.status_code == 202, pinged.text
    assert pinged.json()["event_type"] == "ping"
    attempt(app, private_allowed, pinged.json()["id"], 1)
    [request] = receiver.wait_for(1)
    sent = json.loads(request.body)
    assert sent["type"] == "ping"
    assert sent["data"] == {"webhook": {"id": made["id"], "url": receiver.url}}


def test_each_delivery_has_a_job_in_the_same_transaction(
    client: TestClient, app: FastAPI, world: World
) -> None:
    made = subscribe(client, world.admin, events=["ticket.created"])
    world.open_ticket(client)
    with transaction(app.state.db) as session:
        rows = list(session.scalars(select(WebhookDelivery)))
        assert [r.subscription_id for r in rows] == [made["id"]]
        assert rows[0].next_attempt_at is not None
        assert rows[0].created_at <= utcnow() + timedelta(seconds=1)
    if app.state.settings.is_sqlite:
        jobs = client.get("/api/v1/jobs", headers=world.admin.headers).json()["items"]
        assert {"delivery_id": rows[0].id, "attempt": 1} in [
            j["args"] for j in jobs if j["task_name"] == "webhook.deliver"
        ]


def test_an_sla_breach_found_by_the_scan_makes_one_sla_breached_delivery(
    client: TestClient, app: FastAPI, world: World
) -> None:
    _post(client, "policies", world.supervisor, _policy())
    made = subscribe(client, world.admin, events=["sla.breached"])
    ticket = world.open_ticket(client, impact="low", urgency="low")
    number, created = ticket["number"], _instant(ticket["created_at"])
    report = _sla(client, world.agent, number)
    target = next(i for i in report["instances"] if i["metric"] == "first_reply")["target_seconds"]

    run_scan_task(app, created + timedelta(seconds=target - 60))
    assert deliveries(client, world.admin, made["id"]) == []
    run_scan_task(app, created + timedelta(seconds=target + 1))
    run_scan_task(app, created + timedelta(seconds=target + 120))  # nothing new to tell

    [breach] = deliveries(client, world.admin, made["id"])
    payload = detail(client, world.admin, made["id"], breach["id"])["payload"]
    assert payload["type"] == "sla.breached"
    assert payload["data"]["ticket"]["number"] == number
    assert payload["data"]["sla"]["metric"] == "first_reply"
    assert payload["data"]["sla"]["target_seconds"] == target
