"""Security headers: the SPA under a Content-Security-Policy and frame protection, and the
API's answers (errors and refusals included) with the same protections."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for

INDEX = "<!doctype html><title>Sportello</title><div id=root></div>"


def _directives(response: httpx.Response) -> dict[str, list[str]]:
    policy = response.headers["content-security-policy"]
    parts = [d.split() for d in policy.split(";") if d.strip()]
    return {d[0]: d[1:] for d in parts}


def _protected(response: httpx.Response) -> None:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


@pytest.fixture
def spa_app(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX)
    (dist / "assets" / "app-3f2a.js").write_text("console.log('sportello')")
    settings = settings_for(
        database_url, tmp_path, frontend_dist=dist, markdown_image_hosts="cdn.acme.test"
    )
    application = create_app(settings)
    yield application
    application.state.db.engine.dispose()


@pytest.mark.parametrize("path", ["/", "/queue/mine", "/assets/app-3f2a.js"])
def test_the_spa_runs_only_its_own_scripts_and_cannot_be_framed(
    client: TestClient, spa_app: FastAPI, path: str
) -> None:
    with TestClient(spa_app) as spa:
        response = spa.get(path)
    assert response.status_code == 200
    _protected(response)
    policy = _directives(response)
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]  # no inline script, no eval
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]
    # Remote images only from the hosts markdown may show them from.
    assert policy["img-src"] == ["'self'", "data:", "blob:", "cdn.acme.test"]


def test_api_answers_are_protected_too(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    answers = [
        client.get("/api/v1/health"),
        client.get(f"/api/v1/tickets/{number}", headers=world.alice.headers),
        client.get(f"/api/v1/tickets/{number}", headers=world.bob.headers),  # 404
        client.get("/api/v1/tickets"),  # 401
        client.post(
            "/api/v1/tickets",
            content=b"x" * (1024 * 1024 + 1),
            headers=world.alice.headers | {"Content-Type": "application/json"},
        ),  # 413 before the app
    ]
    assert [r.status_code for r in answers] == [200, 200, 404, 401, 413]
    for response in answers:
        _protected(response)
        assert _directives(response) == {
            "default-src": ["'none'"],
            "frame-ancestors": ["'none'"],
        }


def test_a_download_keeps_its_own_sandbox(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    uploaded = client.post(
        f"/api/v1/tickets/{number}/attachments",
        files={"file": ("a.txt", b"hello", "text/plain")},
        headers=world.alice.headers,
    )
    assert uploaded.status_code == 201, uploaded.text
    path = f"/api/v1/tickets/{number}/attachments/{uploaded.json()['id']}"
    response = client.get(path, headers=world.alice.headers)
    assert response.status_code == 200
    _protected(response)
    assert _directives(response) == {"default-src": ["'none'"], "sandbox": []}


def test_the_api_reference_cannot_be_framed(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    _protected(response)
    # Its viewer comes from a CDN with inline scripts; the SPA's policy would blank it.
    assert "content-security-policy" not in response.headers
