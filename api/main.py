"""create_app(): routers, error handlers and the OpenAPI document."""

import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.routing import Match, Route
from starlette.types import Scope

from api.assignment.router import agents_router
from api.assignment.router import router as assignment_router
from api.attachment.router import router as attachment_router
from api.auth.router import router as auth_router
from api.auth.router import tokens_router, user_tokens_router
from api.auth.scoping import declare_scopes, install_route_scopes
from api.bulletin.router import router as bulletin_router
from api.category.router import router as category_router
from api.closure.router import router as closure_router
from api.comment.router import router as comment_router
from api.core.config import Settings, get_settings
from api.core.errors import (
    BadRequest,
    Conflict,
    NotFound,
    PreconditionFailed,
    install_error_handlers,
    problem_openapi_response,
    problem_response,
)
from api.core.headers import SecurityHeadersMiddleware
from api.core.limits import BodyLimits, install_body_limits
from api.core.ranges import INT4_MAX, INT4_MIN, integers_in_range
from api.db.session import Database
from api.escalation.router import router as escalation_router
from api.events import catalog as event_subscribers  # noqa: F401  (registers them)
from api.guide.router import router as guide_router
from api.jobs.catalog import load_tasks
from api.jobs.router import router as jobs_router
from api.knowledge.router import deflections_router, drafts_router, solutions_router
from api.knowledge.router import router as article_router
from api.link.router import router as link_router
from api.live.router import router as live_router
from api.mail.inbound.router import router as mail_inbound_router
from api.mail.mailbox.router import router as mailbox_router
from api.mail.router import router as mail_router
from api.notification.router import preferences_router as notification_preferences_router
from api.notification.router import router as notification_router
from api.organization.router import router as organization_router
from api.priority.router import router as priority_router
from api.report.router import router as report_router
from api.routing.router import router as routing_router
from api.satisfaction import mail as satisfaction_mail  # noqa: F401  (rating links in mail)
from api.satisfaction.router import links_router as satisfaction_links_router
from api.satisfaction.router import router as satisfaction_router
from api.search.router import article_router as article_suggest_router
from api.search.router import router as search_router
from api.search.router import ticket_router as ticket_suggestions_router
from api.sla.router import router as sla_router
from api.sla.router import ticket_router as ticket_sla_router
from api.team.router import router as team_router
from api.ticket.router import router as ticket_router
from api.user.router import router as user_router
from api.watcher.router import router as watcher_router
from api.webhook.router import router as webhook_router

API_PREFIX = "/api/v1"

DESCRIPTION = """
Sportello is an open-source help desk and IT service desk.

* Sign in with `POST /api/v1/auth/token` (OAuth2 password flow) or use a personal API token,
  and send it as `Authorization: Bearer <token>`.
* Each operation names the scope it needs (`security`); a token without it gets a 403.
* Errors are RFC 9457 `application/problem+json`; validation errors name each field.
* Lists return `{"items": [...], "next_cursor": ...}`; pass `cursor` to page on.
* `GET /tickets/{number}` returns an `ETag`; send it back as `If-Match` when you `PATCH`.
* `POST` of tickets and comments honours an `Idempotency-Key` header.
"""


async def _on_stale(_: Request, __: Exception) -> JSONResponse:
    return problem_response(
        PreconditionFailed("Someone else changed this ticket meanwhile; reload.").to_problem()
    )


async def _on_integrity(_: Request, __: Exception) -> JSONResponse:
    return problem_response(
        Conflict("The change conflicts with data stored meanwhile; reload and retry.").to_problem()
    )


async def _on_out_of_range(_: Request, __: Exception) -> JSONResponse:
    # A number too big for its column or a NUL in a text: PostgreSQL raises DataError,
    # sqlite3 an OverflowError. Bad input, not a server fault.
    return problem_response(
        BadRequest("A value in the request cannot be stored: out of range or invalid.").to_problem()
    )


health_router = APIRouter(tags=["health"])


@health_router.get("/health", operation_id="health-check", summary="Liveness")
def health() -> dict[str, str]:
    return {"status": "ok"}


_INT4 = {"minimum": INT4_MIN, "maximum": INT4_MAX}


def _bound_integers(node: Any) -> None:
    """Give each integer without bounds of its own the range the API enforces (core/ranges)."""
    if isinstance(node, dict):
        if node.get("type") == "integer":
            for key, bound in _INT4.items():
                if key not in node and f"exclusive{key.capitalize()}" not in node:
                    node[key] = bound
        for value in node.values():
            _bound_integers(value)
    elif isinstance(node, list):
        for value in node:
            _bound_integers(value)


