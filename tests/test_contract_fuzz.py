"""The HTTP contract, fuzzed: `schemathesis run --checks all` against a real `sportello serve`.

On a fresh database of each kind, loaded with the demo help desk and signed in as its
administrator, every operation of the OpenAPI document is fuzzed with every check: no 5xx, every
status and content type documented, responses matching their schemas, schema-invalid input
refused, schema-valid input accepted (or refused as the contract says; see schemathesis.toml),
405 with the right `Allow`. `make test` runs a few examples per operation; `make fuzz` runs many
(SPORTELLO_FUZZ_EXAMPLES, SPORTELLO_FUZZ_SEED).
"""

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, fresh_database
from tests.server import serving

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXAMPLES = int(os.environ.get("SPORTELLO_FUZZ_EXAMPLES", "2"))
SEED = os.environ.get("SPORTELLO_FUZZ_SEED", "1")  # the same cases on every `make test`
# The short run: the examples and fuzzing phases (374 cases) on both databases. The stateful
# phase (chains of linked calls) and the coverage phase (every boundary and every kind of
# invalid input of every operation: 8,354 cases, two minutes of a test worker, a fifth of the
# whole suite's time) are the long run's: `make fuzz` runs every phase on both databases.
PHASES = os.environ.get("SPORTELLO_FUZZ_PHASES")
SHORT_PHASES = "examples,fuzzing"
WORKERS = os.environ.get("SPORTELLO_FUZZ_WORKERS", "1")


@dataclass
class Server:
    backend: str
    base_url: str
    email: str
    password: str
    log: Path


def _demo_admin(demo_output: str) -> tuple[str, str]:
    """The administrator's sign-in, as `sportello demo` prints it."""
    for line in demo_output.splitlines():
        words = line.split()
        if words[:1] == ["admin"]:
            return words[1], words[2]
    raise AssertionError(f"no administrator in the demo output:\n{demo_output}")


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """`sportello serve` on a fresh database holding the demo help desk."""
    for database_url in fresh_database(request.param, tmp_path):
        env = {k: v for k, v in os.environ.items() if not k.startswith("SPORTELLO_")}
        env |= {
            "SPORTELLO_DATABASE_URL": database_url,
            "SPORTELLO_DATA_DIR": str(tmp_path / "data"),
            "SPORTELLO_PASSWORD_HASH_FAST": "1",
            # The fuzzer signs in with made-up accounts by the hundred; throttling has its tests.
            "SPORTELLO_LOGIN_MAX_FAILURES_PER_ACCOUNT": "1000000",
            "SPORTELLO_LOGIN_MAX_FAILURES_PER_ADDRESS": "1000000",
            "SPORTELLO_LOGIN_MAX_FAILURES_PER_ACCOUNT_EVERYWHERE": "1000000",
            "SPORTELLO_SIGNUP_MAX_PER_ADDRESS": "1000000",
            # The event stream runs until this lifetime ends; the fuzzer reads each response whole.
            "SPORTELLO_LIVE_STREAM_MAX_SECONDS": "1",
        }
        demo = subprocess.run(
            [str(BIN / "sportello"), "demo", "--tickets", "20"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        email, password = _demo_admin(demo.stdout)
        with serving(env, tmp_path) as running:
            yield Server(request.param, running.base_url, email, password, running.log_path)


def _sign_in(server: Server) -> str:
    response = httpx.post(
        f"{server.base_url}/api/v1/auth/token",
        data={"username": server.email, "password": server.password},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


@pytest.mark.slow(seconds=45)
def test_the_contract_holds_under_fuzzing(server: Server, tmp_path: Path) -> None:
    env = os.environ | {
        "SPORTELLO_FUZZ_TOKEN": _sign_in(server),
        # DELETE /auth/token revokes the token it is sent with; it gets one of its own.
        "SPORTELLO_FUZZ_SIGN_OUT_TOKEN": _sign_in(server),
    }
    command = [
        str(BIN / "schemathesis"),
        "--no-color",
        "--config-file",
        str(ROOT / "schemathesis.toml"),
        "run",
        f"{server.base_url}/api/v1/openapi.json",
        "--checks",
        "all",
        "--max-examples",
        str(EXAMPLES),
        "--seed",
        SEED,
        "--phases",
        PHASES or SHORT_PHASES,
        "--workers",
        WORKERS,
        "--output-truncate",
        "false",
    ]
    run = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=3600
    )
    summary = run.stdout[run.stdout.find("=== SUMMARY") :]
    print(summary)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}\nserver log: {server.log}"
    assert "Tested: " in summary
    assert " failures" not in summary
