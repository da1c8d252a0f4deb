"""One hub per API process: it hears of committed events once and fans them out to the streams.

On PostgreSQL the hub holds one connection that LISTENs on the events and presence channels
(signals.py); each notification names the event ids of one committed transaction, which the
hub reads in one query for all its streams. On SQLite the hub polls `ticket_event` for ids
above the last it read (SQLite commits one writer at a time, so ids grow in commit order),
every `live_poll_seconds` and at once when a commit in this process signals it: other
processes' changes arrive within a poll, this process's at once. Either way a process holds
one database connection for live updates, whatever the number of streams.
"""

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg
from starlette.concurrency import run_in_threadpool

from api.core.config import Settings
from api.db.session import Database, transaction
from api.live import repository, signals
from api.live.repository import LiveEvent
from api.live.rules import decode_ids

log = logging.getLogger(__name__)

QUEUE_SIZE = 1000  # items a slow stream may fall behind before it is told to start afresh
READY_WAIT_SECONDS = 5.0
RECONNECT_SECONDS = 1.0
POLL_BATCH = 1000

T = TypeVar("T")


@dataclass(frozen=True)
class EventBatch:
    events: tuple[LiveEvent, ...]


@dataclass(frozen=True)
class PresenceChanged:
    number: int


@dataclass(frozen=True)
class Reset:
    """Events may have been missed: the client must refetch what it shows."""


Item = EventBatch | PresenceChanged | Reset
RESET = Reset()


class Subscription:
    def __init__(self) -> None:
        self._queue: asyncio.Queue[Item] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._overflowed = False

    def offer(self, item: Item) -> None:
        try:
            self._queue.put_nowait(item)
        except asyncio.QueueFull:
            self._overflowed = True

    async def next(self, timeout: float) -> Item | None:
        """The next item, or None if none came within `timeout` seconds."""
        if self._overflowed:
            while not self._queue.empty():
                self._queue.get_nowait()
            self._overflowed = False
            return RESET
        try:
            return await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            return None


class Hub:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.loop = asyncio.get_running_loop()
        self._subscriptions: set[Subscription] = set()
        self._ready = asyncio.Event()
        self._wake = asyncio.Event()
        self._presence: list[int] = []
        self._task = self.loop.create_task(self._run(), name="live-hub")

    @property
    def running(self) -> bool:
        return not self._task.done()

    async def subscribe(self) -> Subscription:
        """A subscription that receives everything committed from now on (once the hub is
        listening: a stream opened while the database is away is sent a reset later)."""
        subscription = Subscription()
        self._subscriptions.add(subscription)
        try:
            await asyncio.wait_for(self._ready.wait(), READY_WAIT_SECONDS)
        except TimeoutError:
            log.warning("live updates are not listening yet; the stream starts anyway")
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscriptions.discard(subscription)

    def _broadcast(self, item: Item) -> None:
        for subscription in list(self._subscriptions):
            subscription.offer(item)

    async def read(self, query: Callable[..., T], *args: Any) -> T:
        """Run a repository query in a short read transaction, off the event loop."""

        def work() -> T:
            with transaction(self.db, write=False) as session:
                return query(session, *args)

        return await run_in_threadpool(work)

    async def _run(self) -> None:
        if self.db.engine.dialect.name == "postgresql":
            await self._listen()
        else:
            await self._poll()

    async def _listen(self) -> None:
        url = self.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        first = True
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {signals.EVENTS_CHANNEL}")
                    await conn.execute(f"LISTEN {signals.PRESENCE_CHANNEL}")
                    if not first:  # whatever was committed while we were away is unknown
                        self._broadcast(RESET)
                    first = False
                    self._ready.set()
                    async for note in conn.notifies():
                        await self._heard(note.channel, note.payload)
            except (psycopg.Error, OSError):
                log.warning("live updates lost their database connection; retrying", exc_info=True)
            self._ready.clear()
            await asyncio.sleep(RECONNECT_SECONDS)

    async def _heard(self, channel: str, payload: str) -> None:
        if channel == signals.PRESENCE_CHANNEL:
            if payload.isdigit():
                self._broadcast(PresenceChanged(int(payload)))
            return
        if not self._subscriptions:
            return
        try:
            events = await self.read(repository.events_in, decode_ids(payload))
        except Exception:
            log.warning("live updates could not read events %s", payload, exc_info=True)
            self._broadcast(RESET)
            return
        if events:
            self._broadcast(EventBatch(tuple(events)))

    def _signalled(self, channel: str, payload: str) -> None:
        """From a committing thread of this process (SQLite)."""

        def wake() -> None:
            if channel == signals.PRESENCE_CHANNEL and payload.isdigit():
                self._presence.append(int(payload))
            self._wake.set()

        try:
            self.loop.call_soon_threadsafe(wake)
        except RuntimeError:  # the loop has closed: this hub is gone
            signals.stop_listening_locally(self._signalled)

    async def _poll(self) -> None:
        signals.listen_locally(self._signalled)
        try:
            cursor = await self.read(repository.last_event_id)
            self._ready.set()
            while True:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.settings.live_poll_seconds)
                self._wake.clear()
                presence, self._presence = self._presence, []
                for number in dict.fromkeys(presence):
                    self._broadcast(PresenceChanged(number))
                try:
                    events = await self.read(repository.events_after, cursor, POLL_BATCH)
                except Exception:
                    log.warning("live updates could not poll events", exc_info=True)
                    continue
                if events:
                    cursor = events[-1].id
                    self._broadcast(EventBatch(tuple(events)))
        finally:
            signals.stop_listening_locally(self._signalled)


def hub_for(state: Any) -> Hub:
    """This process's hub (`app.state`), started on first use in the serving event loop."""
    loop = asyncio.get_running_loop()
    hub: Hub | None = getattr(state, "live_hub", None)
    if hub is None or hub.loop is not loop or not hub.running:
        hub = Hub(state.db, state.settings)
        state.live_hub = hub
    return hub
