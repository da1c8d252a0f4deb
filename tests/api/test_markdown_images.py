"""Markdown loads no remote image unless an admin allows its host; relative images load."""

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import World
from tests.api.conftest import test_settings as settings_for
from tests.api.kb import created, write_article

BODY = (
    "![tracker](https://tracker.example.net/pixel.gif) "
    "![sneaky](//tracker.example.net/p.gif) "
    "![backslash](/\\tracker.example.net/p.gif) "
    "![screenshot](/api/v1/tickets/1001/attachments/1) "
    "![diagram](images/vpn.png) "
    "![logo](https://cdn.acme.test/logo.png) "
    "![chart](https://img.wiki.acme.test/chart.png)"
)


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.append(dict(attrs).get("src") or "")


def image_sources(html: str) -> list[str]:
    """What a browser would load: every <img> source in the rendered HTML."""
    parser = _Images()
    parser.feed(html)
    return parser.sources


@pytest.fixture
def allowing_app(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    settings = settings_for(
        database_url, tmp_path, markdown_image_hosts="cdn.acme.test,*.wiki.acme.test"
    )
    application = create_app(settings)
    yield application
    application.state.db.engine.dispose()


def test_remote_images_become_links_by_default(client: TestClient, world: World) -> None:
    html = write_article(client, world.supervisor, body=BODY)["body_html"]
    assert image_sources(html) == [
        "/%5Ctracker.example.net/p.gif",  # a path on this server, not another host
        "/api/v1/tickets/1001/attachments/1",
        "images/vpn.png",
    ]
    for remote in ("https://tracker.example.net/pixel.gif", "https://cdn.acme.test/logo.png"):
        assert f'<a href="{remote}" rel="noopener noreferrer nofollow">' in html
    assert (
        '<a href="//tracker.example.net/p.gif" rel="noopener noreferrer nofollow">sneaky</a>'
        in (html)
    )


def test_an_admin_allows_image_hosts(
    client: TestClient, world: World, allowing_app: FastAPI
) -> None:
    with TestClient(allowing_app) as allowing:
        article = write_article(allowing, world.supervisor, body=BODY, status="published")
        html = article["body_html"]
        assert image_sources(html) == [
            "/%5Ctracker.example.net/p.gif",
            "/api/v1/tickets/1001/attachments/1",
            "images/vpn.png",
            "https://cdn.acme.test/logo.png",
            "https://img.wiki.acme.test/chart.png",
        ]
        # The same rule wherever markdown is shown: revisions and bulletins.
        revision = allowing.get(
            f"/api/v1/articles/{article['id']}/revisions/1", headers=world.supervisor.headers
        ).json()
        assert revision["body_html"] == html
        bulletin = created(
            allowing.post(
                "/api/v1/bulletins",
                json={"title": "Outage", "message": BODY},
                headers=world.supervisor.headers,
            )
        )
        assert bulletin["message_html"] == html
    # The allow-list is this desk's setting, not a global one.
    again = client.get(f"/api/v1/articles/{article['id']}", headers=world.supervisor.headers)
    assert "https://cdn.acme.test/logo.png" not in image_sources(again.json()["body_html"])
