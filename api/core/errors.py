"""One error type for the whole API, rendered as RFC 9457 problem+json."""

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_CONTENT_TYPE = "application/problem+json"


class FieldError(BaseModel):
    field: str = Field(examples=["subject"])
    message: str = Field(examples=["Field required"])


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(examples=["https://sportello.dev/problems/validation"])
    title: str = Field(examples=["Validation failed"])
    status: int = Field(examples=[422])
    detail: str = Field(default="", examples=["subject: Field required"])
    errors: list[FieldError] | None = None
    allowed: list[str] | None = Field(
        default=None, description="For invalid transitions: the statuses that are allowed."
    )


class ProblemError(Exception):
    """Base of every error the API answers deliberately."""

    status: int = 400
    code: str = "bad-request"
    title: str = "Bad request"
    # The request's writes so far are committed all the same (a failure that must be counted).
    keeps_writes: bool = False

    def __init__(
        self,
        detail: str = "",
        *,
        errors: Iterable[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
        allowed: list[str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.errors = list(errors) if errors is not None else None
        self.headers = dict(headers or {})
        self.allowed = allowed

    def to_problem(self) -> Problem:
        return Problem(
            type=f"https://sportello.dev/problems/{self.code}",
            title=self.title,
            status=self.status,
            detail=self.detail,
            errors=self.errors,
            allowed=self.allowed,
        )


class BadRequest(ProblemError):
    status, code, title = 400, "bad-request", "Bad request"


class Unauthorized(ProblemError):
    status, code, title = 401, "unauthorized", "Not signed in"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(ProblemError):
    status, code, title = 403, "forbidden", "Not allowed for your role"


class NotFound(ProblemError):
    status, code, title = 404, "not-found", "Not found"


class Conflict(ProblemError):
    status, code, title = 409, "conflict", "Conflict"


class InvalidTransition(Conflict):
    code, title = "invalid-transition", "Invalid status transition"


class PreconditionFailed(ProblemError):
    status, code, title = 412, "precondition-failed", "The resource was changed meanwhile"


class PayloadTooLarge(ProblemError):
    status, code, title = 413, "payload-too-large", "Payload too large"


class ValidationFailed(ProblemError):
    status, code, title = 422, "validation", "Validation failed"

    @classmethod
    def on(cls, field: str, message: str) -> "ValidationFailed":
        return cls(f"{field}: {message}", errors=[FieldError(field=field, message=message)])


class TooManyRequests(ProblemError):
    status, code, title = 429, "too-many-requests", "Too many attempts"


def problem_response(problem: Problem, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_CONTENT_TYPE,
        headers=dict(headers or {}),
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


async def _on_problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc.to_problem(), exc.headers)


async def _on_validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in raw):
        return problem_response(BadRequest("The request body is not valid JSON.").to_problem())
    errors = [FieldError(field=_field_name(tuple(e["loc"])), message=e["msg"]) for e in raw]
    detail = "; ".join(f"{e.field}: {e.message}" for e in errors)
    return problem_response(ValidationFailed(detail, errors=errors).to_problem())


# Errors raised by the framework itself (routing, body parsing), in the API's own words.
_HTTP_PROBLEMS = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Not signed in"),
    404: ("not-found", "Not found"),
    405: ("http-405", "Method not allowed"),
}


@lru_cache
def _template_pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)))


def _allowed_methods(request: Request) -> str | None:
    """The methods the contract declares at this path; the router names only one route's.

    Where a literal path (`/users/me`) and a template (`/users/{user_id}`) both match, the
    literal one is the resource meant. None for a path outside the contract.
    """
    path = request.scope["path"]
    paths: dict[str, dict[str, Any]] = request.app.openapi().get("paths", {})
    found = [
        (template.count("{"), operations)
        for template, operations in paths.items()
        if _template_pattern(template).fullmatch(path)
    ]
    if not found:
        return None
    fewest = min(params for params, _ in found)
    methods = {m.upper() for params, ops in found if params == fewest for m in ops}
    if "GET" in methods:
        methods.add("HEAD")  # served for every GET route
    return ", ".join(sorted(methods))


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, title = _HTTP_PROBLEMS.get(exc.status_code, (f"http-{exc.status_code}", "HTTP error"))
    problem = Problem(
        type=f"https://sportello.dev/problems/{code}",
        title=title,
        status=exc.status_code,
        detail=str(exc.detail),
    )
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    return problem_response(problem, headers)


async def _on_unexpected(_: Request, __: Exception) -> JSONResponse:
    problem = Problem(
        type="https://sportello.dev/problems/internal",
        title="Internal error",
        status=500,
        detail="An unexpected error occurred; it has been logged.",
    )
    return problem_response(problem)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)


PROBLEM_DESCRIPTIONS = {
    400: "Malformed request",
    401: "Not signed in, or the token expired or was revoked",
    403: "Not allowed for this role",
    404: "Not found (or not yours to see)",
    409: "Conflict with the current state",
    412: "The resource changed since it was read (stale If-Match)",
    413: "Payload too large",
    422: "Validation failed, or the request names a stored object that does not exist or may "
    "not be used here; `errors` names each field",
    429: "Too many attempts; see Retry-After",
}


def problem_openapi_response(status: int) -> dict[str, Any]:
    """One status's entry in an OpenAPI `responses` object: our problem shape."""
    return {
        "description": PROBLEM_DESCRIPTIONS[status],
        "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries so generated clients type every error."""
    return {s: {"model": Problem, **problem_openapi_response(s)} for s in statuses}
