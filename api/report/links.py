"""The agent workspace's queue URL for the tickets behind a figure (its filters in the query
string, as frontend/src/features/tickets/filters.ts reads them)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode

from api.report.filters import Filters
from api.report.repository import OPEN_STATUSES
from api.ticket.lifecycle import Status

QUEUE = "/queue/open"
ALL_STATUSES = tuple(s.value for s in Status)
UNFINISHED = tuple(s.value for s in OPEN_STATUSES)


def _iso(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Window:
    """Which instant of the ticket the period is about: created_at or resolved_at."""

    field: str  # "created" or "resolved"
    start: datetime | None
    end: datetime | None


def queue_url(
    filters: Filters,
    window: Window | None,
    *,
    statuses: Sequence[str] = ALL_STATUSES,
    also: Mapping[str, str | int | None] | None = None,
    **extra: str | int | None,
) -> str:
    params: list[tuple[str, str]] = [("status", s) for s in statuses]
    if window is not None:
        if window.start is not None:
            params.append((f"{window.field}_after", _iso(window.start)))
        if window.end is not None:
            params.append((f"{window.field}_before", _iso(window.end)))
    wanted: dict[str, str | int | None] = {
        "team_id": filters.team_id,
        "assignee": filters.agent_id,
        "organization_id": filters.organization_id,
        "category_id": filters.category_id,
        "channel": filters.channel,
    }
    wanted.update(also or {})
    wanted.update(extra)
    params += [(k, str(v)) for k, v in wanted.items() if v is not None]
    return f"{QUEUE}?{urlencode(params)}"
