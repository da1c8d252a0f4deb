"""If-Match on every change to a ticket's sub-resources: assignment, escalations, solutions,
bulletin links. A stale ETag is a 412 and changes nothing; the current one (or none) goes
through, and the answer carries the new ETag."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Person, World
from tests.api.kb import created, write_article

PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class Change:
    """One state-changing request on a sub-resource, and what its ETag belongs to."""

    method: str
    path: str
    body: dict[str, Any] | None
    who: Person
    resource: str  # the path whose ETag If-Match takes
    touch: Callable[[], None]  # a change by someone else, making an ETag read before stale

    def send(self, client: TestClient, if_match: str | None) -> httpx.Response:
        headers = self.who.headers | ({"If-Match": if_match} if if_match is not None else {})
        return client.request(self.method, self.path, json=self.body, headers=headers)


def _etag(client: TestClient, path: str, who: Person) -> str:
    response = client.get(path, headers=who.headers)
    assert response.status_code == 200, response.text
    return response.headers["ETag"]


def _ticket_change(
    client: TestClient, world: World, number: int, method: str, tail: str, body: Any = None
) -> Change:
    def touch() -> None:
        created(
            client.patch(
                f"/api/v1/tickets/{number}",
                json={"tags": ["touched"]},
                headers=world.supervisor.headers,
            )
        )

    return Change(
        method, f"/api/v1/tickets/{number}{tail}", body, world.agent,
        f"/api/v1/tickets/{number}", touch,
    )  # fmt: skip


def _assigned(client: TestClient, world: World) -> int:
    number: int = world.open_ticket(client)["number"]
    created(
        client.put(
            f"/api/v1/tickets/{number}/assignment",
            json={"team_id": world.service_desk["id"], "agent_id": world.agent.id},
            headers=world.agent.headers,
        )
    )
    return number


def _bulletin(client: TestClient, world: World) -> int:
    body = {"title": "Email outage", "message": "Email is down; we are on it."}
    bulletin_id: int = created(
        client.post("/api/v1/bulletins", json=body, headers=world.supervisor.headers)
    )["id"]
    return bulletin_id


def _bulletin_change(
    client: TestClient, world: World, method: str, bulletin_id: int, tail: str, body: Any = None
) -> Change:
    def touch() -> None:
        created(
            client.patch(
                f"/api/v1/bulletins/{bulletin_id}",
                json={"message": "Still down; next update at noon."},
                headers=world.supervisor.headers,
            )
        )

    return Change(
        method, f"/api/v1/bulletins/{bulletin_id}{tail}", body, world.agent,
        f"/api/v1/bulletins/{bulletin_id}", touch,
    )  # fmt: skip


def assign(client: TestClient, world: World) -> Change:
    number = world.open_ticket(client)["number"]
    body = {"team_id": world.service_desk["id"], "agent_id": world.agent.id}
    return _ticket_change(client, world, number, "PUT", "/assignment", body)


def unassign(client: TestClient, world: World) -> Change:
    return _ticket_change(client, world, _assigned(client, world), "DELETE", "/assignment")


def escalate(client: TestClient, world: World) -> Change:
    body = {"team_id": world.network["id"], "reason": "Switch port fault."}
    return _ticket_change(client, world, _assigned(client, world), "POST", "/escalations", body)


def link_solution(client: TestClient, world: World) -> Change:
    number = world.open_ticket(client)["number"]
    article = write_article(client, world.supervisor, status="published")
    body = {"article_id": article["id"]}
    return _ticket_change(client, world, number, "POST", "/solutions", body)


def unlink_solution(client: TestClient, world: World) -> Change:
    number = world.open_ticket(client)["number"]
    article = write_article(client, world.supervisor, status="published")
    path = f"/api/v1/tickets/{number}/solutions"
    created(client.post(path, json={"article_id": article["id"]}, headers=world.agent.headers))
    return _ticket_change(client, world, number, "DELETE", f"/solutions/{article['id']}")


def link_bulletin(client: TestClient, world: World) -> Change:
    number = world.open_ticket(client)["number"]
    body = {"numbers": [number]}
    return _bulletin_change(client, world, "POST", _bulletin(client, world), "/tickets", body)


def unlink_bulletin(client: TestClient, world: World) -> Change:
    number = world.open_ticket(client)["number"]
    bulletin_id = _bulletin(client, world)
    created(
        client.post(
            f"/api/v1/bulletins/{bulletin_id}/tickets",
            json={"numbers": [number]},
            headers=world.agent.headers,
        )
    )
    return _bulletin_change(client, world, "DELETE", bulletin_id, f"/tickets/{number}")


CHANGES = [
    assign,
    unassign,
    escalate,
    link_solution,
    unlink_solution,
    link_bulletin,
    unlink_bulletin,
]


def _state(client: TestClient, change: Change, world: World) -> list[Any]:
    """What a change could alter: the resource itself and its history or links."""
    resource = client.get(change.resource, headers=world.supervisor.headers).json()
    if change.resource.startswith("/api/v1/tickets/"):
        extra = client.get(f"{change.resource}/events", headers=world.supervisor.headers)
    else:
        extra = client.get(f"{change.resource}/tickets", headers=world.supervisor.headers)
    return [resource, extra.json()]


@pytest.mark.parametrize("make", CHANGES, ids=lambda f: f.__name__)
def test_a_stale_if_match_is_412_and_changes_nothing(
    client: TestClient, world: World, make: Callable[[TestClient, World], Change]
) -> None:
    change = make(client, world)
    read = _etag(client, change.resource, change.who)
    change.touch()
    before = _state(client, change, world)

    response = change.send(client, read)
    assert response.status_code == 412, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 412
    assert _state(client, change, world) == before


@pytest.mark.parametrize("make", CHANGES, ids=lambda f: f.__name__)
def test_the_current_if_match_goes_through_and_answers_the_new_etag(
    client: TestClient, world: World, make: Callable[[TestClient, World], Change]
) -> None:
    change = make(client, world)
    read = _etag(client, change.resource, change.who)

    response = change.send(client, read)
    assert response.status_code in (200, 201, 204), response.text
    current = _etag(client, change.resource, change.who)
    assert current != read, "the change must make earlier ETags stale"
    assert response.headers["ETag"] == current
    # What was read before the change is now stale for the next one.
    assert change.send(client, read).status_code == 412


@pytest.mark.parametrize("make", CHANGES, ids=lambda f: f.__name__)
def test_if_match_stays_optional(
    client: TestClient, world: World, make: Callable[[TestClient, World], Change]
) -> None:
    change = make(client, world)
    change.touch()
    response = change.send(client, None)
    assert response.status_code in (200, 201, 204), response.text
    star = make(client, world)
    assert star.send(client, "*").status_code in (200, 201, 204)


def test_the_contract_documents_412_and_if_match(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    operations = [
        paths["/api/v1/tickets/{number}/assignment"]["put"],
        paths["/api/v1/tickets/{number}/assignment"]["delete"],
        paths["/api/v1/tickets/{number}/escalations"]["post"],
        paths["/api/v1/tickets/{number}/solutions"]["post"],
        paths["/api/v1/tickets/{number}/solutions/{article_id}"]["delete"],
        paths["/api/v1/bulletins/{bulletin_id}/tickets"]["post"],
        paths["/api/v1/bulletins/{bulletin_id}/tickets/{number}"]["delete"],
    ]
    for operation in operations:
        assert "412" in operation["responses"], operation["operationId"]
        headers = [p["name"] for p in operation["parameters"] if p["in"] == "header"]
        assert "If-Match" in headers, operation["operationId"]
