"""An attachment whose transaction rolls back leaves no file behind; files a crash left
without a row are removed by `sportello clean-attachments`."""

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import get_settings
from api.main import create_app
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for

DOOMED = "doomed.txt"


@pytest.fixture
def history_refuses_doomed_files(database_url: str) -> Iterator[None]:
    """The database refuses to record the upload of doomed.txt in the ticket's history: the
    request fails after the file is written and its row flushed, as a late error would."""
    engine = create_engine(database_url)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_doomed BEFORE INSERT ON ticket_event "
                    f"WHEN NEW.to_value = '{DOOMED}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    f"BEGIN IF NEW.to_value = '{DOOMED}' THEN RAISE EXCEPTION 'refused' "
                    "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_doomed BEFORE INSERT ON ticket_event "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_doomed()"
                )
            )
    yield
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER refuse_doomed"))
        else:
            conn.execute(text("DROP TRIGGER refuse_doomed ON ticket_event"))
            conn.execute(text("DROP FUNCTION refuse_doomed()"))
    engine.dispose()


@pytest.fixture
def own_storage_app(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    """An app whose attachments directory no other test writes to."""
    application = create_app(settings_for(database_url, tmp_path))
    yield application
    application.state.db.engine.dispose()


def _files(app: FastAPI) -> set[str]:
    directory: Path = app.state.settings.attachments_dir
    return {p.name for p in directory.iterdir()} if directory.exists() else set()


def _upload(client: TestClient, world: World, number: int, name: str) -> int:
    response = client.post(
        f"/api/v1/tickets/{number}/attachments",
        files={"file": (name, b"x" * 5000, "text/plain")},
        headers=world.alice.headers,
    )
    return response.status_code


@pytest.mark.usefixtures("history_refuses_doomed_files")
def test_an_upload_whose_transaction_fails_leaves_no_file(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    before = _files(app)
    for _ in range(3):
        assert _upload(client, world, number, DOOMED) == 409
    assert _files(app) == before
    listed = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.agent.headers)
    assert listed.json()["items"] == []

    assert _upload(client, world, number, "kept.txt") == 201
    assert len(_files(app) - before) == 1


def test_clean_attachments_removes_only_old_files_no_row_names(
    client: TestClient,
    own_storage_app: FastAPI,
    world: World,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = own_storage_app
    number = world.open_ticket(client)["number"]
    with TestClient(app) as own:
        assert _upload(own, world, number, "kept.txt") == 201
    directory: Path = app.state.settings.attachments_dir
    (recorded,) = _files(app)
    two_hours_ago = time.time() - 7200
    left_by_a_crash = directory / "0123456789abcdef0123456789abcdef"
    in_flight = directory / "fedcba9876543210fedcba9876543210"
    for path in (left_by_a_crash, in_flight):
        path.write_bytes(b"partial")
    for path in (directory / recorded, left_by_a_crash):
        os.utime(path, (two_hours_ago, two_hours_ago))

    monkeypatch.setenv("SPORTELLO_DATABASE_URL", database_url)
    monkeypatch.setenv("SPORTELLO_DATA_DIR", str(app.state.settings.data_dir))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["clean-attachments"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "Removed 1 unrecorded attachment files; 1 are recorded." in result.output
    assert _files(app) == {recorded, in_flight.name}
    download = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.alice.headers)
    assert len(download.json()["items"]) == 1
