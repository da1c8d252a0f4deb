"""Knowledge base test helpers: the demo articles through the API, and small builders."""

from typing import Any

from fastapi.testclient import TestClient

from api.demo.knowledge import ARTICLES
from tests.api.conftest import Person, World


def created(response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    body: dict[str, Any] = response.json()
    return body


def write_article(client: TestClient, who: Person, **fields: Any) -> dict[str, Any]:
    body = {"title": "An article", "body": "Some text.", "language": "en"} | fields
    return created(client.post("/api/v1/articles", json=body, headers=who.headers))


def load_demo_articles(client: TestClient, world: World) -> dict[str, int]:
    """Every demo article (published; the team-only ones internal), by title."""
    ids: dict[str, int] = {}
    for spec in ARTICLES:
        article = write_article(
            client,
            world.supervisor,
            title=spec["title"],
            body=spec["body"],
            tags=spec["tags"],
            language=spec["language"],
            status="published",
            visibility="internal" if spec.get("internal") else "public",
        )
        ids[article["title"]] = article["id"]
    return ids


def search(client: TestClient, who: Person, q: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(
        "/api/v1/search", params={"q": q, "limit": 100} | params, headers=who.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def titles(items: list[dict[str, Any]]) -> list[str]:
    return [
        (i["article"]["title"] if i["kind"] == "article" else i["ticket"]["subject"]) for i in items
    ]
