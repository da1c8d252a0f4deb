"""A real `sportello serve` in a subprocess, for what the in-process test client cannot show."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

# The console script of the interpreter running the tests (the repo's own virtualenv).
SPORTELLO = Path(sys.executable).parent / "sportello"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_server(settings: dict[str, str], log_path: Path) -> Iterator[tuple[str, int]]:
    """Start the server with these SPORTELLO_* settings; yield (host, port) once it answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPORTELLO_")} | settings
    command = [str(SPORTELLO), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                assert server.poll() is None, log_path.read_text()
                try:
                    health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
                    if health.status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.1)
            yield "127.0.0.1", port
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=5)
