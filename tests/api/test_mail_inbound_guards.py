"""Email in, loop guards: auto-replies, bulk and list mail, our own mail coming back and
bounces open no ticket, write no ticket event (so nothing answers them), and are listed for
admins as ignored with the reason."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.conftest import Person
from tests.api.mail_inbound import DESK, counts, ingest, message

BOUNCE = b"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
To: support@sportello.localhost
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

The mail could not be delivered to gone@example.com.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; gone@example.com
Action: failed
Status: 5.1.1

--b1--
""".replace(b"\n", b"\r\n")


CASES = {
    "out of office": message(headers={"Auto-Submitted": "auto-replied"}).as_bytes(),
    "auto-generated": message(headers={"Auto-Submitted": "auto-generated"}).as_bytes(),
    "bulk": message(headers={"Precedence": "bulk"}).as_bytes(),
    "list": message(headers={"List-Id": "<news.example.com>"}).as_bytes(),
    "our loop": message(headers={"X-Loop": DESK}).as_bytes(),
    "bounce": BOUNCE,
    # A report alone, from an ordinary-looking address and with a return path, still a bounce.
    "delivery report": BOUNCE.replace(b"Return-Path: <>\r\n", b"").replace(
        b"MAILER-DAEMON@", b"notices@"
    ),
    "null return path": b"Return-Path: <>\r\n" + message().as_bytes(),
}


@pytest.mark.parametrize("case", list(CASES))
def test_machine_mail_opens_no_ticket_and_is_listed_as_ignored(
    client: TestClient, app: FastAPI, admin: Person, case: str
) -> None:
    before = counts(app)
    outcome = ingest(client, admin, CASES[case])
    assert outcome["status"] == "ignored", outcome
    assert outcome["ticket_number"] is None
    after = counts(app)
    assert (after["tickets"], after["events"], after["mail"]) == (
        before["tickets"],
        before["events"],
        before["mail"],
    )
    listed = client.get("/api/v1/mail/quarantine?status=ignored", headers=admin.headers).json()
    (item,) = listed["items"]
    assert item["reason"] == outcome["reason"]
    assert item["has_raw"] is False
    assert client.get("/api/v1/mail/quarantine", headers=admin.headers).json()["items"] == []


def test_an_out_of_office_reply_to_a_ticket_adds_nothing_to_it(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    first = message()
    number = ingest(client, admin, first)["ticket_number"]
    before = counts(app)
    auto = message(subject="Out of office", headers={"Auto-Submitted": "auto-replied"})
    auto["In-Reply-To"] = str(first["Message-ID"])
    assert ingest(client, admin, auto)["status"] == "ignored"
    assert counts(app)["events"] == before["events"]
    comments = client.get(f"/api/v1/tickets/{number}/comments", headers=admin.headers).json()
    assert comments["items"] == []


def test_auto_submitted_no_is_a_person_writing(client: TestClient, admin: Person) -> None:
    outcome = ingest(client, admin, message(headers={"Auto-Submitted": "no"}))
    assert outcome["status"] == "ticket_created"
