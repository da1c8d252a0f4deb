"""Where a Sportello worker's CPU goes during one scenario: py-spy on the running server.

    .venv/bin/pip install -e '.[dev]'   # py-spy is in the dev extra
    .venv/bin/python -m bench.profile --scenario get_ticket,queue_page --tickets 100000

Loads a database like the benchmark does, serves it with `sportello serve --workers 2`, drives
each scenario at the given concurrency and records both workers with `py-spy record --gil`
(only the thread holding the GIL is sampled, so the profile is CPU, not waiting). Prints, per
scenario, the share of samples under each layer and the heaviest frames; the collapsed stacks
stay in bench/results/profile-<scenario>-<pid>.txt for flame graphs.
"""

import argparse
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench import data, load, scenarios
from bench.server import BIN, Server, free_port, sportello_command, sportello_env

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
# First match wins: a sample counts for the outermost layer it reaches in this order.
LAYERS = (
    ("api: token lookup (find_live_token)", "find_live_token (api/"),
    ("api: ticket loader (readable_ticket)", "readable_ticket (api/"),
    ("api: list query (list_tickets)", "list_tickets (api/ticket/repository"),
    ("api: route body and services", "(api/"),
    ("SQLAlchemy outside api frames", "sqlalchemy/"),
    ("FastAPI/Starlette routing, dependencies, responses", "fastapi/"),
    ("uvicorn and the event loop", "uvicorn/"),
)


def _frame(raw: str) -> str:
    name, _, where = raw.partition(" (")
    path = where.split(":")[0].split("site-packages/")[-1]
    return f"{name} ({path})" if where else raw


def summarize(files: list[Path], top: int = 25) -> str:
    inclusive: Counter[str] = Counter()
    self_: Counter[str] = Counter()
    layers: Counter[str] = Counter()
    total = 0
    for path in files:
        for line in path.read_text().splitlines():
            stack, _, count_text = line.rpartition(" ")
            if not stack:
                continue
            count = int(count_text)
            total += count
            frames = [_frame(f) for f in stack.split(";")]
            for frame in set(frames):
                inclusive[frame] += count
            self_[frames[-1]] += count
            joined = ";".join(stack.split(";"))
            layer = next((name for name, marker in LAYERS if marker in joined), "other")
            layers[layer] += count
    if not total:
        return "no samples (is py-spy allowed to attach? run as root or with CAP_SYS_PTRACE)"
    out = [f"{total} samples (CPU, GIL held)", "", "by layer (first match):"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in layers.most_common()]
    out += ["", "heaviest frames, inclusive:"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in inclusive.most_common(top)]
    out += ["", "heaviest frames, self:"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in self_.most_common(top)]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--scenario", default="get_ticket,queue_page,create_ticket,post_comment")
    parser.add_argument("--backend", default="postgresql", choices=("postgresql", "sqlite"))
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    args = parser.parse_args(argv)

    py_spy = shutil.which("py-spy") or str(BIN / "py-spy")
    if not Path(py_spy).exists():
        print("py-spy is not installed: .venv/bin/pip install -e '.[dev]'")
        return 2
    url = data.create_database(args.backend, args.postgres_url, f"profile_{args.tickets}")
    try:
        ds = data.load(url, args.tickets)
        port = free_port()
        env = sportello_env(url, data.RESULTS_DIR / "data-profile")
        with Server("sportello-profile", sportello_command(port, 2), env, port) as srv:
            people = scenarios.Sessions(
                agents=[
                    load.sign_in(srv.base_url, p.email, data.PASSWORD) for p in ds.agent_logins
                ],
                customers=[
                    load.sign_in(srv.base_url, p.email, data.PASSWORD) for p in ds.customer_logins
                ],
            )
            chosen = {s.name: s for s in scenarios.sportello_scenarios(ds, people)}
            workers = [
                pid
                for pid in srv.pids()[1:]
                if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()
            ]
            for name in args.scenario.split(","):
                outputs = [data.RESULTS_DIR / f"profile-{name}-{pid}.txt" for pid in workers]
                recorders = [
                    subprocess.Popen(  # noqa: S603  (our own command line, no shell)
                        [
                            py_spy,
                            "record",
                            "--pid",
                            str(pid),
                            "--gil",
                            "--rate",
                            "250",
                            "--duration",
                            str(args.seconds),
                            "--format",
                            "raw",
                            "--nonblocking",
                            "--output",
                            str(out),
                        ],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                    for pid, out in zip(workers, outputs, strict=True)
                ]
                cell = load.measure(
                    srv.base_url,
                    chosen[name],
                    args.concurrency,
                    duration=args.seconds - 1,
                    warmup=0.5,
                    server_pids=srv.pids(),
                )
                for recorder in recorders:
                    recorder.wait()
                print(
                    f"\n== {name} at concurrency {args.concurrency}: {cell.throughput:.1f} req/s, "
                    f"p95 {cell.p95_ms:.1f} ms, server {cell.server_cores:.2f} cores, "
                    f"{cell.server_cores / max(cell.throughput, 1e-9) * 1000:.2f} ms CPU/request\n"
                    + summarize([o for o in outputs if o.exists()])
                )
    finally:
        data.drop_database(url, args.postgres_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