def _problem_only_openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with every error the API can answer declared as a problem.

    FastAPI's default 422 schema is replaced by our one problem shape, and the errors that no
    single route raises are declared on every operation they can reach: 400 wherever a body or a
    parameter is read (malformed JSON, a body that cannot be decoded) and 401 wherever a token
    is required.
    """
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    declare_scopes(schema)
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            if "requestBody" in operation:
                # Any body can be refused for its size, before the route sees it.
                responses.setdefault("413", problem_openapi_response(413))
            response = responses.get("422")
            if response and "HTTPValidationError" in str(response):
                responses["422"] = problem_openapi_response(422)
            if operation.get("parameters") or operation.get("requestBody"):
                responses.setdefault("400", problem_openapi_response(400))
            if operation.get("security"):
                responses.setdefault("401", problem_openapi_response(401))
    _bound_integers(schema)
    components = schema.get("components", {}).get("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


class _SpaRoute(Route):
    """GET of any path outside /api: unknown /api paths keep their 404 and 405 answers."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = scope.get("path", "")
        if path == "/api" or path.startswith("/api/"):
            return Match.NONE, {}
        return super().matches(scope)


def _add_spa(app: FastAPI, dist: Path) -> None:
    """Serve the built SPA: its files as they are, and index.html for every client route."""
    root = dist.resolve()
    index = root / "index.html"

    async def spa(request: Request) -> FileResponse:
        path = request.path_params["path"]
        wanted = (root / path).resolve()
        if "\x00" not in path and wanted.is_relative_to(root) and wanted.is_file():
            # Vite names built assets by content hash, so they never change.
            immutable = wanted.is_relative_to(root / "assets")
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            return FileResponse(wanted, headers={"Cache-Control": cache})
        if path.startswith("assets/"):
            raise NotFound("No such file.")  # a stale asset must not come back as HTML
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    app.router.routes.append(_SpaRoute("/{path:path}", spa, methods=["GET", "HEAD"]))


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Sportello",
        version="1.0.0",
        description=DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url="/docs",
        redoc_url="/redoc",
    )
    app.state.settings = settings
    load_tasks(settings)
    app.state.db = Database.connect(settings)
    install_error_handlers(app)
    app.add_exception_handler(StaleDataError, _on_stale)
    app.add_exception_handler(IntegrityError, _on_integrity)
    app.add_exception_handler(DataError, _on_out_of_range)
    app.add_exception_handler(OverflowError, _on_out_of_range)

    # Each router straight into the app under the prefix: FastAPI rebuilds every route for each
    # router it is included through (its models and dependencies, most of the cost of a route),
    # so an intermediate /api/v1 router would build all of them once more per app.
    api_dependencies = [Depends(integers_in_range)]
    routers = (
        auth_router,
        tokens_router,
        user_router,
        user_tokens_router,
        organization_router,
        team_router,
        category_router,
        priority_router,
        ticket_router,
        comment_router,
        attachment_router,
        closure_router,
        link_router,
        watcher_router,
        report_router,
        satisfaction_router,
        satisfaction_links_router,
        assignment_router,
        agents_router,
        routing_router,
        ticket_suggestions_router,
        solutions_router,
        drafts_router,
        article_suggest_router,  # before /articles/{article_id}
        article_router,
        guide_router,
        deflections_router,
        search_router,
        bulletin_router,
        notification_router,
        escalation_router,
        jobs_router,
        mailbox_router,
        sla_router,
        ticket_sla_router,
        webhook_router,
        live_router,
        mail_inbound_router,
        mail_router,
        notification_preferences_router,
        health_router,
    )
    for router in routers:
        app.include_router(router, prefix=API_PREFIX, dependencies=api_dependencies)
    install_route_scopes(app, API_PREFIX, routers)

    install_body_limits(
        app,
        BodyLimits(
            json_bytes=settings.max_json_bytes,
            upload_bytes=settings.max_upload_bytes,
            upload_path=re.compile(rf"{API_PREFIX}/tickets/[^/]+/attachments/?"),
            mail_bytes=settings.mail_refuse_bytes,
            mail_path=re.compile(rf"{API_PREFIX}/mail/inbound/?"),
        ),
    )
    app.add_middleware(
        SecurityHeadersMiddleware,
        api_prefix=API_PREFIX,
        image_hosts=settings.markdown_image_hosts,
    )

    dist = settings.frontend_dist
    if dist is not None and (dist / "index.html").is_file():
        _add_spa(app, dist)
    else:

        @app.get("/", include_in_schema=False)
        def home() -> RedirectResponse:
            # Without a built SPA (`make frontend`), the front door is the API reference.
            return RedirectResponse("/docs")

    app.openapi = lambda: _problem_only_openapi(app)  # type: ignore[method-assign]
    return app
