"""The built SPA is served at / with history fallback; /api and /docs keep their answers."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.core.config import Settings
from api.main import create_app

INDEX = "<!doctype html><title>Sportello</title><div id=root></div>"


def _client(tmp_path: Path, dist: Path | None) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'spa.db'}", data_dir=tmp_path, frontend_dist=dist
    )
    app = create_app(settings)
    with TestClient(app) as client:
        yield client
    app.state.db.engine.dispose()


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    root = tmp_path / "dist"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text(INDEX)
    (root / "assets" / "app-3f2a.js").write_text("console.log('sportello')")
    (root / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "secret.txt").write_text("outside the dist")
    return root


@pytest.fixture
def spa(tmp_path: Path, dist: Path) -> Iterator[TestClient]:
    yield from _client(tmp_path, dist)


def test_root_serves_the_index(spa: TestClient) -> None:
    response = spa.get("/")
    assert response.status_code == 200
    assert response.text == INDEX
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("path", ["/queue/mine", "/tickets/1042", "/portal/requests/7", "/x.y/z"])
def test_client_routes_fall_back_to_the_index(spa: TestClient, path: str) -> None:
    response = spa.get(path)
    assert response.status_code == 200
    assert response.text == INDEX


def test_built_files_are_served_as_they_are(spa: TestClient) -> None:
    asset = spa.get("/assets/app-3f2a.js")
    assert asset.status_code == 200
    assert asset.text == "console.log('sportello')"
    assert "javascript" in asset.headers["content-type"]
    assert "immutable" in asset.headers["cache-control"]
    assert spa.get("/favicon.svg").headers["cache-control"] == "no-cache"


def test_a_missing_asset_is_a_404_not_the_index(spa: TestClient) -> None:
    response = spa.get("/assets/gone-1234.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_nothing_outside_the_dist_is_served(spa: TestClient) -> None:
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt"):
        response = spa.get(path)
        assert "outside the dist" not in response.text


def test_api_and_docs_are_untouched(spa: TestClient) -> None:
    assert spa.get("/api/v1/health").json() == {"status": "ok"}
    assert spa.get("/docs").status_code == 200
    assert spa.get("/api/v1/openapi.json").json()["info"]["title"] == "Sportello"
    unknown = spa.get("/api/v1/no-such-thing")
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert spa.get("/api").status_code == 404
    # A known API path with a method it does not allow stays a 405, not the SPA.
    assert spa.delete("/api/v1/health").status_code == 405
    assert spa.get("/api/v1/tickets").status_code == 401


def test_without_a_dist_the_root_redirects_to_the_docs(tmp_path: Path) -> None:
    for client in _client(tmp_path, tmp_path / "not-built"):
        response = client.get("/", follow_redirects=False)
        assert response.status_code in (302, 307)
        assert response.headers["location"] == "/docs"
        assert client.get("/queue").status_code == 404


def test_no_dist_configured_keeps_the_redirect(tmp_path: Path) -> None:
    for client in _client(tmp_path, None):
        assert client.get("/", follow_redirects=False).headers["location"] == "/docs"
