"""Subscribers see a change's ticket events inside its transaction, and only if it commits."""

from collections.abc import Iterator, Sequence

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.events import bus
from api.ticket.models import TicketEvent
from tests.api.conftest import World


@pytest.fixture
def seen() -> Iterator[list[tuple[int, str]]]:
    calls: list[tuple[int, str]] = []

    def record(session: Session, events: Sequence[TicketEvent]) -> None:
        calls.extend((e.ticket_id, e.kind) for e in events)
        assert all(e.id is not None for e in events)

    bus.subscribe("test.recorder", notifies=True)(record)
    yield calls
    bus._subscribers.pop("test.recorder")


def test_a_created_ticket_and_a_comment_reach_subscribers(
    client: TestClient, world: World, seen: list[tuple[int, str]]
) -> None:
    created = client.post(
        "/api/v1/tickets",
        json={"subject": "Printer", "description": "Jammed"},
        headers=world.alice.headers,
    )
    assert created.status_code == 201, created.text
    number = created.json()["number"]
    assert [kind for _, kind in seen] == ["created"]
    seen.clear()
    comment = client.post(
        f"/api/v1/tickets/{number}/comments", json={"body": "Still"}, headers=world.alice.headers
    )
    assert comment.status_code == 201, comment.text
    assert [kind for _, kind in seen] == ["commented"]


def test_a_refused_change_reaches_nobody(
    client: TestClient, world: World, seen: list[tuple[int, str]]
) -> None:
    refused = client.post(
        "/api/v1/tickets", json={"subject": "", "description": "x"}, headers=world.alice.headers
    )
    assert refused.status_code == 422
    assert seen == []
