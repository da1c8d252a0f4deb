"""One viewer's event stream: replay after Last-Event-ID, then what the hub hears, filtered
by what the viewer may see, as server-sent events carrying ids only."""

import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.clock import utcnow
from api.live import repository
from api.live.hub import EventBatch, Hub, PresenceChanged, Reset
from api.live.repository import LiveEvent
from api.live.rules import sse_comment, sse_message
from api.ticket.repository import readable_numbers

REPLAY_LIMIT = 500  # further back than this, the client is told to refetch everything
RETRY_MS = 3000


@dataclass(frozen=True)
class Viewer:
    """Who reads the stream, and the access token it was opened with (checked again on
    every keep-alive: a revoked session's stream ends)."""

    actor: Actor
    token_id: int


def visible(session: Session, actor: Actor, events: Sequence[LiveEvent]) -> list[LiveEvent]:
    """The events this actor may know of: the support team all of them; a customer those the
    requester sees (no internal note, nothing private) on tickets they may read."""
    if actor.is_staff:
        return list(events)
    organization_id = actor.user.organization_id
    candidates = [
        e
        for e in events
        if e.requester_sees
        and (
            e.requester_id == actor.id
            or (organization_id is not None and e.organization_id == organization_id)
        )
    ]
    others = {e.ticket_id for e in candidates if e.requester_id != actor.id}
    readable = readable_numbers(session, actor, others)
    return [e for e in candidates if e.requester_id == actor.id or e.ticket_id in readable]


UNKNOWN_POSITION = -1


def resume_point(last_event_id: str) -> int:
    """Where to resume from a Last-Event-ID header: an id we sent, or nowhere we know of
    (then the client is told to start afresh)."""
    value = last_event_id.strip()
    return int(value) if value.isdigit() and int(value) <= 2**31 - 1 else UNKNOWN_POSITION


def _ticket_message(event: LiveEvent) -> str:
    data = {"ticket": event.number, "kind": event.kind, "version": event.version}
    return sse_message("ticket", data, event_id=event.id)


class EventStream:
    def __init__(self, hub: Hub, viewer: Viewer, last_event_id: int | None) -> None:
        self.hub = hub
        self.viewer = viewer
        self.last_event_id = last_event_id
        self.settings = hub.settings

    async def _visible(self, events: Sequence[LiveEvent]) -> list[LiveEvent]:
        if self.viewer.actor.is_staff:
            return list(events)
        return await self.hub.read(visible, self.viewer.actor, events)

    async def _reset(self) -> str:
        newest = await self.hub.read(repository.last_event_id)
        return sse_message("reset", {}, event_id=newest or None)

    async def _replay(self, after_id: int) -> tuple[list[str], set[int]]:
        events = await self.hub.read(repository.events_after, after_id, REPLAY_LIMIT + 1)
        newest = await self.hub.read(repository.last_event_id)
        if after_id == UNKNOWN_POSITION or len(events) > REPLAY_LIMIT or after_id > newest:
            return [await self._reset()], set()
        shown = await self._visible(events)
        return [_ticket_message(e) for e in shown], {e.id for e in events}

    async def _still_allowed(self) -> bool:
        user = await self.hub.read(repository.live_token_user, self.viewer.token_id, utcnow())
        if user is None:
            return False
        self.viewer = replace(self.viewer, actor=replace(self.viewer.actor, user=user))
        return True

    async def messages(self) -> AsyncIterator[str]:
        subscription = await self.hub.subscribe()
        try:
            yield f"retry: {RETRY_MS}\n" + sse_comment("ready")
            replayed: set[int] = set()
            if self.last_event_id is not None:
                lines, replayed = await self._replay(self.last_event_id)
                for line in lines:
                    yield line
            now = time.monotonic()
            ends_at = now + self.settings.live_stream_max_seconds
            keepalive_at = now + self.settings.live_keepalive_seconds
            while True:
                now = time.monotonic()
                if now >= ends_at:
                    return
                if now >= keepalive_at:
                    if not await self._still_allowed():
                        return
                    yield sse_comment("keep-alive")
                    keepalive_at = now + self.settings.live_keepalive_seconds
                item = await subscription.next(min(ends_at, keepalive_at) - now)
                if item is None:
                    continue
                if isinstance(item, Reset):
                    yield await self._reset()
                elif isinstance(item, PresenceChanged):
                    if self.viewer.actor.is_staff:
                        yield sse_message("presence", {"ticket": item.number})
                elif isinstance(item, EventBatch):
                    fresh = [e for e in item.events if e.id not in replayed]
                    for event in await self._visible(fresh):
                        yield _ticket_message(event)
        finally:
            self.hub.unsubscribe(subscription)
