"""docker-compose.yml (README, "Running on more than one process") runs commands this CLI has,
on PostgreSQL, with the schema migrated once before two API containers and a worker start."""

from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from api.cli import app as cli

COMPOSE = Path(__file__).resolve().parent.parent / "docker-compose.yml"


def services() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    found: dict[str, Any] = loaded["services"]
    return found


def test_postgresql_two_api_containers_and_a_worker() -> None:
    found = services()
    assert set(found) == {"db", "migrate", "api-1", "api-2", "worker"}
    assert found["db"]["image"].startswith("postgres:")
    for name in ("migrate", "api-1", "api-2", "worker"):
        environment = found[name]["environment"]
        assert environment["SPORTELLO_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert any(v.endswith(":/data") for v in found[name]["volumes"]), name
    for name in ("api-1", "api-2", "worker"):
        assert found[name]["depends_on"] == {
            "migrate": {"condition": "service_completed_successfully"}
        }
    assert found["api-1"]["ports"] != found["api-2"]["ports"]


def test_every_command_is_one_the_cli_has() -> None:
    for name, service in services().items():
        command = service.get("command")
        if command is None:
            continue
        assert command[0] == "sportello", name
        result = CliRunner().invoke(cli, [*command[1:], "--help"])
        assert result.exit_code == 0, (name, result.output)
