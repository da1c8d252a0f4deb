"""Security headers on every response: no framing, no sniffing, no referrer, and a
Content-Security-Policy that lets the SPA load its own scripts and nothing else."""

from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The API reference pages load their viewer from a CDN with inline scripts: framing and
# sniffing are still refused there, but they keep the browser's default policy.
REFERENCE_PAGES = ("/docs", "/redoc")


def spa_policy(image_hosts: Iterable[str]) -> str:
    """The SPA's policy. Styles may be inline (Mantine sets style attributes and a <style>
    element for its theme); scripts may not."""
    images = " ".join(["'self'", "data:", "blob:", *image_hosts])
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            f"img-src {images}",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


# JSON is never a page: nothing in it may load or run, and no one may frame it.
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


class SecurityHeadersMiddleware:
    """Adds the headers a response has not set itself (a download keeps its own sandbox)."""

    def __init__(self, app: ASGIApp, *, api_prefix: str, image_hosts: Iterable[str]) -> None:
        self.app = app
        self.api_prefix = api_prefix
        self.spa = spa_policy(image_hosts)

    def _policy(self, path: str) -> str | None:
        if path.startswith(REFERENCE_PAGES):
            return None
        if path == self.api_prefix or path.startswith(f"{self.api_prefix}/"):
            return API_POLICY
        return self.spa

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self._policy(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if policy is not None:
                    headers.setdefault("Content-Security-Policy", policy)
            await send(message)

        await self.app(scope, receive, send_with_headers)
