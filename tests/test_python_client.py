"""The generated Python client (clients/python): current with the contract, and its example
opens, comments on and resolves a ticket against a real `sportello serve`."""

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from api.core.config import Settings
from api.db import migrate
from api.db.session import Database, transaction
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate
from tests.server import serving

ROOT = Path(__file__).resolve().parents[1]
CLIENT = ROOT / "clients" / "python"
EXAMPLE = CLIENT / "examples" / "resolve_ticket.py"
PASSWORD = "correct horse battery"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "clients" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_client_is_what_the_contract_generates() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "clients" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def test_the_staleness_check_names_what_changed(tmp_path: Path) -> None:
    copy = tmp_path / "python"
    shutil.copytree(CLIENT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    check = generator()
    assert check.stale_files(CLIENT, copy) == []
    (copy / "sportello_client" / "client.py").write_text("# edited by hand\n")
    (copy / "sportello_client" / "api" / "tickets" / "tickets_gone.py").write_text("")
    (copy / "examples" / "mine.py").write_text("")  # hand-written: not the generator's
    assert check.stale_files(CLIENT, copy) == [
        "sportello_client/api/tickets/tickets_gone.py",
        "sportello_client/client.py",
    ]


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """A migrated SQLite database with an agent, served by `sportello serve`."""
    url = f"sqlite:///{tmp_path / 'sportello.db'}"
    migrate.upgrade(url)
    settings = Settings(database_url=url, data_dir=tmp_path / "data", password_hash_fast=True)
    db = Database.connect(settings)
    with transaction(db) as session:
        user_service.create_user(
            session,
            settings,
            UserCreate(
                email="agent@example.com", name="Andrea Agent", role=Role.agent, password=PASSWORD
            ),
            actor=None,
        )
    db.engine.dispose()
    env = {
        "SPORTELLO_DATABASE_URL": url,
        "SPORTELLO_DATA_DIR": str(tmp_path / "data"),
        "SPORTELLO_PASSWORD_HASH_FAST": "1",
    }
    with serving(env, tmp_path) as server:
        yield server.base_url


def run_example(base_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    # The client from the repository, not installed: its folder on the path.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SPORTELLO_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLE)],
        env=clean | {"PYTHONPATH": str(CLIENT), "SPORTELLO_URL": base_url} | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_example_opens_comments_and_resolves_a_ticket(server_url: str) -> None:
    with httpx.Client(base_url=server_url) as http:
        signed_in = http.post(
            "/api/v1/auth/token", data={"username": "agent@example.com", "password": PASSWORD}
        )
        session = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}

        def token(*scopes: str) -> str:
            body = {"name": "Example", "scopes": list(scopes)}
            created = http.post("/api/v1/api-tokens", json=body, headers=session)
            assert created.status_code == 201, created.text
            secret: str = created.json()["token"]
            return secret

        done = run_example(server_url, SPORTELLO_TOKEN=token("tickets:read", "tickets:write"))
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        number = int(lines[0].removeprefix("opened #").split(":")[0])
        assert lines == [
            f"opened #{number}: VPN drops every hour",
            f"commented on #{number}",
            f"#{number} is resolved",
        ]
        ticket = http.get(f"/api/v1/tickets/{number}", headers=session).json()
        assert (ticket["status"], ticket["channel"]) == ("resolved", "api")
        assert ticket["resolution"] == "Profile rolled back; drops stopped."
        comments = http.get(f"/api/v1/tickets/{number}/comments", headers=session).json()["items"]
        assert [c["body"] for c in comments] == [
            "Rolled the VPN profile back to yesterday's version."
        ]

        # Signing in with a password works the same way.
        done = run_example(
            server_url, SPORTELLO_EMAIL="agent@example.com", SPORTELLO_PASSWORD=PASSWORD
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1] == f"#{number + 1} is resolved"

        # A read-only token is refused at the first write, and the script says why.
        done = run_example(server_url, SPORTELLO_TOKEN=token("tickets:read"))
        assert done.returncode == 1
        assert "open (403)" in done.stderr
        assert "tickets:write" in done.stderr
        listed = http.get("/api/v1/tickets", headers=session).json()["items"]
        assert len(listed) == 2
