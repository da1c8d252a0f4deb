"""The administrators' view of background jobs: list, page, filter, retry; nobody else's."""

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.db.session import transaction
from api.jobs import defer
from tests import job_tasks
from tests.api.conftest import Person, World

assert job_tasks  # registers the test tasks in this process


def defer_records(app: FastAPI, *labels: str) -> None:
    with transaction(app.state.db) as session:
        for label in labels:
            defer(session, "test.record", label=label)


def problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    return body


def test_admins_page_through_jobs_newest_first(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    defer_records(app, "first", "second", "third")

    first = client.get("/api/v1/jobs", params={"limit": 2}, headers=admin.headers)
    assert first.status_code == 200, first.text
    page = first.json()
    assert [job["args"]["label"] for job in page["items"]] == ["third", "second"]
    assert {job["status"] for job in page["items"]} == {"todo"}
    assert {job["attempts"] for job in page["items"]} == {0}
    rest = client.get(
        "/api/v1/jobs", params={"limit": 2, "cursor": page["next_cursor"]}, headers=admin.headers
    ).json()
    assert [job["args"]["label"] for job in rest["items"]] == ["first"]
    assert rest["next_cursor"] is None

    job_id = page["items"][0]["id"]
    one = client.get(f"/api/v1/jobs/{job_id}", headers=admin.headers)
    assert one.status_code == 200
    assert one.json()["task_name"] == "test.record"


def test_the_status_filter_and_a_tampered_cursor(
    client: TestClient, app: FastAPI, admin: Person
) -> None:
    defer_records(app, "waiting")
    failed = client.get("/api/v1/jobs", params={"status": "failed"}, headers=admin.headers)
    assert failed.json()["items"] == []
    todo = client.get("/api/v1/jobs", params={"status": "todo"}, headers=admin.headers)
    assert len(todo.json()["items"]) == 1

    problem(client.get("/api/v1/jobs", params={"status": "lost"}, headers=admin.headers), 422)
    bad = client.get("/api/v1/jobs", params={"cursor": "not-a-cursor"}, headers=admin.headers)
    problem(bad, 400)


def test_only_a_failed_job_can_be_retried(client: TestClient, app: FastAPI, admin: Person) -> None:
    defer_records(app, "waiting")
    [job] = client.get("/api/v1/jobs", headers=admin.headers).json()["items"]
    conflict = problem(client.post(f"/api/v1/jobs/{job['id']}/retry", headers=admin.headers), 409)
    assert "todo" in conflict["detail"]


@pytest.mark.parametrize("job_id", [999_999, 0, -1, 2**31 - 1])
def test_unknown_jobs_are_404(client: TestClient, admin: Person, job_id: int) -> None:
    problem(client.get(f"/api/v1/jobs/{job_id}", headers=admin.headers), 404)
    problem(client.post(f"/api/v1/jobs/{job_id}/retry", headers=admin.headers), 404)


def test_nobody_but_an_admin_sees_or_retries_jobs(
    client: TestClient, app: FastAPI, world: World
) -> None:
    defer_records(app, "private")
    [job] = client.get("/api/v1/jobs", headers=world.admin.headers).json()["items"]
    for person in (world.supervisor, world.agent, world.alice):
        problem(client.get("/api/v1/jobs", headers=person.headers), 403)
        problem(client.get(f"/api/v1/jobs/{job['id']}", headers=person.headers), 404)
        problem(client.post(f"/api/v1/jobs/{job['id']}/retry", headers=person.headers), 404)
    problem(client.get("/api/v1/jobs"), 401)


def test_a_misspelt_task_name_fails_at_defer(app: FastAPI) -> None:
    with pytest.raises(LookupError), transaction(app.state.db) as session:
        defer(session, "test.no-such-task")
    with pytest.raises(TypeError), transaction(app.state.db) as session:
        defer(session, "test.record", label=object())
