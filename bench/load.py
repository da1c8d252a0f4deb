"""A small closed-loop load driver: one process, asyncio on uvloop, fixed concurrency.

`concurrency` workers each send a request, wait for the answer and send the next, for a fixed
time (or a fixed number of requests). Only requests that start and finish inside the measured
window count, after a warm-up.

The driver shares the machine's two cores with the server and the database, so it must be
cheap. httpx costs about 0.8 ms of CPU per request here, which at the floor's rates would take
most of a core away from the server under test; the default client is therefore a minimal
HTTP/1.1 keep-alive connection per worker (asyncio streams, responses parsed by httptools, the
C parser uvicorn itself uses), about 35 us of CPU per request. `--driver httpx` runs the same
scenarios through httpx.AsyncClient to cross-check. Every cell also records what the driver
burned (time.process_time of this process), what the server processes burned and what all
PostgreSQL processes burned (/proc/<pid>/stat), and how busy the whole machine was
(/proc/stat), so the report can show where the two cores went.
"""

# random picks tickets and people to act on, not secrets:
# ruff: noqa: S311

import asyncio
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import httptools
import httpx

try:  # uvicorn[standard] brings uvloop; the driver is cheaper on it
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
DRIVERS = ("raw", "httpx")

# (method, path, headers, JSON body or None)
Request = tuple[str, str, dict[str, str], Any]
Build = Callable[[random.Random, int], Request]


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    build: Build
    expected: int = 200


@dataclass
class Cell:
    """One scenario at one concurrency: the figures of one row of the report."""

    scenario: str
    concurrency: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    throughput: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    driver_cores: float = 0.0
    driver_us_per_request: float = 0.0
    server_cores: float = 0.0
    postgres_cores: float = 0.0
    postgres_connections_opened: int = 0
    machine_cores: float = 0.0
    error_samples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_loop_name() -> str:
    return "uvloop" if uvloop is not None else "asyncio"


def run(coroutine: Any) -> Any:
    if uvloop is not None:
        return uvloop.run(coroutine)
    return asyncio.run(coroutine)


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


