"""Email in, what lands on the ticket: HTML made safe with remote images blocked, quoted
history cut from replies, attachments kept as ticket attachments, the sender shown."""

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.mail.message_ids import new_message_id
from tests.api.conftest import Person, World
from tests.api.mail_inbound import ingest, message, reply_to, ticket_id

HTML = """<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>
<p onclick="steal()">The <b>VPN</b> drops every hour.</p>
<img src="https://tracker.example.net/open.gif?u=42" alt="pixel">
<p><a href="javascript:alert(1)">click</a> <a href="https://status.example.com">status</a></p>
</body></html>"""


def test_html_mail_is_sanitised_and_remote_images_blocked(
    client: TestClient, admin: Person
) -> None:
    # An empty text part beside the HTML, as some clients send: the HTML is what was written.
    outcome = ingest(client, admin, message(body="", html=HTML))
    ticket = client.get(f"/api/v1/tickets/{outcome['ticket_number']}", headers=admin.headers)
    description = ticket.json()["description"]
    assert "The VPN drops every hour." in description
    for unsafe in ("alert", "<script", "steal", "tracker.example.net", "color:red", "javascript"):
        assert unsafe not in description
    assert "[remote image blocked] pixel" in description
    assert "https://status.example.com" in description


def test_quoted_history_is_trimmed_from_replies(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    ours = new_message_id(ticket_id(app, number), app.state.settings)
    quotes = [
        "On Tue, 1 Dec 2026 at 09:00, Sportello <support@sportello.localhost> wrote:\n"
        "> We need your asset tag.\n> Thanks",
        "-----Original Message-----\nFrom: Sportello\nSent: Tuesday\n\nWe need your tag.",
        "El mar, 1 dic 2026 a las 9:00, Sportello escribió:\n> Necesitamos la etiqueta.",
        "Il giorno mar 1 dic 2026 alle 09:00 Sportello ha scritto:\n> Serve il codice.",
        "Le mar. 1 déc. 2026 à 09:00, Sportello a écrit :\n> Il nous faut le numéro.",
    ]
    for index, quote in enumerate(quotes):
        body = f"Asset tag is ACME-{index}.\n\n{quote}\n"
        outcome = ingest(client, world.admin, reply_to(ours, sender=world.alice.email, body=body))
        assert outcome["status"] == "commented"
    comments = client.get(f"/api/v1/tickets/{number}/comments", headers=world.agent.headers)
    bodies = [c["body"] for c in comments.json()["items"]]
    assert bodies == [f"Asset tag is ACME-{i}." for i in range(len(quotes))]


def test_attachments_land_as_ticket_attachments(
    client: TestClient, app: FastAPI, world: World
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    outcome = ingest(
        client,
        world.admin,
        message(
            world.alice.email,
            files=[("screen.png", "image/png", png), ("log.txt", "text/plain", b"E42 at boot\n")],
        ),
    )
    number = outcome["ticket_number"]
    listed = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.alice.headers)
    assert listed.status_code == 200, listed.text
    files = {a["filename"]: a for a in listed.json()["items"]}
    assert set(files) == {"screen.png", "log.txt"}
    download = client.get(
        f"/api/v1/tickets/{number}/attachments/{files['screen.png']['id']}",
        headers=world.alice.headers,
    )
    assert download.content == png
    ours = new_message_id(ticket_id(app, number), app.state.settings)
    reply = reply_to(
        ours, sender=world.alice.email, files=[("more.txt", "text/plain", b"second log\n")]
    )
    comment_id = ingest(client, world.admin, reply)["comment_id"]
    listed = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.agent.headers)
    by_name = {a["filename"]: a for a in listed.json()["items"]}
    assert by_name["more.txt"]["comment_id"] == comment_id
    assert by_name["screen.png"]["comment_id"] is None


def test_customers_see_their_own_address_on_their_emailed_comments(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    ours = new_message_id(ticket_id(app, number), app.state.settings)
    ingest(client, world.admin, reply_to(ours, sender=world.alice.email, body="by mail"))
    web = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": "by web"}, headers=world.alice.headers
    )
    assert web.status_code == 201
    items = client.get(f"/api/v1/tickets/{number}/comments", headers=world.alice.headers).json()
    assert [(c["body"], c["email"]) for c in items["items"]] == [
        ("by mail", {"sender": world.alice.email}),
        ("by web", None),
    ]
