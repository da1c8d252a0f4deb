"""One HTTP attempt of a delivery: check the target again (DNS may have changed since the
webhook was made), then POST the signed body to the address just checked, so that a second
lookup cannot swap in a private one. No redirects are followed; no proxy from the
environment is used; the answer's body is read only as far as the log keeps it."""

import time
from dataclasses import dataclass

import httpx

from api.webhook import addresses, signing
from api.webhook.addresses import Resolver, TargetRefused

USER_AGENT = "Sportello-Webhooks/1"
RESPONSE_CHARS = 1000  # of the receiver's answer, kept in the log
ERROR_CHARS = 500


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status_code: int | None
    error: str | None
    duration_ms: int
    response_body: str | None


@dataclass(frozen=True)
class Request:
    url: str
    secret: str
    body: str
    event_id: str
    event_type: str
    attempt: int
    timestamp: int  # Unix seconds, signed with the body


def headers_of(request: Request, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        signing.HEADER: signing.signature_header(request.secret, request.timestamp, body),
        "Sportello-Event-Id": request.event_id,
        "Sportello-Event-Type": request.event_type,
        "Sportello-Attempt": str(request.attempt),
    }


def attempt(
    request: Request,
    *,
    timeout: float,
    allow_private: bool,
    resolver: Resolver = addresses.system_resolver,
) -> Outcome:
    started = time.monotonic()

    def elapsed_ms() -> int:
        return int((time.monotonic() - started) * 1000)

    body = request.body.encode()
    headers = headers_of(request, body)
    url = httpx.URL(request.url)
    extensions: dict[str, str] = {}
    try:
        target = addresses.parse_target(request.url)
        if not allow_private:
            [pinned, *_] = addresses.resolve(target, resolver)
            headers["Host"] = url.netloc.decode("ascii")
            if target.scheme == "https":
                extensions["sni_hostname"] = target.host
            url = url.copy_with(host=str(pinned))
    except TargetRefused as exc:
        return Outcome(False, None, f"Refused: the URL {exc}"[:ERROR_CHARS], elapsed_ms(), None)
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream(
                "POST", url, content=body, headers=headers, extensions=extensions
            ) as response,
        ):
            answer = _read_start(response)
    except httpx.HTTPError as exc:
        failure = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return Outcome(False, None, failure[:ERROR_CHARS], elapsed_ms(), None)
    ok = 200 <= response.status_code < 300
    error = None if ok else f"HTTP {response.status_code}"
    return Outcome(ok, response.status_code, error, elapsed_ms(), answer)


def _read_start(response: httpx.Response) -> str:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= RESPONSE_CHARS * 4:  # enough bytes for the characters kept
            break
    return b"".join(chunks).decode("utf-8", errors="replace")[:RESPONSE_CHARS]
