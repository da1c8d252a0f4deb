"""Email out, in process: the outbox a change writes, delivered to a real SMTP server
(aiosmtpd) by the function the `mail.deliver` job runs; on SQLite and PostgreSQL."""

import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.auth.actor import Actor
from api.core.clock import utcnow
from api.core.config import Settings
from api.db.session import transaction
from api.mail.delivery import deliver
from api.mail.message_ids import ticket_id_of
from api.mail.models import MailMessage, MailOutbox
from api.ticket import service as ticket_service
from api.ticket.schemas import TicketCreate
from api.user.models import User
from tests.api.conftest import Person, World
from tests.api.mail_sink import html_of, received, smtp_sink, text_of


@pytest.fixture
def mailbox(app: FastAPI, tmp_path: Path) -> Iterator[Path]:
    """The SMTP sink the app sends to, for this test."""
    directory = tmp_path / "mail"
    original: Settings = app.state.settings
    with smtp_sink(directory) as port:
        app.state.settings = original.model_copy(
            update={"smtp_host": "127.0.0.1", "smtp_port": port}
        )
        try:
            yield directory
        finally:
            app.state.settings = original


def deliver_all(app: FastAPI) -> list[str]:
    """Run `mail.deliver` for every queued row until none is left (a team's row queues more)."""
    outcomes: list[str] = []
    for _ in range(5):
        with transaction(app.state.db) as session:
            ids = list(
                session.scalars(
                    select(MailOutbox.id)
                    .where(MailOutbox.status == "queued")
                    .order_by(MailOutbox.id)
                )
            )
        if not ids:
            return outcomes
        for outbox_id in ids:
            with transaction(app.state.db) as session:
                outcomes.append(deliver(session, outbox_id, utcnow(), app.state.settings))
    return outcomes


def to(messages: list[EmailMessage], person: Person) -> list[EmailMessage]:
    return [m for m in messages if person.email in str(m["To"])]


