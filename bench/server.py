"""Start a server as production does (a subprocess, 2 uvicorn workers), wait for it, stop it."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def sportello_command(port: int, workers: int) -> list[str]:
    """Exactly the documented production command."""
    return [
        str(BIN / "sportello"),
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def floor_command(port: int, workers: int) -> list[str]:
    """The floor app, served the way `sportello serve` serves Sportello."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.floor:create_app",
        "--factory",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-proxy-headers",
        "--log-level",
        "info",
    ]


def sportello_env(database_url: str, data_dir: Path) -> dict[str, str]:
    return {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(data_dir),
        # The driver signs the same few accounts in once per server; the default (5 per
        # account per 5 minutes) would refuse the later runs.
        "SPORTELLO_LOGIN_MAX_FAILURES_PER_ACCOUNT": "100000",
        "SPORTELLO_LOGIN_MAX_FAILURES_PER_ADDRESS": "100000",
    }


class Server:
    """A server subprocess in its own process group; the log goes to bench/results/logs/."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], port: int) -> None:
        self.name, self.command, self.port = name, command, port
        self.env = os.environ | {"PYTHONPATH": str(ROOT)} | env
        self.base_url = f"http://{HOST}:{port}"
        self.log_path = RESULTS_DIR / "logs" / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "Server":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(  # noqa: S603  (our own command line, no shell)
            self.command,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 60.0) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early; see {self.log_path}")
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=2).status_code == 200:
                    # Both workers import and connect lazily: touch each a few times.
                    for _ in range(8):
                        httpx.get(f"{self.base_url}/api/v1/health", timeout=5)
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer /api/v1/health; see {self.log_path}")

    def pids(self) -> list[int]:
        """The master and its workers (children of the master)."""
        if self.process is None:
            return []
        found = [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        if children.exists():
            found += [int(p) for p in children.read_text().split()]
        return found

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        # Our own process group (start_new_session): the master and its workers.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
