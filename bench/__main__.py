"""Sportello's benchmark: `python -m bench --quick` (a few minutes) or `--full`.

For each database (PostgreSQL, SQLite): a fresh database built by Alembic and filled in bulk,
the statement count per endpoint, then `sportello serve --workers 2` and the floor app side by
side on it, and every scenario at concurrency 1, 8 and 32, each Sportello cell followed at once
by its floor cell so that both see the same background load. Then the scaling series on
PostgreSQL: one database and one server per size, measured in alternation. Results go to
bench/results/latest.json and docs/benchmarks.md.
"""

import argparse
import json
import shlex
import statistics
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bench import budget, data, load, report, scenarios
from bench.server import Server, floor_command, free_port, sportello_command, sportello_env

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CONCURRENCY = (1, 8, 32)
WORKERS = 2
SCALING_SCENARIOS = ("queue_page", "queue_by_deadline", "get_ticket", "my_requests")

MODES: dict[str, dict[str, Any]] = {
    "quick": {
        "tickets": 10_000,
        "scaling": [10_000, 100_000],
        "duration": 1.5,
        "warmup": 0.3,
        "scaling_requests": 200,
        "scaling_rounds": 3,
    },
    "full": {
        "tickets": 100_000,
        "scaling": [10_000, 100_000, 1_000_000],
        "duration": 8.0,
        "warmup": 1.5,
        "scaling_requests": 400,
        "scaling_rounds": 5,
    },
}


