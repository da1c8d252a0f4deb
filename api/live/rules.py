"""Pure rules of the live workspace: presence expiry, the NOTIFY payload, the SSE wire format.

No SQLAlchemy, FastAPI or session here."""

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

# A NOTIFY payload must stay under 8000 bytes; past this the ids travel as one range.
MAX_PAYLOAD_CHARS = 7000


class Activity(StrEnum):
    viewing = "viewing"
    replying = "replying"


def present(seen_at: datetime, now: datetime, ttl: timedelta) -> bool:
    """Someone is still on the ticket until `ttl` has passed without a heartbeat."""
    return now - seen_at < ttl


def encode_ids(ids: Iterable[int]) -> str:
    """Event ids as ranges, "10-12,15": a transaction's ids are mostly consecutive.

    Too many for one NOTIFY, they travel as one range from the least to the greatest: the
    receiver then reads a few events of other transactions twice, which clients shrug off
    (they refetch), rather than missing any."""
    ordered = sorted(set(ids))
    if not ordered:
        return ""
    runs: list[list[int]] = [[ordered[0], ordered[0]]]
    for value in ordered[1:]:
        if value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    text = ",".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
    if len(text) > MAX_PAYLOAD_CHARS:
        return f"{ordered[0]}-{ordered[-1]}"
    return text


def decode_ids(payload: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """The inclusive ranges a payload names; what does not parse is ignored, and a range is
    cut to `limit` ids (a payload is ours, but a reader must not be made to read the world)."""
    ranges: list[tuple[int, int]] = []
    for part in payload.split(","):
        low, dash, high = part.strip().partition("-")
        if not low.isdigit() or (dash and not high.isdigit()):
            continue
        first = int(low)
        last = int(high) if high else first
        if last < first:
            continue
        ranges.append((first, min(last, first + limit - 1)))
    return ranges


def sse_message(
    event: str, data: dict[str, Any], *, event_id: int | None = None, retry_ms: int | None = None
) -> str:
    """One server-sent event. Without an id, the client's Last-Event-ID stays as it was."""
    lines: list[str] = []
    if retry_ms is not None:
        lines.append(f"retry: {retry_ms}")
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"event: {event}")
    lines.append(f"data: {json.dumps(data, separators=(',', ':'))}")
    return "\n".join(lines) + "\n\n"


def sse_comment(text: str) -> str:
    """A comment line: ignored by clients, it keeps proxies from closing an idle stream."""
    return f": {text}\n\n"
