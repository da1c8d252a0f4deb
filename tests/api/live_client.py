"""A server-sent events reader for tests: a thread reads the stream, messages land in a queue;
and which `sportello serve` worker process holds a connection, read from /proc."""

import json
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx


@dataclass
class Message:
    event: str
    data: dict[str, Any]
    id: int | None
    at: float  # time.monotonic() when read


@dataclass
class SseReader:
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    messages: "queue.Queue[Message]" = field(default_factory=queue.Queue)
    raw: list[str] = field(default_factory=list)
    status: int | None = None
    client_port: int | None = None
    ended: threading.Event = field(default_factory=threading.Event)
    _ready: threading.Event = field(default_factory=threading.Event)
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self, timeout: float = 30) -> "SseReader":
        threading.Thread(target=self._read, daemon=True).start()
        assert self._ready.wait(timeout), "the stream never opened"
        return self

    def _read(self) -> None:
        try:
            timeout = httpx.Timeout(10, read=120)
            with httpx.stream(
                "GET", self.url, headers=self.headers, params=self.params, timeout=timeout
            ) as response:
                self.status = response.status_code
                stream = response.extensions.get("network_stream")
                if stream is not None:
                    self.client_port = stream.get_extra_info("client_addr")[1]
                block: list[str] = []
                for line in response.iter_lines():
                    self.raw.append(line)
                    if line == ": ready":
                        self._ready.set()
                    if self._stop.is_set():
                        return
                    if line:
                        block.append(line)
                        continue
                    self._dispatch(block)
                    block = []
        finally:
            self._ready.set()
            self.ended.set()

    def _dispatch(self, block: list[str]) -> None:
        fields: dict[str, str] = {}
        for line in block:
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")
        if "event" in fields:
            event_id = int(fields["id"]) if "id" in fields else None
            data = json.loads(fields.get("data", "{}"))
            self.messages.put(Message(fields["event"], data, event_id, time.monotonic()))

    def stop(self) -> None:
        self._stop.set()

    def drain(self, seconds: float) -> list[Message]:
        """Everything that arrives within `seconds`."""
        got: list[Message] = []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                got.append(self.messages.get(timeout=left))
            except queue.Empty:
                break
        return got

    def wait_for(self, predicate: Any, timeout: float) -> Message:
        deadline = time.monotonic() + timeout
        seen: list[Message] = []
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                break
            seen.append(message)
            if predicate(message):
                return message
        raise AssertionError(f"no such message within {timeout} s; got {seen}")


def _socket_inodes(pid: int) -> set[str]:
    inodes: set[str] = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink()
        except OSError:
            continue
        if str(target).startswith("socket:["):
            inodes.add(str(target)[8:-1])
    return inodes


def worker_of(client_port: int, server_port: int, workers: list[str]) -> str | None:
    """The worker process holding the server side of our connection from `client_port`."""
    inode = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            cols = row.split()
            local_port = int(cols[1].rsplit(":", 1)[1], 16)
            remote_port = int(cols[2].rsplit(":", 1)[1], 16)
            if local_port == server_port and remote_port == client_port:
                inode = cols[9]
    if inode is None:
        return None
    for pid in workers:
        if inode in _socket_inodes(int(pid)):
            return pid
    return None