def log(message: str) -> None:
    print(f"[bench {datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


def _sessions(base_url: str, ds: data.Dataset) -> scenarios.Sessions:
    return scenarios.Sessions(
        agents=[load.sign_in(base_url, p.email, data.PASSWORD) for p in ds.agent_logins],
        customers=[load.sign_in(base_url, p.email, data.PASSWORD) for p in ds.customer_logins],
    )


def _cell_line(cell: load.Cell) -> str:
    return (
        f"{cell.scenario:<14} c={cell.concurrency:<3} {cell.throughput:8.1f} req/s  "
        f"p50 {cell.p50_ms:7.1f}  p95 {cell.p95_ms:7.1f}  p99 {cell.p99_ms:7.1f} ms  "
        f"errors {cell.errors}  driver {cell.driver_cores:.2f} server {cell.server_cores:.2f} "
        f"machine {cell.machine_cores:.2f} cores"
    )


def _postgres_database(url: str) -> str | None:
    return make_url(url).database if url.startswith("postgresql") else None


def _measure(
    srv: Server, scenario: load.Scenario, concurrency: int, settings: dict[str, Any], url: str
) -> dict[str, Any]:
    cell = load.measure(
        srv.base_url,
        scenario,
        concurrency,
        duration=settings["duration"],
        warmup=settings["warmup"],
        server_pids=srv.pids(),
        driver=settings["driver"],
        database=_postgres_database(url),
    )
    log(_cell_line(cell))
    for sample in cell.error_samples[:2]:
        log(f"  error: {sample}")
    return cell.as_dict()


def _run_pairs(
    sportello: Server,
    floor: Server,
    ds: data.Dataset,
    people: scenarios.Sessions,
    settings: dict[str, Any],
) -> list[dict[str, Any]]:
    """Each Sportello cell, then at once the floor cell it is held against."""
    floors = {s.name: s for s in scenarios.floor_scenarios(ds)}
    cells = []
    chosen = settings.get("scenarios")
    for scenario in scenarios.sportello_scenarios(ds, people):
        if chosen and scenario.name not in chosen:
            continue
        for concurrency in CONCURRENCY:
            cell = _measure(sportello, scenario, concurrency, settings, ds.url)
            floor_name, _ = scenarios.FLOOR_OF[scenario.name]
            cell["floor"] = _measure(floor, floors[floor_name], concurrency, settings, ds.url)
            cells.append(cell)
    return cells


def run_backend(
    backend: str, tickets: int, settings: dict[str, Any], results: dict[str, Any]
) -> data.Dataset | None:
    """The main dataset of one database. Returns it when the scaling series reuses it."""
    admin_url = settings["postgres_url"]
    url = data.create_database(backend, admin_url, f"{backend}_{tickets}")
    reused = False
    try:
        log(f"{backend}: loading {tickets:,} tickets into {url}")
        ds = data.load(url, tickets)
        log(
            f"{backend}: loaded {ds.tickets:,} tickets, {ds.comments:,} comments, "
            f"{ds.events:,} events in {ds.load_seconds:.1f} s "
            f"({', '.join(f'{k} {v:.1f} s' for k, v in ds.phases.items())})"
        )
        entry: dict[str, Any] = {"dataset": _dataset_summary(ds)}
        budgets, plans = budget.measure(ds, data.RESULTS_DIR / f"data-{backend}")
        entry["budget"] = [asdict(b) for b in budgets]
        entry["plans"] = [asdict(p) for p in plans]
        for b in budgets:
            log(f"{backend}: {b.name:<40} {b.statements} statements")
        env = sportello_env(url, data.RESULTS_DIR / f"data-{backend}")
        with ExitStack() as stack:
            port = free_port()
            sportello = stack.enter_context(
                Server(f"sportello-{backend}", sportello_command(port, WORKERS), env, port)
            )
            port = free_port()
            floor = stack.enter_context(
                Server(
                    f"floor-{backend}",
                    floor_command(port, WORKERS),
                    {"BENCH_FLOOR_DATABASE_URL": url},
                    port,
                )
            )
            people = _sessions(sportello.base_url, ds)
            entry["sportello"] = _run_pairs(sportello, floor, ds, people, settings)
        results["backends"][backend] = entry
        reused = backend == "postgresql" and tickets in settings["scaling"]
        return ds if reused else None
    finally:
        if not reused and not settings["keep"]:
            data.drop_database(url, admin_url)


def run_scaling(
    settings: dict[str, Any], results: dict[str, Any], loaded: data.Dataset | None
) -> None:
    """One database and one server per size, measured in rounds so noise hits all sizes alike."""
    admin_url = settings["postgres_url"]
    chosen_names = settings.get("scenarios")
    names = [n for n in SCALING_SCENARIOS if not chosen_names or n in chosen_names]
    datasets: dict[int, data.Dataset] = {}
    urls = []
    if loaded is not None:
        datasets[loaded.tickets] = loaded
        urls.append(loaded.url)
    try:
        for size in settings["scaling"]:
            if size in datasets:
                continue
            url = data.create_database("postgresql", admin_url, f"scaling_{size}")
            urls.append(url)
            log(f"scaling: loading {size:,} tickets into {url}")
            datasets[size] = data.load(url, size)
            log(f"scaling: loaded {size:,} tickets in {datasets[size].load_seconds:.1f} s")
        points: dict[int, dict[str, Any]] = {}
        for size, ds in sorted(datasets.items()):
            _, plans = budget.measure(ds, data.RESULTS_DIR / "data-scaling")
            points[size] = {
                "tickets": size,
                "load_seconds": ds.load_seconds,
                "plans": [asdict(p) for p in plans],
                "dataset": _dataset_summary(ds),
                "rounds": {name: [] for name in names},
            }
        with ExitStack() as stack:
            servers: dict[int, tuple[Server, list[load.Scenario], data.Dataset]] = {}
            for size, ds in sorted(datasets.items()):
                port = free_port()
                env = sportello_env(ds.url, data.RESULTS_DIR / "data-scaling")
                srv = stack.enter_context(
                    Server(f"sportello-scaling-{size}", sportello_command(port, WORKERS), env, port)
                )
                chosen = [
                    s
                    for s in scenarios.sportello_scenarios(ds, _sessions(srv.base_url, ds))
                    if s.name in names
                ]
                servers[size] = (srv, chosen, ds)
            per_round = max(20, settings["scaling_requests"] // settings["scaling_rounds"])
            for round_ in range(settings["scaling_rounds"]):
                for size, (srv, chosen, ds) in servers.items():
                    for scenario in chosen:
                        cell = load.measure(
                            srv.base_url,
                            scenario,
                            1,
                            warmup=settings["warmup"],
                            max_requests=per_round,
                            server_pids=srv.pids(),
                            driver=settings["driver"],
                            seed=round_ + 1,
                            database=_postgres_database(ds.url),
                        )
                        log(f"scaling {size:>9,} round {round_ + 1} {_cell_line(cell)}")
                        points[size]["rounds"][scenario.name].append(cell.as_dict())
        for point in points.values():
            for name in names:
                rounds = point["rounds"][name]
                point[name] = {
                    key: statistics.median(r[key] for r in rounds)
                    for key in ("p50_ms", "p95_ms", "p99_ms", "throughput")
                } | {"requests": sum(r["requests"] for r in rounds)}
                point[name]["errors"] = sum(r["errors"] for r in rounds)
        results["scaling"] = [points[s] for s in sorted(points)]
    finally:
        if not settings["keep"]:
            for url in urls:
                data.drop_database(url, admin_url)


def _dataset_summary(ds: data.Dataset) -> dict[str, Any]:
    summary = asdict(ds)
    for bulky in ("active_numbers", "team_members", "agent_logins", "customer_logins", "admin"):
        summary.pop(bulky, None)
    summary["url"] = ds.url.rsplit("/", 1)[-1]
    summary["load_seconds"] = ds.load_seconds
    summary["active"] = len(ds.active_numbers)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10,000 tickets, short runs (default)")
    mode.add_argument("--full", action="store_true", help="100,000 tickets, up to 1,000,000")
    parser.add_argument("--tickets", type=int, help="tickets in the main dataset")
    parser.add_argument(
        "--backends", default="postgresql,sqlite", help="comma-separated: postgresql,sqlite"
    )
    parser.add_argument("--scaling", help="comma-separated sizes on PostgreSQL ('' for none)")
    parser.add_argument("--duration", type=float, help="seconds measured per cell")
    parser.add_argument("--driver", choices=load.DRIVERS, default="raw")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="an admin connection")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument(
        "--scenarios", help="comma-separated scenario names to measure (default: all)"
    )
    parser.add_argument("--doc", type=Path, default=DOC, help="where to write the report")
    parser.add_argument(
        "--addendum",
        type=Path,
        metavar="RESULTS_JSON",
        help="measure nothing: append the scaling series of a saved run (its latest.json) to "
        "--doc as a dated section, leaving the rest of the document as it is",
    )
    parser.add_argument(
        "--loadavg-log",
        type=Path,
        help="with --addendum: lines 'HH:MM:SS load1 load5 load15' sampled during that run",
    )
    args = parser.parse_args(argv)
    if args.addendum:
        saved = json.loads(args.addendum.read_text())
        samples = args.loadavg_log.read_text().splitlines() if args.loadavg_log else None
        with args.doc.open("a") as doc:
            doc.write(report.render_addendum(saved, samples))
        log(f"appended the scaling series of {args.addendum} to {args.doc}")
        return 0

    mode_name = "full" if args.full else "quick"
    settings = dict(MODES[mode_name])
    if args.tickets:
        settings["tickets"] = args.tickets
    if args.scaling is not None:
        settings["scaling"] = [int(s) for s in args.scaling.split(",") if s.strip()]
    if args.duration:
        settings["duration"] = args.duration
    settings |= {"driver": args.driver, "postgres_url": args.postgres_url, "keep": args.keep}
    if args.scenarios:
        settings["scenarios"] = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]

    command = "python -m bench " + shlex.join(sys.argv[1:] if argv is None else argv)
    results: dict[str, Any] = {
        "mode": mode_name,
        "command": command.strip(),
        "settings": settings | {"concurrency": list(CONCURRENCY), "workers": WORKERS},
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": report.machine(args.postgres_url),
        "event_loop": load.event_loop_name(),
        "backends": {},
        "scaling": [],
    }
    results["machine"]["loadavg_start"] = report.loadavg()
    started = time.perf_counter()
    reused: data.Dataset | None = None
    try:
        for backend in backends:
            reused = run_backend(backend, settings["tickets"], settings, results) or reused
        if settings["scaling"]:
            run_scaling(settings, results, reused)
            reused = None
    finally:
        if reused is not None and not settings["keep"]:
            data.drop_database(reused.url, settings["postgres_url"])
    results["machine"]["loadavg_end"] = report.loadavg()
    results["seconds"] = time.perf_counter() - started

    data.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    raw = data.RESULTS_DIR / "latest.json"
    raw.write_text(json.dumps(results, indent=2, default=str))
    args.doc.parent.mkdir(parents=True, exist_ok=True)
    args.doc.write_text(report.render(results))
    log(f"done in {results['seconds'] / 60:.1f} min: {args.doc} (raw figures: {raw})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
