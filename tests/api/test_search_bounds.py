"""Full-text search within bounds, on both databases: no text size makes a ticket unwritable
(PostgreSQL's 1 MB tsvector limit included), a long thread stays searchable from its first
comment to its last, a ticket matches by words spread over its subject and comments without
a customer ever matching an internal note, and `sportello reindex` shows its progress."""

import itertools
import string
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import get_settings
from tests.api.conftest import World
from tests.api.kb import created, search, titles

MAX_TEXT = 100_000  # the longest description or comment the API takes


def distinct_words(first: str, total: int, *, salt: str) -> str:
    """`first`, then as many different words as fit in `total` characters.

    Different words are the worst case for a tsvector (one entry each, no shared positions):
    five such comments in one document would be well over PostgreSQL's 1 MB.
    """
    alphabet = string.ascii_lowercase
    words = (salt + "".join(p) for p in itertools.product(alphabet, repeat=3))
    text = first
    parts = [first]
    length = len(first)
    for word in words:
        if length + 1 + len(word) > total:
            break
        parts.append(word)
        length += 1 + len(word)
    text = " ".join(parts)
    assert len(text) <= total
    return text


def numbers(hits: list[dict[str, object]]) -> list[int]:
    return [hit["ticket"]["number"] for hit in hits]  # type: ignore[index]


def test_a_huge_description_and_comment_are_written_and_found(
    client: TestClient, world: World
) -> None:
    ticket = world.open_ticket(
        client,
        subject="Log dump attached",
        description=distinct_words("zebracrossing", MAX_TEXT, salt="d"),
    )
    number = ticket["number"]
    created(
        client.post(
            f"/api/v1/tickets/{number}/comments",
            json={"body": distinct_words("quokkafarm", MAX_TEXT, salt="c")},
            headers=world.alice.headers,
        )
    )
    assert numbers(search(client, world.agent, "zebracrossing")) == [number]
    assert numbers(search(client, world.alice, "quokkafarm")) == [number]
    # Still a ticket like any other: edited, resolved with a long resolution, found again.
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": distinct_words("narwhal", 20_000, salt="r")},
        headers=world.agent.headers,
    )
    assert response.status_code == 200, response.text
    assert numbers(search(client, world.alice, "narwhal")) == [number]
    assert numbers(search(client, world.alice, "zebracrossing")) == [number]


def test_a_long_thread_of_huge_comments_stays_writable_and_searchable(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client, subject="Sync keeps failing")["number"]
    first_words = [f"marker{letter}start" for letter in "abcdefghij"]
    for n, first in enumerate(first_words):
        author = world.alice if n % 2 == 0 else world.agent
        created(
            client.post(
                f"/api/v1/tickets/{number}/comments",
                json={"body": distinct_words(first, MAX_TEXT, salt=f"t{n}")},
                headers=author.headers,
            )
        )
    for first in (first_words[0], first_words[-1]):
        assert numbers(search(client, world.alice, first)) == [number]
    # A word of the subject and one of the last comment: found together.
    assert numbers(search(client, world.alice, f"sync {first_words[-1]}")) == [number]
    response = client.patch(
        f"/api/v1/tickets/{number}", json={"subject": "Sync fails"}, headers=world.agent.headers
    )
    assert response.status_code == 200, response.text
    assert titles(search(client, world.agent, "sync")) == ["Sync fails"]


def test_words_spread_over_a_ticket_match_but_internal_notes_only_for_staff(
    client: TestClient, world: World
) -> None:
    number = world.open_ticket(client, subject="Scanner offline", description="Third floor.")[
        "number"
    ]
    for body, internal in (("The toner was replaced.", False), ("Vendor case 88123.", True)):
        created(
            client.post(
                f"/api/v1/tickets/{number}/comments",
                json={"body": body, "internal": internal},
                headers=world.agent.headers,
            )
        )
    # Every word somewhere in what the reader may see: subject, description, a comment.
    for reader in (world.alice, world.agent):
        assert numbers(search(client, reader, "scanner toner floor")) == [number]
    # A word only in the internal note: staff match, the customer does not, by any path.
    assert numbers(search(client, world.agent, "scanner 88123")) == [number]
    assert "88123" in search(client, world.agent, "88123")[0]["snippet_html"]
    for q in ("88123", "scanner 88123", "vendor"):
        assert search(client, world.alice, q) == []
        listed = client.get("/api/v1/tickets", params={"q": q}, headers=world.alice.headers)
        assert listed.json()["items"] == []
    # The subject is highlighted even when the best match is a comment's.
    [hit] = search(client, world.alice, "toner")
    assert hit["title_html"] == "Scanner offline"
    assert "<mark>toner</mark>" in hit["snippet_html"].lower()
    [hit] = search(client, world.alice, "scanner toner")
    assert "<mark>" in hit["title_html"]


def test_a_ticket_is_one_hit_however_many_of_its_comments_match(
    client: TestClient, world: World
) -> None:
    busy = world.open_ticket(client, subject="Printer queue stuck")["number"]
    quiet = world.open_ticket(client, subject="Monitor flickers", description="Printer fine.")[
        "number"
    ]
    for n in range(4):
        created(
            client.post(
                f"/api/v1/tickets/{busy}/comments",
                json={"body": f"Printer still stuck, attempt {n}."},
                headers=world.alice.headers,
            )
        )
    first = client.get(
        "/api/v1/search", params={"q": "printer", "limit": 1}, headers=world.agent.headers
    ).json()
    assert numbers(first["items"]) == [busy]  # the subject's match ranks first
    second = client.get(
        "/api/v1/search",
        params={"q": "printer", "limit": 1, "cursor": first["next_cursor"]},
        headers=world.agent.headers,
    ).json()
    assert numbers(second["items"]) == [quiet]
    assert second["next_cursor"] is None


@pytest.fixture
def cli_database(
    database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> Iterator[None]:
    monkeypatch.setenv("SPORTELLO_DATABASE_URL", database_url)
    monkeypatch.setenv("SPORTELLO_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_reindex_shows_progress_and_a_summary(
    client: TestClient, world: World, cli_database: None
) -> None:
    numbers_ = [world.open_ticket(client, subject=f"Badge reader {n}")["number"] for n in range(3)]
    created(
        client.post(
            f"/api/v1/tickets/{numbers_[0]}/comments",
            json={"body": "Turnstile beeps twice."},
            headers=world.alice.headers,
        )
    )
    result = CliRunner().invoke(cli, ["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexing tickets" in result.stderr
    assert "3/3" in result.stderr
    assert "left" in result.stderr
    assert result.stdout.startswith("Indexed 3 tickets (1 comments) and 0 articles in ")
    assert numbers(search(client, world.alice, "turnstile")) == [numbers_[0]]
    assert sorted(numbers(search(client, world.agent, "badge"))) == sorted(numbers_)
