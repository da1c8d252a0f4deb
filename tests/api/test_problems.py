"""RFC 9457 problem+json on every kind of error, and no 500 on any input."""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.ticket.kinds import Channel, TicketType
from api.ticket.lifecycle import Status
from api.ticket.priority import Level, Priority
from tests.api.conftest import Person, World

PROBLEM = "application/problem+json"
PROBLEM_KEYS = {"type", "title", "status", "detail", "errors", "allowed"}


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    """The one error shape: content type, RFC 9457 members, each 422 naming its fields."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert set(body) <= PROBLEM_KEYS, body
    assert body["status"] == status
    assert isinstance(body["title"], str)
    assert body["title"]
    assert body["type"].startswith("https://sportello.dev/problems/")
    assert isinstance(body["detail"], str)
    for leak in ("Traceback", "sqlalchemy", "psycopg", "sqlite3", "SELECT ", "INSERT ", "UPDATE "):
        assert leak not in response.text, response.text
    if status == 422:
        assert body["errors"], body
        for error in body["errors"]:
            assert set(error) == {"field", "message"}
            assert error["field"]
            assert error["message"]
    if field is not None:
        assert field in [e["field"] for e in body["errors"]], body
    return body


def assert_not_a_crash(response: Any) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert_problem(response, response.status_code)


# --- one sample of each status -----------------------------------------------------------------


def test_401_and_403(client: TestClient, world: World) -> None:
    for response in (
        client.get("/api/v1/tickets"),
        client.get("/api/v1/tickets/1001"),
        client.post("/api/v1/tickets", json={"subject": "x"}),
        client.get("/api/v1/users/me", headers={"Authorization": "Bearer nope"}),
    ):
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
    body = assert_problem(client.get("/api/v1/users", headers=world.alice.headers), 403)
    assert body["type"] == "https://sportello.dev/problems/forbidden"
    assert (
        "www-authenticate" not in client.get("/api/v1/users", headers=world.alice.headers).headers
    )


def test_404_and_405(client: TestClient, world: World) -> None:
    h = world.agent.headers
    missing = assert_problem(client.get("/api/v1/tickets/4242", headers=h), 404)
    assert missing["type"] == "https://sportello.dev/problems/not-found"
    for path in ("/api/v1/no-such-thing", "/api/v1/tickets/1001/nothing", "/api/v2/tickets"):
        assert_problem(client.get(path, headers=h), 404)
    # A route that does not exist answers the same with or without a token.
    assert_problem(client.get("/api/v1/no-such-thing"), 404)
    response = client.delete("/api/v1/tickets", headers=world.admin.headers)
    assert_problem(response, 405)
    assert response.headers["allow"]
    assert_problem(client.put("/api/v1/users/me", json={}, headers=world.admin.headers), 405)


def test_409_names_the_allowed_transitions(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    response = client.patch(
        f"/api/v1/tickets/{number}", json={"status": "closed"}, headers=world.agent.headers
    )
    body = assert_problem(response, 409)
    assert body["type"] == "https://sportello.dev/problems/invalid-transition"
    assert body["allowed"] == ["open", "resolved"]
    assert "new" in body["detail"]
    assert "closed" in body["detail"]


def test_412_for_a_stale_if_match(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}"
    etag = client.get(url, headers=world.agent.headers).headers["etag"]
    first = client.patch(
        url, json={"subject": "First edit"}, headers=world.agent.headers | {"If-Match": etag}
    )
    assert first.status_code == 200
    stale = client.patch(
        url, json={"subject": "Second edit"}, headers=world.supervisor.headers | {"If-Match": etag}
    )
    assert_problem(stale, 412)
    assert client.get(url, headers=world.agent.headers).json()["subject"] == "First edit"


def test_422_names_each_field(client: TestClient, world: World) -> None:
    h = world.alice.headers
    body = assert_problem(client.post("/api/v1/tickets", json={}, headers=h), 422, "subject")
    assert body["type"] == "https://sportello.dev/problems/validation"
    assert_problem(
        client.post(
            "/api/v1/tickets",
            json={"subject": "No memory", "description": 5, "type": "rant"},
            headers=h,
        ),
        422,
    )
    several = client.post(
        "/api/v1/tickets", json={"subject": "", "type": "rant", "impact": 3}, headers=h
    ).json()
    assert {e["field"] for e in several["errors"]} == {"subject", "type", "impact"}
    details = client.post(
        "/api/v1/tickets",
        json={
            "subject": "Laptop",
            "category_id": world.computer["id"],
            "details": {"operating_system": "macOS", "memory_gb": "sixteen"},
        },
        headers=h,
    )
    body = assert_problem(details, 422, "details.memory_gb")
    assert body["errors"] == [{"field": "details.memory_gb", "message": "must be a whole number"}]
    assert_problem(client.get("/api/v1/tickets", params={"limit": 0}, headers=h), 422, "limit")
    # A customer sending a staff field is refused by name, not silently ignored.
    assert_problem(
        client.post("/api/v1/tickets", json={"subject": "x", "priority": "critical"}, headers=h),
        422,
        "priority",
    )
    assert client.get("/api/v1/tickets", headers=h).json()["items"] == []


def test_400_for_malformed_json_and_tampered_cursors(client: TestClient, admin: Person) -> None:
    for content in (
        '{"subject": ',
        "{'subject': 'x'}",
        '{"subject": "x",}',
        "subject=x",
        "\xff\xfe",
    ):
        response = client.post(
            "/api/v1/tickets",
            content=content.encode("latin-1"),
            headers=admin.headers | {"Content-Type": "application/json"},
        )
        body = assert_problem(response, 400)
        assert body["detail"] == "The request body is not valid JSON."
    assert client.get("/api/v1/tickets", headers=admin.headers).json()["items"] == []
    for cursor in ("garbage", "eyJhIjoxfQ", "W10"):
        response = client.get("/api/v1/tickets", params={"cursor": cursor}, headers=admin.headers)
        assert_problem(response, 400)


# --- never a 500 ---------------------------------------------------------------------------------


ODD_PATHS = [
    "/api/v1/tickets/99999999999999999999",
    "/api/v1/tickets/9223372036854775808",
    "/api/v1/tickets/2147483648",
    "/api/v1/tickets/-1",
    "/api/v1/tickets/0",
    "/api/v1/tickets/1e3",
    "/api/v1/tickets/HD-1001",
    "/api/v1/tickets/%00",
    "/api/v1/tickets/99999999999999999999/events",
    "/api/v1/tickets/-5/comments",
    "/api/v1/tickets/99999999999999999999/escalations",
    "/api/v1/users/99999999999999999999",
    "/api/v1/users/-1",
    "/api/v1/teams/99999999999999999999",
    "/api/v1/organizations/99999999999999999999",
    "/api/v1/categories/-1",
]


def test_odd_ids_in_paths_and_bodies(client: TestClient, world: World) -> None:
    for path in ODD_PATHS:
        response = client.get(path, headers=world.admin.headers)
        assert response.status_code in (400, 404, 422), (path, response.text)
        assert_problem(response, response.status_code)
    h = world.admin.headers
    huge = 10**20
    for method, path, body in (
        ("PATCH", f"/api/v1/tickets/{huge}", {"subject": "x"}),
        ("PUT", f"/api/v1/tickets/{huge}/assignment", {"team_id": 1}),
        ("PUT", f"/api/v1/teams/{world.network['id']}/members/{huge}", None),
        ("DELETE", f"/api/v1/teams/{world.network['id']}/members/-1", None),
        ("DELETE", f"/api/v1/api-tokens/{huge}", None),
        ("PATCH", f"/api/v1/users/{huge}", {"name": "x"}),
        ("POST", "/api/v1/tickets", {"subject": "x", "category_id": huge}),
        ("POST", "/api/v1/tickets", {"subject": "x", "requester_id": -huge}),
        ("POST", "/api/v1/users", {"email": "n@example.com", "name": "N", "organization_id": huge}),
        ("POST", "/api/v1/categories", {"name": "x", "parent_id": huge}),
    ):
        response = client.request(method, path, json=body, headers=h)
        assert response.status_code in (400, 404, 422), (method, path, response.text)
        assert_problem(response, response.status_code)
    number = world.open_ticket(client)["number"]
    assign = client.put(
        f"/api/v1/tickets/{number}/assignment", json={"team_id": huge, "agent_id": huge}, headers=h
    )
    assert assign.status_code in (400, 422)
    assert_problem(assign, assign.status_code)
    assert client.get("/api/v1/tickets", headers=h).json()["items"][0]["team_id"] is None


# A wrong-typed value for every query parameter of GET /tickets.
BAD_TICKET_QUERY = {
    "status": "sleeping",
    "priority": "urgent!",
    "type": "rant",
    "category_id": "computer",
    "assignee": "x" * 21,
    "team_id": "1.5",
    "requester_id": "alice",
    "organization_id": "[1]",
    "channel": "pigeon",
    "tag": "t" * 51,
    "created_after": "yesterday",
    "created_before": "2024-13-45",
    "updated_after": "2024-01-01T00:00:00",  # no offset: not an instant
    "updated_before": "1e10",
    "resolved_after": "last week",
    "resolved_before": "2024-02-30T10:00:00Z",
    "q": "q" * 201,
    "sort": "random",
    "limit": "many",
    "cursor": "c" * 501,
    "closure": "forgotten",
    "sla": "late-ish",
    "sla_due_before": "tomorrow",
}


def test_wrong_types_in_every_ticket_query_parameter(
    client: TestClient, world: World, app: FastAPI
) -> None:
    operation = app.openapi()["paths"]["/api/v1/tickets"]["get"]
    declared = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
    assert set(BAD_TICKET_QUERY) == declared, "a query parameter has no wrong-typed case here"
    world.open_ticket(client)
    for name, value in BAD_TICKET_QUERY.items():
        response = client.get("/api/v1/tickets", params={name: value}, headers=world.agent.headers)
        assert response.status_code in (400, 422), (name, response.text)
        body = assert_problem(response, response.status_code)
        if response.status_code == 422:
            assert name in [e["field"].split(".")[0] for e in body["errors"]], (name, body)
    # Every one at once: still a clean refusal, naming them.
    everything = client.get("/api/v1/tickets", params=BAD_TICKET_QUERY, headers=world.agent.headers)
    body = assert_problem(everything, 422)
    assert len(body["errors"]) >= 10
    for name in ("category_id", "team_id", "requester_id", "organization_id", "assignee"):
        for value in (str(10**20), str(-(10**20)), str(2**63)):
            response = client.get(
                "/api/v1/tickets", params={name: value}, headers=world.admin.headers
            )
            assert_not_a_crash(response)
    for value in ("99999999999999999999", "-1"):
        response = client.get(
            "/api/v1/users", params={"organization_id": value}, headers=world.admin.headers
        )
        assert_not_a_crash(response)


def test_null_for_a_required_field_in_patch(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}"
    before = client.get(url, headers=world.agent.headers).json()
    for field in ("subject", "description", "status", "type", "impact", "urgency"):
        response = client.patch(url, json={field: None}, headers=world.agent.headers)
        assert_problem(response, 422, field=field)
        both = client.patch(url, json={field: None, "tags": ["x"]}, headers=world.agent.headers)
        assert_problem(both, 422, field=field)
    assert client.get(url, headers=world.agent.headers).json() == before


def test_nulls_elsewhere_in_patches(client: TestClient, world: World) -> None:
    h = world.admin.headers
    for path, body, field in (
        (f"/api/v1/users/{world.agent.id}", {"name": None}, "name"),
        (f"/api/v1/users/{world.agent.id}", {"role": None}, "role"),
        (f"/api/v1/users/{world.agent.id}", {"active": None}, "active"),
        (f"/api/v1/teams/{world.network['id']}", {"tier": None}, "tier"),
        ("/api/v1/users/me", {"password": None}, "password"),
    ):
        response = client.patch(path, json=body, headers=h)
        assert_problem(response, 422, field=field)
    for path, body in (
        (f"/api/v1/organizations/{world.acme['id']}", {"name": None, "shared_tickets": None}),
        (f"/api/v1/categories/{world.computer['id']}", {"name": None, "fields": None}),
    ):
        response = client.patch(path, json=body, headers=h)
        assert_not_a_crash(response)
    assert client.get(f"/api/v1/organizations/{world.acme['id']}", headers=h).json()["name"] == (
        "Acme"
    )
    category = client.get(f"/api/v1/categories/{world.computer['id']}", headers=h).json()
    assert category["fields"] == world.computer["fields"]


def test_unicode_and_emoji_survive(client: TestClient, world: World) -> None:
    subject = "🔥 La stampante è rotta — 打印机坏了 \u202eabc \U0001f468\u200d\U0001f4bb"
    created = world.open_ticket(client, subject=subject, description="Ünïcödé **markdown** 🎉")
    assert created["subject"] == subject
    fetched = client.get(f"/api/v1/tickets/{created['number']}", headers=world.alice.headers)
    assert fetched.json()["subject"] == subject
    assert fetched.json()["description"] == "Ünïcödé **markdown** 🎉"
    # Full-text search finds whole words: an unsegmented CJK run is one word.
    for q in ("打印机坏了", "stampante", "ünïcödé"):
        found = client.get("/api/v1/tickets", params={"q": q}, headers=world.agent.headers)
        assert [t["number"] for t in found.json()["items"]] == [created["number"]], q


def test_a_10000_character_subject_is_422(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/tickets", json={"subject": "x" * 10_000}, headers=world.alice.headers
    )
    assert_problem(response, 422, field="subject")
    number = world.open_ticket(client)["number"]
    patched = client.patch(
        f"/api/v1/tickets/{number}", json={"subject": "y" * 10_000}, headers=world.agent.headers
    )
    assert_problem(patched, 422, field="subject")
    assert client.get("/api/v1/tickets", headers=world.agent.headers).json()["items"][0][
        "subject"
    ] == ("Laptop does not boot")


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": "bottom"}
    for _ in range(depth):
        value = {"a": value, "list": [value]}
    return value


def _nested_lists(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def test_deeply_nested_details(client: TestClient, world: World) -> None:
    for depth in (5, 50, 300, 900):
        _check_deep_details(client, world, depth)


def _check_deep_details(client: TestClient, world: World, depth: int) -> None:
    h = world.alice.headers
    for body in (
        {"subject": "Deep", "details": {"x": _nested_lists(depth)}},
        {
            "subject": "Deep",
            "category_id": world.computer["id"],
            "details": {"operating_system": _nested_lists(depth)},
        },
    ):
        response = client.post("/api/v1/tickets", json=body, headers=h)
        assert response.status_code in (400, 422), response.text
        assert_problem(response, response.status_code)
    number = world.open_ticket(client)["number"]
    patched = client.patch(
        f"/api/v1/tickets/{number}",
        json={"category_id": world.computer["id"], "details": {"operating_system": _nested(3)}},
        headers=world.agent.headers,
    )
    assert_problem(patched, 422, field="details.operating_system")
    deep = client.patch(
        f"/api/v1/tickets/{number}",
        json={"details": {"x": _nested_lists(depth)}},
        headers=world.agent.headers,
    )
    assert deep.status_code in (400, 422), deep.text
    assert_problem(deep, deep.status_code)


def test_absurd_json_and_nul_characters_are_refused_cleanly(
    client: TestClient, admin: Person
) -> None:
    deep = '{"subject": "x", "details": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    response = client.post(
        "/api/v1/tickets",
        content=deep,
        headers=admin.headers | {"Content-Type": "application/json"},
    )
    assert response.status_code in (400, 413, 422), response.text[:200]
    assert_problem(response, response.status_code)
    for subject in ("\x07bell", "tab\there"):
        response = client.post("/api/v1/tickets", json={"subject": subject}, headers=admin.headers)
        assert_not_a_crash(response)
    for subject in ("a\x00b", "\u0000"):
        response = client.post("/api/v1/tickets", json={"subject": subject}, headers=admin.headers)
        assert [e["field"] for e in assert_problem(response, 422)["errors"]] == ["subject"]
    response = client.get("/api/v1/tickets", params={"q": "a\x00b"}, headers=admin.headers)
    assert_not_a_crash(response)


NUL = "a\u0000b"


def test_nul_characters_in_a_body_are_a_422_naming_the_field(
    client: TestClient, world: World
) -> None:
    """PostgreSQL cannot store NUL in text: refused up front, the same way on both databases."""
    number = world.open_ticket(client)["number"]
    ticket = f"/api/v1/tickets/{number}"
    acme = f"/api/v1/organizations/{world.acme['id']}"
    computer, phone = world.computer["id"], world.phone_line["id"]
    admin, agent, alice = world.admin, world.agent, world.alice
    cases: list[tuple[Person, str, str, dict[str, Any], str]] = [
        (alice, "POST", "/api/v1/tickets", {"subject": NUL}, "subject"),
        (alice, "POST", "/api/v1/tickets", {"subject": "x", "description": NUL}, "description"),
        (
            alice,
            "POST",
            "/api/v1/tickets",
            {"subject": "x", "category_id": computer, "details": {"operating_system": NUL}},
            "details",
        ),
        (
            alice,
            "POST",
            "/api/v1/tickets",
            {
                "subject": "x",
                "category_id": phone,
                "details": {"line_number": "+39 045 1234567", "extension": NUL},
            },
            "details",
        ),
        (
            alice,
            "POST",
            "/api/v1/tickets",
            {
                "subject": "x",
                "category_id": computer,
                "details": {"operating_system": "Linux", NUL: 1},
            },
            "details",
        ),
        (
            agent,
            "POST",
            "/api/v1/tickets",
            {"subject": "x", "details": {"a": [{"b": NUL}]}},
            "details",
        ),
        (agent, "PATCH", ticket, {"subject": NUL}, "subject"),
        (agent, "PATCH", ticket, {"description": NUL}, "description"),
        (agent, "PATCH", ticket, {"priority": "high", "priority_reason": NUL}, "priority_reason"),
        (agent, "PATCH", ticket, {"status": "resolved", "resolution": NUL}, "resolution"),
        (agent, "POST", f"{ticket}/comments", {"body": NUL}, "body"),
        (alice, "POST", f"{ticket}/comments", {"body": NUL}, "body"),
        (
            agent,
            "POST",
            f"{ticket}/escalations",
            {"team_id": world.network["id"], "reason": NUL},
            "reason",
        ),
        (admin, "POST", "/api/v1/organizations", {"name": NUL}, "name"),
        (admin, "PATCH", acme, {"name": NUL}, "name"),
        (admin, "POST", f"{acme}/departments", {"name": NUL}, "name"),
        (admin, "POST", f"{acme}/locations", {"name": "Annex", "address": NUL}, "address"),
        (admin, "POST", "/api/v1/teams", {"name": NUL}, "name"),
        (admin, "POST", "/api/v1/teams", {"name": "Desktop", "description": NUL}, "description"),
        (admin, "POST", "/api/v1/categories", {"name": NUL}, "name"),
        (
            admin,
            "POST",
            "/api/v1/categories",
            {"name": "Printer", "fields": [{"key": "model", "label": NUL, "type": "text"}]},
            "fields.0.label",
        ),
        (
            admin,
            "POST",
            "/api/v1/categories",
            {
                "name": "Printer",
                "fields": [{"key": "tray", "label": "Tray", "type": "choice", "choices": [NUL]}],
            },
            "fields.0.choices",
        ),
        (
            admin,
            "POST",
            "/api/v1/users",
            {"email": "nul@example.com", "name": NUL, "password": "correct horse battery"},
            "name",
        ),
        (alice, "PATCH", "/api/v1/users/me", {"name": NUL}, "name"),
        (alice, "PATCH", "/api/v1/users/me", {"phone": NUL}, "phone"),
        (agent, "POST", "/api/v1/api-tokens", {"name": NUL}, "name"),
    ]

    def snapshot() -> dict[str, Any]:
        reads = [
            (admin, url)
            for url in (
                "/api/v1/tickets",
                ticket,
                f"{ticket}/comments",
                f"{ticket}/events",
                f"{ticket}/escalations",
                "/api/v1/organizations",
                "/api/v1/teams",
                "/api/v1/categories",
                "/api/v1/users",
            )
        ] + [(agent, "/api/v1/api-tokens"), (alice, "/api/v1/users/me")]
        seen: dict[str, Any] = {}
        for who, url in reads:
            response = client.get(url, headers=who.headers)
            assert response.status_code == 200, (url, response.text)
            seen[f"{who.email} {url}"] = response.json()
        return seen

    before = snapshot()
    for who, method, path, body, field in cases:
        response = client.request(method, path, json=body, headers=who.headers)
        problem = assert_problem(response, 422)
        assert problem["errors"] == [
            {"field": field, "message": "Value error, must not contain NUL characters"}
        ], (method, path, body)
    assert snapshot() == before


# --- fuzzing -------------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def _field(typed: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right type, sometimes any JSON at all."""
    return st.one_of(typed, typed, json_values)