def test_a_new_ticket_is_acknowledged_with_its_reference(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    ticket = world.open_ticket(client, subject="Printer jammed")
    deliver_all(app)

    [ack] = to(received(mailbox), world.alice)
    assert ack["Subject"] == f"[{ticket['reference']}] We received your request: Printer jammed"
    assert ack["Auto-Submitted"] == "auto-generated"
    assert ticket_id_of(ack["Message-ID"], app.state.settings) is not None
    assert ticket["reference"] in text_of(ack)
    assert f"/portal/requests/{ticket['number']}" in html_of(ack)

    # Agents see the mail in the timeline, with its recipient; the requester does not.
    events = client.get(
        f"/api/v1/tickets/{ticket['number']}/events", headers=world.agent.headers
    ).json()["items"]
    [sent] = [e for e in events if e["kind"] == "email_sent"]
    assert sent["channel"] == "email"
    assert sent["data"]["recipient"] == world.alice.email
    assert sent["data"]["mail_kind"] == "acknowledgement"
    mine = client.get(
        f"/api/v1/tickets/{ticket['number']}/events", headers=world.alice.headers
    ).json()["items"]
    assert "email_sent" not in [e["kind"] for e in mine]

    # Delivered once: a retried job finds it sent and sends nothing again.
    with transaction(app.state.db) as session:
        [row] = session.scalars(select(MailOutbox)).all()
        assert deliver(session, row.id, utcnow(), app.state.settings).startswith("nothing")
    assert len(received(mailbox)) == 1


def test_replies_thread_and_internal_notes_never_reach_the_requester(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    number = world.open_ticket(client)["number"]
    deliver_all(app)
    comments = f"/api/v1/tickets/{number}/comments"
    note = client.post(
        comments,
        json={"body": "SECRET: vendor is late", "internal": True},
        headers=world.agent.headers,
    )
    assert note.status_code == 201, note.text
    reply = client.post(
        comments, json={"body": "Try <b>restarting</b> it."}, headers=world.agent.headers
    )
    assert reply.status_code == 201, reply.text
    deliver_all(app)

    ack, answer = to(received(mailbox), world.alice)
    assert "SECRET" not in answer.as_string()
    assert "SECRET" not in ack.as_string()
    assert "Try <b>restarting</b> it." in text_of(answer)
    assert "Try &lt;b&gt;restarting&lt;/b&gt; it." in html_of(answer)  # autoescaped
    assert answer["Auto-Submitted"] is None  # written by a person
    assert answer["In-Reply-To"] == ack["Message-ID"]
    assert ack["Message-ID"] in answer["References"]
    assert answer["Subject"].startswith(f"[HD-{number}] ")


def test_the_requester_confirms_the_resolution_from_the_mail(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    number = world.open_ticket(client)["number"]
    resolved = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": "Replaced the toner."},
        headers=world.agent.headers,
    )
    assert resolved.status_code == 200, resolved.text
    deliver_all(app)
    [mail] = [m for m in to(received(mailbox), world.alice) if "Resolved" in m["Subject"]]
    assert "Replaced the toner." in text_of(mail)
    urls = re.findall(r"https?://\S+/resolution\?\S+", text_of(mail))
    assert len(urls) == 2
    token = parse_qs(urlparse(urls[0]).query)["token"][0]

    # Following the link changes nothing (mail scanners do); the page POSTs.
    seen = client.post("/api/v1/resolution-links/inspect", json={"token": token})
    assert seen.status_code == 200, seen.text
    assert seen.json()["actionable"] is True
    assert seen.json()["reference"] == f"HD-{number}"
    assert client.get("/api/v1/resolution-links/answer").status_code == 405
    forged = client.post(
        "/api/v1/resolution-links/answer", json={"token": token[:-2] + "xx", "action": "confirm"}
    )
    assert forged.status_code == 404

    answered = client.post(
        "/api/v1/resolution-links/answer", json={"token": token, "action": "confirm"}
    )
    assert answered.status_code == 200, answered.text
    ticket = client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers).json()
    assert ticket["status"] == "closed"
    again = client.post(
        "/api/v1/resolution-links/answer", json={"token": token, "action": "reopen"}
    )
    assert again.status_code == 409
    deliver_all(app)
    # The requester closed it: no closure mail to tell them what they just did.
    assert not [m for m in to(received(mailbox), world.alice) if "Closed" in m["Subject"]]


def test_preferences_choose_the_language_and_what_is_sent(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    url = "/api/v1/me/notification-preferences"
    current = client.get(url, headers=world.alice.headers)
    assert current.status_code == 200
    assert next(c["kind"] for c in current.json()["email"]) == "acknowledgement"
    assert "sla_breach" not in [c["kind"] for c in current.json()["email"]]
    agent_kinds = client.get(url, headers=world.agent.headers).json()["email"]
    assert "sla_breach" in [c["kind"] for c in agent_kinds]

    refused = client.put(
        url,
        json={"language": "es", "email": [{"kind": "sla_breach", "email": False}]},
        headers=world.alice.headers,
    )
    assert refused.status_code == 422
    changed = client.put(url, json={"language": "es"}, headers=world.alice.headers)
    assert changed.status_code == 200, changed.text
    stale = client.put(
        url,
        json={"language": "fr"},
        headers=world.alice.headers | {"If-Match": current.headers["ETag"]},
    )
    assert stale.status_code == 412
    world.open_ticket(client, subject="Impresora")
    deliver_all(app)
    [ack] = to(received(mailbox), world.alice)
    assert ack["Subject"].endswith("Hemos recibido su solicitud: Impresora")

    off = client.put(
        url,
        json={"language": "it", "email": [{"kind": "acknowledgement", "email": False}]},
        headers=world.alice.headers | {"If-Match": changed.headers["ETag"]},
    )
    assert off.status_code == 200, off.text
    assert {"kind": "acknowledgement", "email": False} in off.json()["email"]
    world.open_ticket(client, subject="Stampante")
    outcomes = deliver_all(app)
    assert len(to(received(mailbox), world.alice)) == 1
    assert any("turned off acknowledgement" in o for o in outcomes)


def test_agents_hear_of_assignments_and_customer_replies(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    number = world.open_ticket(client, subject="VPN down")["number"]
    assigned = client.put(
        f"/api/v1/tickets/{number}/assignment",
        json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
        headers=world.supervisor.headers,
    )
    assert assigned.status_code == 200, assigned.text
    reply = client.post(
        f"/api/v1/tickets/{number}/comments",
        json={"body": "It is still down."},
        headers=world.alice.headers,
    )
    assert reply.status_code == 201, reply.text
    deliver_all(app)
    mails = to(received(mailbox), world.agent)
    assert [m["Subject"] for m in mails] == [
        f"[HD-{number}] Assigned to you: VPN down",
        f"[HD-{number}] The requester replied: VPN down",
    ]
    assert "It is still down." in text_of(mails[1])
    assert f"/tickets/{number}" in text_of(mails[0])
    kinds = [
        n["kind"]
        for n in client.get("/api/v1/notifications", headers=world.agent.headers).json()["items"]
    ]
    assert "customer_reply" in kinds
    assert "assigned" in kinds


def test_the_rate_cap_drops_automatic_mail_over_the_limit(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"mail_rate_cap_per_hour": 2})
    for n in range(3):
        world.open_ticket(client, subject=f"Request {n}")
    outcomes = deliver_all(app)
    assert len(to(received(mailbox), world.alice)) == 2
    assert sum(o.startswith("capped") for o in outcomes) == 1


def test_a_rolled_back_change_sends_nothing(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    def change_that_fails() -> None:
        with transaction(app.state.db) as session:
            alice = session.get(User, world.alice.id)
            assert alice is not None
            actor = Actor(user=alice, now=utcnow())
            ticket_service.open_ticket(session, actor, TicketCreate(subject="No", description="x"))
            session.flush()
            raise RuntimeError("the change fails after the ticket was written")

    with pytest.raises(RuntimeError):
        change_that_fails()
    assert deliver_all(app) == []
    with transaction(app.state.db) as session:
        assert session.scalar(select(func.count()).select_from(MailOutbox)) == 0
        assert session.scalar(select(func.count()).select_from(MailMessage)) == 0
    assert received(mailbox) == []


def test_an_administrator_sends_a_test_message(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    sent = client.post(
        "/api/v1/mail/test", json={"to": "ops@example.com"}, headers=world.admin.headers
    )
    assert sent.status_code == 200, sent.text
    assert sent.json() == {"delivered": True, "to": "ops@example.com", "detail": ""}
    [message] = received(mailbox)
    assert message["To"] == "ops@example.com"
    assert client.post("/api/v1/mail/test", json={}, headers=world.agent.headers).status_code == 403


def test_a_test_message_reports_an_unreachable_server(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"smtp_port": 1})
    sent = client.post("/api/v1/mail/test", json={}, headers=world.admin.headers)
    assert sent.status_code == 200, sent.text
    body: dict[str, Any] = sent.json()
    assert body["delivered"] is False
    assert body["to"] == world.admin.email
    assert body["detail"]


def test_the_resolution_mail_asks_the_requester_for_a_rating(
    client: TestClient, app: FastAPI, world: World, mailbox: Path
) -> None:
    number = world.open_ticket(client)["number"]
    watched = client.put(
        f"/api/v1/tickets/{number}/watchers/{world.agent.id}", headers=world.agent.headers
    )
    assert watched.is_success, watched.text
    resolved = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": "Replaced the toner."},
        headers=world.agent.headers,
    )
    assert resolved.status_code == 200, resolved.text
    deliver_all(app)
    [mail] = [m for m in to(received(mailbox), world.alice) if "Resolved" in m["Subject"]]
    rating_urls = re.findall(r"https?://\S+/portal/rate\?\S+", text_of(mail))
    ratings = [int(parse_qs(urlparse(u).query)["rating"][0]) for u in rating_urls]
    assert ratings == [5, 4, 3, 2, 1]
    assert "★★★★★ (5/5)" in text_of(mail)
    assert len(re.findall(r"/portal/rate\?", html_of(mail))) == 5

    # One click on "4", then the landing page's POST: the survey holds it.
    token = parse_qs(urlparse(rating_urls[1]).query)["token"][0]
    shown = client.get(f"/api/v1/satisfaction-links/{token}")
    assert shown.status_code == 200, shown.text
    rated = client.post(f"/api/v1/satisfaction-links/{token}", json={"rating": 4})
    assert rated.status_code == 200, rated.text
    survey = client.get(f"/api/v1/tickets/{number}/satisfaction", headers=world.agent.headers)
    assert survey.json()["rating"] == 4
    # Nobody but the requester is asked.
    for message in received(mailbox):
        if world.alice.email not in str(message["To"]):
            assert "/portal/rate?" not in text_of(message)
