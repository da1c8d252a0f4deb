"""The OpenAPI contract: the committed snapshot matches the app, and it is fit for codegen."""

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.core.config import Settings
from api.main import create_app

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "frontend" / "openapi.json"
PROBLEM_REF = "#/components/schemas/Problem"
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
OPERATION_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    app = create_app(
        Settings(database_url="sqlite://", data_dir=tmp_path_factory.mktemp("openapi"))
    )
    yield app.openapi()
    app.state.db.engine.dispose()


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def differences(old: Any, new: Any, where: str = "") -> Iterator[str]:
    """JSON-pointer-like places where two documents differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            place = f"{where}/{key}"
            if key not in old:
                yield f"{place} (only in the app)"
            elif key not in new:
                yield f"{place} (only in the snapshot)"
            else:
                yield from differences(old[key], new[key], place)
    elif old != new:
        yield where or "/"


def test_committed_snapshot_matches_the_app(document: dict[str, Any]) -> None:
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing: run `make openapi` and commit it"
    committed = json.loads(SNAPSHOT.read_text())
    if committed != document:
        places = list(differences(committed, document))
        pytest.fail(
            "frontend/openapi.json differs from the app's OpenAPI document; run `make openapi` "
            "and commit the result (and regenerate the frontend client). Differences:\n  "
            + "\n  ".join(
                places[:20] + ([f"... and {len(places) - 20} more"] if places[20:] else [])
            ),
            pytrace=False,
        )


def test_snapshot_is_stable_text() -> None:
    """Sorted keys and a final newline, so regenerating without changes leaves no diff."""
    text = SNAPSHOT.read_text()
    assert text.endswith("}\n")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"


def test_every_operation_has_a_tagged_unique_operation_id(document: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for method, path, operation in operations(document):
        where = f"{method} {path}"
        operation_id = operation.get("operationId")
        assert operation_id, f"{where} has no operationId"
        assert OPERATION_ID.match(operation_id), f"{where}: {operation_id!r} is not kebab-case"
        tags = operation.get("tags", [])
        assert len(tags) == 1, f"{where} should have exactly one tag, has {tags}"
        tag = tags[0]
        assert operation_id.startswith(f"{tag}-"), (
            f"{where}: operationId {operation_id!r} is not of the form <tag>-<name> ({tag})"
        )
        assert len(operation_id) > len(tag) + 1
        assert operation_id not in seen, f"{operation_id} is used by {seen[operation_id]} too"
        seen[operation_id] = where
    assert len(seen) >= 40


def test_every_error_response_is_a_problem(document: dict[str, Any]) -> None:
    for method, path, operation in operations(document):
        for code, response in operation["responses"].items():
            if not code.startswith(("4", "5")):
                continue
            where = f"{method} {path} {code}"
            assert response.get("description"), f"{where} has no description"
            content = response.get("content", {})
            assert "application/problem+json" in content, f"{where}: {sorted(content)}"
            # FastAPI also lists application/json for a response model; it must be the same.
            for media_type, body in content.items():
                assert body["schema"] == {"$ref": PROBLEM_REF}, f"{where} {media_type}: {body}"


def test_operations_declare_the_errors_they_can_answer(document: dict[str, Any]) -> None:
    for method, path, operation in operations(document):
        where = f"{method} {path}"
        codes = set(operation["responses"])
        if operation.get("security"):
            assert "401" in codes, f"{where} needs a token but does not declare 401"
        if operation.get("parameters") or operation.get("requestBody"):
            assert "422" in codes, f"{where} validates input but does not declare 422"
        if "{" in path:
            assert "404" in codes, f"{where} names an object but does not declare 404"


def test_every_success_response_has_a_schema(document: dict[str, Any]) -> None:
    for method, path, operation in operations(document):
        successes = {c: r for c, r in operation["responses"].items() if c.startswith("2")}
        assert successes, f"{method} {path} declares no success response"
        for code, response in successes.items():
            where = f"{method} {path} {code}"
            content = response.get("content", {})
            if code == "204":
                assert not content, f"{where} is No Content but declares a body"
                continue
            assert content, f"{where} declares no body"
            json_body = content.get("application/json")
            if json_body is not None:
                assert json_body.get("schema"), f"{where} has a JSON body without a schema"


def test_problem_schema_and_no_framework_leftovers(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    problem = schemas["Problem"]
    assert {"type", "title", "status"} <= set(problem["required"])
    assert {"type", "title", "status", "detail", "errors"} <= set(problem["properties"])
    assert "HTTPValidationError" not in schemas
    assert "ValidationError" not in schemas
    assert "HTTPValidationError" not in json.dumps(document)


def test_bearer_sign_in_is_documented(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    flows = [s for s in schemes.values() if s.get("type") == "oauth2"]
    assert flows
    assert flows[0]["flows"]["password"]["tokenUrl"] == "/api/v1/auth/token"
    sign_in = document["paths"]["/api/v1/auth/token"]["post"]
    assert sign_in["operationId"] == "auth-sign-in"
    assert "application/x-www-form-urlencoded" in sign_in["requestBody"]["content"]