# -- CPU accounting -------------------------------------------------------------------------------


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    values = [int(v) for v in fields[:8]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def _ticks(stat: str) -> int:
    after_name = stat.rsplit(")", 1)[1].split()
    return int(after_name[11]) + int(after_name[12])  # utime + stime


def _process_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            total += _ticks(Path(f"/proc/{pid}/stat").read_text())
        except OSError:
            continue
    return total


def _postgres_ticks(database: str | None) -> dict[int, int]:
    """CPU by pid of the PostgreSQL backends serving `database` (none when None). A backend's
    process title names its database: `postgres: 15/main: user database address state`."""
    found: dict[int, int] = {}
    if database is None:
        return found
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if not stat.split(" (", 1)[1].startswith("postgres)"):
                continue
            if database is not None:
                title = (
                    (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                )
                if f" {database} " not in title:
                    continue
        except (OSError, IndexError):
            continue
        found[int(entry.name)] = _ticks(stat)
    return found


@dataclass
class _Snapshot:
    cpu: float
    machine: tuple[int, int]
    server: int
    postgres: dict[int, int]

    @classmethod
    def take(cls, server_pids: list[int], database: str | None) -> "_Snapshot":
        return cls(
            time.process_time(),
            _machine_ticks(),
            _process_ticks(server_pids),
            _postgres_ticks(database),
        )

    def postgres_since(self, before: "_Snapshot") -> int:
        # Backends that ended in between are lost; those that started count from zero.
        return sum(t - before.postgres.get(pid, 0) for pid, t in self.postgres.items())

    def backends_started_since(self, before: "_Snapshot") -> int:
        return len(self.postgres.keys() - before.postgres.keys())


# -- clients ---------------------------------------------------------------------------------------


class Client(Protocol):
    async def send(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, bytes]: ...

    async def close(self) -> None: ...


class _Response:
    """httptools callbacks: collect the body, note the end of the message."""

    def __init__(self) -> None:
        self.body: list[bytes] = []
        self.complete = False

    def on_body(self, chunk: bytes) -> None:
        self.body.append(chunk)

    def on_message_complete(self) -> None:
        self.complete = True


class RawClient:
    """One keep-alive HTTP/1.1 connection; reconnects if the server closes it."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        payload = b""
        if body is not None:
            payload = json.dumps(body).encode()
            head += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        elif method not in ("GET", "HEAD"):
            head.append("Content-Length: 0")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
        response = _Response()
        parser = httptools.HttpResponseParser(response)
        try:
            while not response.complete:
                chunk = await self.reader.read(65536)
                if not chunk:
                    raise ConnectionError("the server closed the connection")
                parser.feed_data(chunk)
        except BaseException:
            await self.close()
            raise
        if not parser.should_keep_alive():
            await self.close()
        return parser.get_status_code(), b"".join(response.body)

    async def close(self) -> None:
        writer, self.writer, self.reader = self.writer, None, None
        if writer is not None:
            writer.close()


class HttpxClient:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def send(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, bytes]:
        response = await self.client.request(method, path, headers=headers, json=body)
        return response.status_code, response.content

    async def close(self) -> None:
        return None


# -- the driver --------------------------------------------------------------------------------


async def _drive(
    base_url: str,
    scenario: Scenario,
    concurrency: int,
    *,
    duration: float,
    warmup: float,
    max_requests: int | None,
    server_pids: list[int],
    seed: int,
    driver: str,
    database: str | None,
) -> Cell:
    cell = Cell(scenario=scenario.name, concurrency=concurrency)
    latencies: list[float] = []
    window = [float("inf"), float("inf")]  # start and end of the measured window
    done = asyncio.Event()
    shared: httpx.AsyncClient | None = None
    if driver == "httpx":
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        shared = httpx.AsyncClient(base_url=base_url, limits=limits, timeout=120)

    async def worker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        client: Client = HttpxClient(shared) if shared is not None else RawClient(base_url)
        try:
            while not done.is_set():
                method, path, headers, body = scenario.build(rng, index)
                started = time.perf_counter()
                problem = None
                try:
                    status, content = await client.send(method, path, headers, body)
                    if status != scenario.expected:
                        problem = (
                            f"{status} {method} {path}: {content[:200].decode(errors='replace')}"
                        )
                except (OSError, httpx.HTTPError, httptools.HttpParserError) as exc:
                    problem = f"{type(exc).__name__} {method} {path}: {exc}"
                finished = time.perf_counter()
                if started >= window[0] and finished <= window[1]:
                    latencies.append(finished - started)
                    if problem is not None:
                        cell.errors += 1
                        if len(cell.error_samples) < 5:
                            cell.error_samples.append(problem)
                    if max_requests is not None and len(latencies) >= max_requests:
                        window[1] = finished
                        done.set()
        finally:
            await client.close()

    tasks = [asyncio.create_task(worker(i)) for i in range(concurrency)]
    try:
        await asyncio.sleep(warmup)
        before = _Snapshot.take(server_pids, database)
        window[0] = time.perf_counter()
        if max_requests is None:
            await asyncio.sleep(duration)
            window[1] = time.perf_counter()
            done.set()
        else:
            await done.wait()
        after = _Snapshot.take(server_pids, database)
        await asyncio.gather(*tasks)
    finally:
        done.set()
        if shared is not None:
            await shared.aclose()

    seconds = window[1] - window[0]
    latencies.sort()
    cell.requests = len(latencies)
    cell.seconds = seconds
    cell.throughput = cell.requests / seconds if seconds > 0 else 0.0
    cell.p50_ms = percentile(latencies, 0.50) * 1000
    cell.p95_ms = percentile(latencies, 0.95) * 1000
    cell.p99_ms = percentile(latencies, 0.99) * 1000
    cell.max_ms = (latencies[-1] if latencies else 0.0) * 1000
    cpu = after.cpu - before.cpu
    cell.driver_cores = cpu / seconds if seconds > 0 else 0.0
    cell.driver_us_per_request = cpu / cell.requests * 1e6 if cell.requests else 0.0
    busy = after.machine[0] - before.machine[0]
    total = after.machine[1] - before.machine[1]
    cell.machine_cores = busy / total * (os.cpu_count() or 1) if total else 0.0
    if seconds > 0:
        cell.server_cores = (after.server - before.server) / CLOCK_TICKS / seconds
        cell.postgres_cores = after.postgres_since(before) / CLOCK_TICKS / seconds
    cell.postgres_connections_opened = after.backends_started_since(before)
    return cell


def measure(
    base_url: str,
    scenario: Scenario,
    concurrency: int,
    *,
    duration: float = 5.0,
    warmup: float = 1.0,
    max_requests: int | None = None,
    server_pids: list[int] | None = None,
    seed: int = 1,
    driver: str = "raw",
    database: str | None = None,
) -> Cell:
    """`database`: the PostgreSQL database whose backends' CPU to count (None: not PostgreSQL)."""
    cell: Cell = run(
        _drive(
            base_url,
            scenario,
            concurrency,
            duration=duration,
            warmup=warmup,
            max_requests=max_requests,
            server_pids=server_pids or [],
            seed=seed,
            driver=driver,
            database=database,
        )
    )
    return cell


def sign_in(base_url: str, email: str, password: str) -> dict[str, str]:
    """The bearer header of a fresh session token (OAuth2 password form, as clients do)."""
    response = httpx.post(
        f"{base_url}/api/v1/auth/token",
        data={"username": email, "password": password},
        timeout=60,
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