def _enum(values: type[Any]) -> st.SearchStrategy[Any]:
    return _field(st.sampled_from([v.value for v in values]) | st.from_type(str))


def _ticket_fields(world_ids: st.SearchStrategy[int]) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "subject": _field(st.from_type(str)),
        "description": _field(st.from_type(str)),
        "type": _enum(TicketType),
        "category_id": _field(world_ids | st.from_type(int)),
        "details": _field(
            st.dictionaries(
                st.sampled_from(
                    ["operating_system", "memory_gb", "line_number", "extension", "other"]
                ),
                json_values,
                max_size=3,
            )
        ),
        "impact": _enum(Level),
        "urgency": _enum(Level),
        "priority": _enum(Priority),
        "priority_reason": _field(st.from_type(str)),
        "tags": _field(st.lists(st.from_type(str), max_size=3)),
    }


SMALL_IDS = st.integers(min_value=-2, max_value=12)

create_bodies = st.one_of(
    st.fixed_dictionaries(
        {"subject": st.text(min_size=1, max_size=30)},
        optional={k: v for k, v in _ticket_fields(SMALL_IDS).items() if k != "subject"}
        | {
            "requester_id": _field(SMALL_IDS | st.from_type(int)),
            "channel": _enum(Channel),
            "department_id": _field(SMALL_IDS),
            "location_id": _field(SMALL_IDS),
        },
    ),
    st.dictionaries(st.text(max_size=15), json_values, max_size=5),
    json_values,
)
patch_bodies = st.one_of(
    st.fixed_dictionaries(
        {},
        optional=_ticket_fields(SMALL_IDS)
        | {"status": _enum(Status), "resolution": _field(st.from_type(str))},
    ),
    json_values,
)
FUZZ = settings(
    max_examples=50,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@FUZZ
@given(body=create_bodies, as_staff=st.booleans())
def test_fuzz_ticket_creation(client: TestClient, world: World, body: Any, as_staff: bool) -> None:
    who = world.agent if as_staff else world.alice
    response = client.post("/api/v1/tickets", json=body, headers=who.headers)
    assert_not_a_crash(response)
    if response.status_code == 201:
        number = response.json()["number"]
        fetched = client.get(f"/api/v1/tickets/{number}", headers=who.headers)
        assert fetched.status_code == 200
        assert fetched.json() == response.json()


@FUZZ
@given(body=patch_bodies, as_staff=st.booleans())
def test_fuzz_ticket_patch(client: TestClient, world: World, body: Any, as_staff: bool) -> None:
    who = world.agent if as_staff else world.alice
    number = world.open_ticket(client)["number"]
    url = f"/api/v1/tickets/{number}"
    before = client.get(url, headers=who.headers).json()
    response = client.patch(url, json=body, headers=who.headers)
    assert_not_a_crash(response)
    after = client.get(url, headers=who.headers).json()
    if response.status_code == 200:
        assert response.json() == after
    else:
        # A refused change leaves no trace.
        assert after == before
