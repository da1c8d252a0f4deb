"""`sportello mail ingest` as a mail server's pipe runs it: one message on stdin, in its own
process, against the test's database; the exit status tells the server what to do."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.mail.inbound.cli import ingest_from
from tests.api.conftest import Person
from tests.api.mail_inbound import message

SPORTELLO = Path(sys.executable).parent / "sportello"
ROOT = Path(__file__).resolve().parents[2]


def _pipe(app: FastAPI, raw: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    settings = app.state.settings
    env = os.environ | {
        "PYTHONPATH": str(ROOT),
        "SPORTELLO_DATABASE_URL": settings.database_url,
        "SPORTELLO_DATA_DIR": str(settings.data_dir),
        "SPORTELLO_MAX_UPLOAD_BYTES": str(settings.max_upload_bytes),
    }
    return subprocess.run(
        [str(SPORTELLO), "mail", "ingest", *args],
        input=raw,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_mail_ingest_reads_a_message_on_stdin(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    done = _pipe(app, message(subject="Piped in").as_bytes(), "--mailbox-id", "3")
    assert done.returncode == 0, done.stderr.decode()
    outcome = json.loads(done.stdout)
    assert outcome["status"] == "ticket_created"
    ticket = client.get(f"/api/v1/tickets/{outcome['ticket_number']}", headers=admin.headers)
    assert ticket.json()["subject"] == "Piped in"
    assert ticket.json()["channel"] == "email"

    auto = message(headers={"Auto-Submitted": "auto-replied"}).as_bytes()
    done = _pipe(app, auto, "--mailbox-id", "3")
    assert done.returncode == 0
    assert json.loads(done.stdout)["status"] == "ignored"
    (item,) = client.get("/api/v1/mail/quarantine?status=ignored", headers=admin.headers).json()[
        "items"
    ]
    assert item["mailbox_id"] == 3


def test_nothing_on_stdin_exits_65_for_the_mail_server_to_bounce(app: FastAPI) -> None:
    assert ingest_from(io.BytesIO(b"\r\n"), app.state.settings, None) == 65  # EX_DATAERR
