"""Article views and "did this solve it?" answers count once per person, article and day."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.kb import created, write_article


def _published(client: TestClient, world: World) -> dict[str, Any]:
    return write_article(
        client, world.supervisor, status="published", visibility="public", title="VPN setup"
    )


def _view(client: TestClient, article: dict[str, Any], who: Person) -> int:
    response = client.get(f"/api/v1/articles/{article['id']}", headers=who.headers)
    count: int = created(response)["view_count"]
    return count


def test_ten_views_by_one_person_count_once_and_two_people_twice(
    client: TestClient, world: World
) -> None:
    article = _published(client, world)
    assert [_view(client, article, world.alice) for _ in range(10)] == [1] * 10
    assert _view(client, article, world.bob) == 2
    assert _view(client, article, world.alice) == 2
    listed = client.get("/api/v1/articles", headers=world.agent.headers).json()["items"]
    assert [a["view_count"] for a in listed if a["id"] == article["id"]] == [2]


def test_parallel_views_by_one_person_count_once(client: TestClient, world: World) -> None:
    article = _published(client, world)
    with ThreadPoolExecutor(max_workers=8) as pool:
        counts = list(pool.map(lambda _: _view(client, article, world.carol), range(16)))
    assert set(counts) == {1}


def _answer(client: TestClient, who: Person, **body: Any) -> dict[str, Any]:
    return created(client.post("/api/v1/deflections", json=body, headers=who.headers))


def _report(client: TestClient, world: World) -> dict[str, Any]:
    return created(client.get("/api/v1/deflections/report", headers=world.supervisor.headers))


def test_one_person_cannot_inflate_the_deflection_rate(client: TestClient, world: World) -> None:
    article = _published(client, world)
    first = _answer(client, world.alice, article_id=article["id"], solved=True)
    for _ in range(9):
        again = _answer(client, world.alice, article_id=article["id"], solved=True)
        assert again["id"] == first["id"]
    report = _report(client, world)
    assert (report["answered"], report["solved"]) == (1, 1)

    _answer(client, world.bob, article_id=article["id"], solved=False)
    report = _report(client, world)
    assert (report["answered"], report["solved"], report["deflection_rate"]) == (2, 1, 0.5)
    assert report["articles"] == [
        {"article_id": article["id"], "title": "VPN setup", "solved": 1, "not_solved": 1}
    ]


def test_a_changed_answer_replaces_the_earlier_one_of_the_day(
    client: TestClient, world: World
) -> None:
    article = _published(client, world)
    _answer(client, world.alice, article_id=article["id"], solved=False, query="vpn")
    changed = _answer(client, world.alice, article_id=article["id"], solved=True, query="vpn")
    assert changed["solved"] is True
    report = _report(client, world)
    assert (report["answered"], report["solved"]) == (1, 1)


def test_answers_naming_no_article_count_once_a_day_too(client: TestClient, world: World) -> None:
    for _ in range(3):
        _answer(client, world.alice, solved=False, query="printer")
    _answer(client, world.bob, solved=False)
    report = _report(client, world)
    assert (report["answered"], report["solved"]) == (2, 0)
