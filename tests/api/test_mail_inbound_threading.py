"""Email in, threading: our signed Message-IDs first, then Message-IDs on record, then a
reference typed by one of the ticket's own people; a stranger or a forger opens a new ticket,
and a staff address is believed only in reply to mail sent to it."""

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.mail.message_ids import new_message_id
from tests.api.conftest import Person, World
from tests.api.mail_inbound import counts, ingest, message, record_sent, reply_to, ticket_id


def _comments(client: TestClient, number: int, who: Person) -> list[dict[str, object]]:
    response = client.get(f"/api/v1/tickets/{number}/comments", headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


def test_a_new_address_opens_an_email_ticket_for_a_new_contact(
    client: TestClient, admin: Person
) -> None:
    outcome = ingest(client, admin, message())
    assert outcome["status"] == "ticket_created"
    ticket = client.get(f"/api/v1/tickets/{outcome['ticket_number']}", headers=admin.headers)
    assert ticket.json()["channel"] == "email"
    assert ticket.json()["subject"] == "Printer jams"
    assert ticket.json()["requester"]["name"] == "Zoe Zed"
    people = client.get("/api/v1/users?q=zoe@example.com", headers=admin.headers).json()
    assert [p["role"] for p in people["items"]] == ["customer"]
    history = client.get(
        f"/api/v1/tickets/{outcome['ticket_number']}/events", headers=admin.headers
    ).json()["items"]
    created = [e for e in history if e["kind"] == "created"]
    assert created[0]["channel"] == "email"


def test_a_reply_to_our_message_id_threads_by_its_signed_token(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    ours = new_message_id(ticket_id(app, number), app.state.settings)
    outcome = ingest(
        client, world.admin, reply_to(ours, sender="alice.customer@example.com", subject="Hi")
    )
    assert outcome["status"] == "commented"
    assert outcome["ticket_number"] == number
    (comment,) = _comments(client, number, world.agent)
    assert comment["channel"] == "email"
    assert comment["author_id"] == world.alice.id
    assert comment["email"] == {"sender": "alice.customer@example.com"}


def test_a_forged_token_opens_a_new_ticket(client: TestClient, app: FastAPI, world: World) -> None:
    number = world.open_ticket(client)["number"]
    genuine = new_message_id(ticket_id(app, number), app.state.settings)
    forged = genuine[:-30] + ("0" if genuine[-30] != "0" else "1") + genuine[-29:]
    assert forged != genuine
    outcome = ingest(client, world.admin, reply_to(forged, sender="mallory@example.com"))
    assert outcome["status"] == "ticket_created"
    assert outcome["ticket_number"] != number
    assert _comments(client, number, world.agent) == []


def test_a_stranger_quoting_a_reference_opens_a_new_ticket(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    outcome = ingest(
        client, world.admin, message("mallory@example.com", subject=f"Re: [HD-{number}] Laptop")
    )
    assert outcome["status"] == "ticket_created"
    assert outcome["ticket_number"] != number
    # Bob is a known customer, but not one of this ticket's people.
    outcome = ingest(client, world.admin, message(world.bob.email, subject=f"HD-{number}"))
    assert outcome["status"] == "ticket_created"
    assert _comments(client, number, world.agent) == []


def test_the_requester_or_a_watcher_quoting_the_reference_comments(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    outcome = ingest(client, world.admin, message(world.alice.email, subject=f"Re: HD-{number}"))
    assert (outcome["status"], outcome["ticket_number"]) == ("commented", number)
    watched = client.put(
        f"/api/v1/tickets/{number}/watchers/{world.carol.id}", headers=world.agent.headers
    )
    assert watched.status_code in (200, 201, 204), watched.text
    outcome = ingest(client, world.admin, message(world.carol.email, subject=f"[HD-{number}]"))
    assert (outcome["status"], outcome["ticket_number"]) == ("commented", number)
    assert len(_comments(client, number, world.agent)) == 2


def test_plus_addressing_threads_for_the_tickets_people_only(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    to = f"support+HD-{number}@sportello.localhost"
    outcome = ingest(client, world.admin, message(world.alice.email, subject="More", to=to))
    assert (outcome["status"], outcome["ticket_number"]) == ("commented", number)
    outcome = ingest(client, world.admin, message("mallory@example.com", subject="x", to=to))
    assert outcome["status"] == "ticket_created"


def test_a_reply_to_a_message_on_record_threads_and_duplicates_are_ignored(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    first = message()
    created = ingest(client, admin, first)
    colleague = reply_to(first, sender="Yuri <yuri@example.com>", subject="Re: Printer jams")
    outcome = ingest(client, admin, colleague)
    assert (outcome["status"], outcome["ticket_number"]) == (
        "commented",
        created["ticket_number"],
    )
    before = counts(app)
    again = ingest(client, admin, colleague)
    assert again["status"] == "ignored"
    assert counts(app) == before


def test_a_forged_agent_address_is_held_not_posted_as_the_agent(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    # The customer received a notification: its signed Message-ID is no proof of being staff.
    sent_to_alice = new_message_id(ticket_id(app, number), app.state.settings)
    record_sent(app, ticket_id(app, number), sent_to_alice, [world.alice.email])
    before = counts(app)
    for forged in (
        reply_to(sent_to_alice, sender=world.agent.email, body="Closing this, all fine."),
        message(world.agent.email, subject=f"Re: HD-{number}"),
    ):
        outcome = ingest(client, world.admin, forged)
        assert outcome["status"] == "quarantined"
        assert "staff address" in outcome["reason"]
    assert _comments(client, number, world.agent) == []
    after = counts(app)
    assert (after["events"], after["tickets"]) == (before["events"], before["tickets"])


def test_an_agent_replying_to_mail_sent_to_them_comments_as_the_agent(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    sent_to_agent = new_message_id(ticket_id(app, number), app.state.settings)
    record_sent(app, ticket_id(app, number), sent_to_agent, [f"Andrea <{world.agent.email}>"])
    outcome = ingest(
        client, world.admin, reply_to(sent_to_agent, sender=world.agent.email, body="On it.")
    )
    assert (outcome["status"], outcome["ticket_number"]) == ("commented", number)
    (comment,) = _comments(client, number, world.alice)
    assert (comment["author_role"], comment["body"]) == ("agent", "On it.")
    assert comment["email"] == {"sender": None}  # customers see no staff address


def test_a_reply_to_a_closed_ticket_opens_a_new_one(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    for body in (
        {"status": "resolved", "resolution": "Replaced the cable."},
        {"status": "closed"},
    ):
        response = client.patch(f"/api/v1/tickets/{number}", json=body, headers=world.agent.headers)
        assert response.status_code == 200, response.text
    ours = new_message_id(ticket_id(app, number), app.state.settings)
    outcome = ingest(client, world.admin, reply_to(ours, sender=world.alice.email))
    assert outcome["status"] == "ticket_created"
    assert outcome["ticket_number"] != number
