"""Articles: who reads and writes what, safe rendering, revisions, votes and views."""

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.api.kb import created, write_article

PROBLEM = "application/problem+json"


def _get(client: TestClient, article_id: int, who: Any) -> Any:
    return client.get(f"/api/v1/articles/{article_id}", headers=who.headers)


def test_customers_read_published_public_articles_only(client: TestClient, world: World) -> None:
    public = write_article(
        client, world.supervisor, title="Public", status="published", visibility="public"
    )
    internal = write_article(client, world.agent, title="Internal", status="published")
    draft = write_article(client, world.agent, title="Draft")
    archived = write_article(
        client, world.supervisor, title="Old", status="archived", visibility="public"
    )
    assert _get(client, public["id"], world.alice).status_code == 200
    for hidden in (internal, draft, archived):
        response = _get(client, hidden["id"], world.alice)
        assert response.status_code == 404
        assert response.json() == _get(client, 999_999, world.alice).json() | {
            "detail": response.json()["detail"]
        }
        assert _get(client, hidden["id"], world.agent).status_code == 200
    listed = client.get("/api/v1/articles", headers=world.alice.headers).json()["items"]
    assert [a["title"] for a in listed] == ["Public"]
    staff = client.get("/api/v1/articles", headers=world.agent.headers).json()["items"]
    assert {a["title"] for a in staff} == {"Public", "Internal", "Draft", "Old"}


def test_who_may_write_publish_and_delete(client: TestClient, world: World) -> None:
    body = {"title": "How to", "body": "Text", "language": "en"}
    refused = client.post("/api/v1/articles", json=body, headers=world.alice.headers)
    assert refused.status_code == 403
    public = body | {"status": "published", "visibility": "public"}
    refused = client.post("/api/v1/articles", json=public, headers=world.agent.headers)
    assert refused.status_code == 403
    assert refused.headers["content-type"] == PROBLEM
    article = created(client.post("/api/v1/articles", json=body, headers=world.agent.headers))
    assert article["status"] == "draft"
    assert article["visibility"] == "internal"
    path = f"/api/v1/articles/{article['id']}"
    publish = {"status": "published", "visibility": "public"}
    assert client.patch(path, json=publish, headers=world.agent.headers).status_code == 403
    assert client.patch(path, json=publish, headers=world.supervisor.headers).status_code == 200
    # Once it is public, rewriting or unpublishing it is a publisher's call too.
    assert client.patch(path, json={"body": "x"}, headers=world.agent.headers).status_code == 403
    assert client.delete(path, headers=world.agent.headers).status_code == 403
    assert client.delete(path, headers=world.supervisor.headers).status_code == 204
    assert _get(client, article["id"], world.supervisor).status_code == 404


def test_markdown_is_rendered_to_safe_html(client: TestClient, world: World) -> None:
    article = write_article(
        client,
        world.agent,
        body="## Steps\n\n1. **Restart**\n\n<script>alert(1)</script>\n\n"
        "[bad](javascript:alert(1)) <img src=x onerror=alert(1)> [good](https://example.com)",
    )
    html = article["body_html"]
    assert "<h2>Steps</h2>" in html
    assert "<strong>Restart</strong>" in html
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html
    assert '<a href="https://example.com" rel="noopener noreferrer nofollow">good</a>' in html
    assert article["body"].startswith("## Steps")  # the markdown is kept as written


def test_input_is_validated(client: TestClient, world: World) -> None:
    h = world.agent.headers
    for body, field in (
        ({"title": " ", "language": "en"}, "title"),
        ({"title": "x", "language": "de"}, "language"),
        ({"title": "x", "language": "en", "secret": 1}, "secret"),
        ({"title": "x", "language": "en", "category_id": 999}, "category_id"),
        ({"title": "x", "language": "en", "tags": ["Not a tag!"]}, "tags.0"),
        (
            {"title": "x", "language": "en", "tree": {"start": "a", "nodes": []}},
            "tree.nodes",
        ),
    ):
        response = client.post("/api/v1/articles", json=body, headers=h)
        assert response.status_code == 422, (body, response.text)
        assert field in [e["field"] for e in response.json()["errors"]], response.json()


