"""Request bodies bounded before they are read, chunked ones included.

Starlette's own body limit answers text/plain and has one size per route fixed at import;
Sportello's limits come from settings and uploads get a larger one than JSON bodies.
"""

import re
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.errors import PayloadTooLarge, problem_response

# Room for the multipart envelope (boundaries, part headers, small fields) around the file.
MULTIPART_OVERHEAD = 16 * 1024


class BodyTooLarge(HTTPException):
    """Raised from `receive` while the app reads a body past its limit.

    An HTTPException so FastAPI lets it through its body parsing as it is (any other error
    there becomes a 400), and the error handlers render it as a 413 problem.
    """

    def __init__(self, limit: "Limit") -> None:
        super().__init__(status_code=413, detail=limit.detail)


@dataclass(frozen=True)
class Limit:
    bytes: int
    detail: str


@dataclass(frozen=True)
class BodyLimits:
    json_bytes: int
    upload_bytes: int
    upload_path: re.Pattern[str]
    # Raw email taken in over HTTP: oversized mail is quarantined, not refused, up to here.
    mail_bytes: int = 0
    mail_path: re.Pattern[str] | None = None

    def for_request(self, scope: Scope) -> Limit:
        if (
            self.mail_path is not None
            and scope["method"] == "POST"
            and self.mail_path.fullmatch(scope["path"])
        ):
            return Limit(self.mail_bytes, f"A message may be at most {self.mail_bytes} bytes.")
        if scope["method"] == "POST" and self.upload_path.fullmatch(scope["path"]):
            return Limit(
                self.upload_bytes + MULTIPART_OVERHEAD,
                f"Attachments may be at most {self.upload_bytes} bytes.",
            )
        return Limit(self.json_bytes, f"The request body may be at most {self.json_bytes} bytes.")


def _declared_length(scope: Scope) -> int | None:
    value = Headers(scope=scope).get("content-length", "")
    return int(value) if value.isdigit() else None


class BodyLimitMiddleware:
    """Refuse a body whose Content-Length is over the limit without reading a byte of it,
    and stop reading a streamed (chunked) body as soon as it passes the limit."""

    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.for_request(scope)
        declared = _declared_length(scope)
        if declared is not None and declared > limit.bytes:
            await _refuse(limit, scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit.bytes:
                    raise BodyTooLarge(limit)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            # Read outside the routes' error handlers (e.g. by a middleware): answer here.
            if started:
                raise
            await _refuse(limit, scope, receive, send)


async def _refuse(limit: Limit, scope: Scope, receive: Receive, send: Send) -> None:
    response = problem_response(PayloadTooLarge(limit.detail).to_problem(), {"Connection": "close"})
    await response(scope, receive, send)


async def _on_body_too_large(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BodyTooLarge)
    return problem_response(PayloadTooLarge(exc.detail).to_problem(), {"Connection": "close"})


def install_body_limits(app: FastAPI, limits: BodyLimits) -> None:
    app.add_middleware(BodyLimitMiddleware, limits=limits)
    app.add_exception_handler(BodyTooLarge, _on_body_too_large)
