"""Building raw messages and sending them to the ingest endpoint, for the email-in tests."""

from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.db.session import transaction
from api.mail.inbound.models import QuarantinedMail
from api.mail.models import MailMessage
from api.ticket.models import Ticket, TicketEvent
from tests.api.conftest import Person

DESK = "support@sportello.localhost"


def message(
    sender: str = "Zoe Zed <zoe@example.com>",
    subject: str = "Printer jams",
    body: str = "The printer on floor 2 jams on every page.",
    *,
    to: str = DESK,
    html: str | None = None,
    headers: dict[str, str] | None = None,
    files: list[tuple[str, str, bytes]] | None = None,
) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(domain="example.com")
    mail["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    for filename, content_type, data in files or []:
        maintype, _, subtype = content_type.partition("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return mail


def reply_to(original: EmailMessage | str, **fields: Any) -> EmailMessage:
    mail = message(**fields)
    message_id = original if isinstance(original, str) else str(original["Message-ID"])
    mail["In-Reply-To"] = message_id
    mail["References"] = message_id
    return mail


def ingest(client: TestClient, admin: Person, raw: bytes | EmailMessage) -> dict[str, Any]:
    body = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
    response = client.post(
        "/api/v1/mail/inbound",
        content=body,
        headers=admin.headers | {"Content-Type": "message/rfc822"},
    )
    assert response.status_code == 200, response.text
    outcome: dict[str, Any] = response.json()
    return outcome


def ticket_id(app: FastAPI, number: int) -> int:
    with transaction(app.state.db, write=False) as session:
        found = session.scalar(select(Ticket.id).where(Ticket.number == number))
    assert found is not None
    return found


def counts(app: FastAPI) -> dict[str, int]:
    """Tickets, history events, mail rows and quarantine rows in the database."""
    with transaction(app.state.db, write=False) as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("tickets", Ticket),
                ("events", TicketEvent),
                ("mail", MailMessage),
                ("quarantine", QuarantinedMail),
            )
        }


def record_sent(app: FastAPI, ticket: int, message_id: str, recipients: list[str]) -> None:
    """What the outbound side writes for each message it sends."""
    with transaction(app.state.db) as session:
        session.add(
            MailMessage(
                direction="out",
                message_id=message_id,
                ticket_id=ticket,
                sender=DESK,
                recipients=recipients,
                subject="Your request",
            )
        )
