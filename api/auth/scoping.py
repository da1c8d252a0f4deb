"""The scope rules (auth/scopes.py) applied to the app: on each request, and in the contract.

Central, so that every route is covered without a line in its router: the auth dependency
asks `requirement_of(request)`, and the OpenAPI document names each operation's scope.
"""

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.routing import BaseRoute

from api.auth.scopes import (
    DESCRIPTIONS,
    OVERRIDE_KEY,
    Requirement,
    Scope,
    UnmappedRoute,
    required_scope,
)
from api.core.errors import problem_openapi_response

SECURITY_SCHEME = "OAuth2PasswordBearer"  # the name FastAPI gives auth/deps.oauth2_scheme


def api_routes(routes: Sequence[BaseRoute]) -> Iterator[tuple[APIRoute, str, str | None]]:
    """Each API route with its full path template and its own scope declaration, if any."""
    for context in iter_route_contexts(routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            extra: dict[str, Any] = context.openapi_extra or {}
            yield route, str(context.path_format), extra.get(OVERRIDE_KEY)


def requirement_or_admin(method: str, path: str, override: str | None) -> Requirement:
    """At runtime an unmapped route is refused to every token without `admin`."""
    try:
        return required_scope(method, path, override)
    except UnmappedRoute:
        return Scope.admin


def install_route_scopes(app: FastAPI, prefix: str, routers: Iterable[APIRouter]) -> None:
    """Each API route's path template and scope declaration, from the routers the app
    includes under `prefix` (the only way `create_app` includes them).

    Not from the app's route contexts (`api_routes`): FastAPI builds a route's models and
    dependencies when its router first answers a request, and walking every context builds
    every route of the app at once, about a second of CPU at each worker's (and each test
    app's) first signed-in request. Routes are not hashable: keyed by identity, and the path
    of the route in the request is its router's own, without the prefix."""
    app.state.route_scopes = {
        id(route): (prefix + route.path_format, (route.openapi_extra or {}).get(OVERRIDE_KEY))
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute)
    }


def requirement_of(request: Request) -> Requirement:
    route = request.scope.get("route")
    table: dict[int, tuple[str, str | None]] = request.app.state.route_scopes
    entry = table.get(id(route))
    if entry is None:
        return Scope.admin
    path, override = entry
    return requirement_or_admin(request.method, path, override)


def declare_scopes(schema: dict[str, Any]) -> None:
    """Name the catalog in the security scheme and each operation's scope in its `security`."""
    schemes = schema.get("components", {}).get("securitySchemes", {})
    flow = schemes.get(SECURITY_SCHEME, {}).get("flows", {}).get("password")
    if flow is not None:
        flow["scopes"] = {scope.value: DESCRIPTIONS[scope] for scope in Scope}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if not operation.get("security"):
                continue
            needed = requirement_or_admin(method, path, operation.get(OVERRIDE_KEY))
            operation["security"] = [{SECURITY_SCHEME: [needed.value] if needed else []}]
            if needed is not None:
                # Any token may lack it: a 403 every such operation can answer.
                operation.setdefault("responses", {}).setdefault(
                    "403", problem_openapi_response(403)
                )
                note = f"Needs the scope `{needed.value}`."
                described = operation.get("description", "")
                operation["description"] = f"{described}\n\n{note}" if described else note