def test_every_edit_is_a_revision_that_can_be_compared_and_restored(
    client: TestClient, world: World
) -> None:
    h = world.supervisor.headers
    article = write_article(
        client, world.supervisor, title="VPN setup", body="Line one\nLine two\n", tags=["vpn"]
    )
    path = f"/api/v1/articles/{article['id']}"
    created(client.patch(path, json={"body": "Line one\nLine 2\n", "note": "typo"}, headers=h))
    created(client.patch(path, json={"title": "VPN set-up", "status": "published"}, headers=h))
    revisions = client.get(f"{path}/revisions", headers=h).json()["items"]
    assert [r["number"] for r in revisions] == [3, 2, 1]
    assert revisions[1]["note"] == "typo"
    comparison = created(client.get(f"{path}/revisions/compare?from=1&to=3", headers=h))
    assert {c["field"]: (c["before"], c["after"]) for c in comparison["changes"]} == {
        "title": ("VPN setup", "VPN set-up"),
        "status": ("draft", "published"),
    }
    assert "-Line two" in comparison["body_diff"]
    assert "+Line 2" in comparison["body_diff"]
    old = created(client.get(f"{path}/revisions/1", headers=h))
    assert old["body"] == "Line one\nLine two\n"
    assert old["title"] == "VPN setup"

    restored = created(client.post(f"{path}/revisions/1/restore", headers=h))
    assert restored["revision"] == 4
    assert restored["title"] == "VPN setup"
    assert restored["body"] == "Line one\nLine two\n"
    assert restored["status"] == "published"  # the content comes back, not the draft state
    newest = client.get(f"{path}/revisions", headers=h).json()["items"][0]
    assert newest["number"] == 4
    assert newest["restored_from"] == 1
    # Restoring what is already there changes nothing.
    again = client.post(f"{path}/revisions/4/restore", headers=h)
    assert again.status_code == 409
    assert client.get(f"{path}/revisions/9", headers=h).status_code == 404
    # Not the customer's to see (internal): 404; a public one's history is staff-only: 403.
    assert client.get(f"{path}/revisions", headers=world.alice.headers).status_code == 404
    public = write_article(client, world.supervisor, status="published", visibility="public")
    refused = client.get(f"/api/v1/articles/{public['id']}/revisions", headers=world.alice.headers)
    assert refused.status_code == 403
    # The restored text is what search finds.
    search = client.get("/api/v1/search", params={"q": "line two"}, headers=h).json()["items"]
    assert [i["article"]["id"] for i in search] == [article["id"]]


def test_revisions_page_newest_first(client: TestClient, world: World) -> None:
    h = world.agent.headers
    article = write_article(client, world.agent, body="0")
    path = f"/api/v1/articles/{article['id']}"
    for i in range(1, 6):
        created(client.patch(path, json={"body": str(i)}, headers=h))
    numbers: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get(f"{path}/revisions", params=params, headers=h).json()
        numbers += [r["number"] for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert numbers == [6, 5, 4, 3, 2, 1]


def test_etag_and_if_match(client: TestClient, world: World) -> None:
    h = world.agent.headers
    article = write_article(client, world.agent)
    path = f"/api/v1/articles/{article['id']}"
    first = client.get(path, headers=h)
    etag = first.headers["ETag"]
    assert client.get(path, headers=h | {"If-None-Match": etag}).status_code == 304
    assert client.patch(path, json={"body": "A"}, headers=h | {"If-Match": etag}).status_code == 200
    stale = client.patch(path, json={"body": "B"}, headers=h | {"If-Match": etag})
    assert stale.status_code == 412
    assert client.get(path, headers=h).json()["body"] == "A"


def test_votes_and_views_are_counted(client: TestClient, world: World) -> None:
    article = write_article(
        client, world.supervisor, status="published", visibility="public", title="Counted"
    )
    path = f"/api/v1/articles/{article['id']}"
    etag = client.get(path, headers=world.alice.headers).headers["ETag"]
    for who in (world.bob, world.carol):
        client.get(path, headers=who.headers)
    assert client.get(path, headers=world.agent.headers).json()["view_count"] == 4
    assert client.get(path, headers=world.alice.headers).headers["ETag"] == etag  # views: no edit

    def vote(who: Any, helpful: bool) -> dict[str, Any]:
        return created(client.put(f"{path}/vote", json={"helpful": helpful}, headers=who.headers))

    vote(world.alice, True)
    vote(world.bob, True)
    assert vote(world.carol, False) | {} == {
        "article_id": article["id"],
        "helpful_count": 2,
        "not_helpful_count": 1,
        "your_vote": False,
    }
    assert vote(world.alice, True)["helpful_count"] == 2  # the same answer twice counts once
    changed = vote(world.bob, False)  # a changed mind moves the counts
    assert (changed["helpful_count"], changed["not_helpful_count"]) == (1, 2)
    hidden = write_article(client, world.agent, title="Hidden")
    refused = client.put(
        f"/api/v1/articles/{hidden['id']}/vote", json={"helpful": True}, headers=world.alice.headers
    )
    assert refused.status_code == 404
    by_views = client.get(
        "/api/v1/articles", params={"sort": "-views"}, headers=world.agent.headers
    )
    assert by_views.json()["items"][0]["id"] == article["id"]


def test_list_filters_sort_and_paginate(client: TestClient, world: World) -> None:
    for i, language in enumerate(["en", "es", "it", "fr", "en", "es"]):
        write_article(
            client,
            world.agent,
            title=f"Article {i}",
            language=language,
            tags=["even"] if i % 2 == 0 else ["odd"],
        )
    h = world.agent.headers
    spanish = client.get("/api/v1/articles", params={"language": "es"}, headers=h).json()
    assert [a["title"] for a in spanish["items"]] == ["Article 5", "Article 1"]
    even = client.get("/api/v1/articles", params={"tag": "even", "sort": "title"}, headers=h)
    assert [a["title"] for a in even.json()["items"]] == ["Article 0", "Article 2", "Article 4"]
    titles: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 4, "sort": "title"} | (
            {"cursor": cursor} if cursor else {}
        )
        page = client.get("/api/v1/articles", params=params, headers=h).json()
        titles += [a["title"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert titles == [f"Article {i}" for i in range(6)]
    bad = client.get("/api/v1/articles", params={"cursor": "garbage"}, headers=h)
    assert bad.status_code == 400
    unknown = client.get("/api/v1/articles", params={"sort": "-secret"}, headers=h)
    assert unknown.status_code == 422
