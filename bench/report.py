"""docs/benchmarks.md from the run's figures (bench/results/latest.json holds the same)."""

import os
import platform
import sqlite3
import statistics
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from bench.scenarios import (
    FLOOR_OF,
    SEARCH_NO_ERRORS_AT,
    SEARCH_P95_TARGET_MS,
    TARGET_CONCURRENCY,
)

LIBRARIES = ("fastapi", "starlette", "pydantic", "sqlalchemy", "psycopg", "uvicorn", "uvloop")
LIBRARIES += ("httptools", "httpx")
TITLES = {
    "create_ticket": "create ticket (customer)",
    "get_ticket": "get ticket (agent)",
    "queue_page": "agent queue page",
    "queue_by_deadline": "agent queue by deadline",
    "my_requests": 'customer "my requests"',
    "post_comment": "post comment (agent)",
    "assignment": "assignment (PUT)",
    "history": "ticket history (events)",
    "search": "text search (agent)",
    "customer_search": "text search (customer)",
    "floor_get": "floor: read by primary key",
    "floor_list": "floor: keyset list page",
    "floor_insert": "floor: one insert",
}
TARGET_TICKETS = 100_000


# -- the machine ----------------------------------------------------------------------------------


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def machine(postgres_url: str) -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    meminfo = dict(
        line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines() if ":" in line
    )
    mem_kib = int(meminfo["MemTotal"].split()[0])
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "libraries": {},
    }
    for name in LIBRARIES:
        try:
            info["libraries"][name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info["libraries"][name] = "not installed"
    libpq = make_url(postgres_url).set(drivername="postgresql")
    try:
        with psycopg.connect(libpq.render_as_string(hide_password=False), connect_timeout=5) as c:
            settings = {}
            for name in ("server_version", "shared_buffers", "work_mem", "synchronous_commit"):
                row = c.execute(f"SHOW {name}").fetchone()
                settings[name] = row[0] if row else "?"
            info["postgresql"] = settings
    except psycopg.Error as exc:
        info["postgresql"] = {"server_version": f"unreachable: {exc}"}
    return info


# -- helpers -------------------------------------------------------------------------------------


def _f(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}"


def _n(value: int) -> str:
    return f"{value:,}"


def _cell(cells: list[dict[str, Any]], scenario: str, concurrency: int) -> dict[str, Any] | None:
    for cell in cells:
        if cell["scenario"] == scenario and cell["concurrency"] == concurrency:
            return cell
    return None


def _cpu_ms(cell: dict[str, Any]) -> float:
    """Server CPU per request: less sensitive to the machine's other load than req/s."""
    return cell["server_cores"] / cell["throughput"] * 1000 if cell["throughput"] else 0.0


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _load_table(cells: list[dict[str, Any]], *, postgres: bool) -> list[str]:
    rows = []
    for c in cells:
        rows.append(
            [
                TITLES.get(c["scenario"], c["scenario"]),
                str(c["concurrency"]),
                _f(c["throughput"]),
                _f(c["p50_ms"]),
                _f(c["p95_ms"]),
                _f(c["p99_ms"]),
                _f(c["max_ms"]),
                _n(c["requests"]),
                str(c["errors"]),
                _f(c["driver_cores"], 2),
                _f(c["server_cores"], 2),
                _f(_cpu_ms(c), 2),
                _f(c["postgres_cores"], 2) if postgres else "-",
                str(c.get("postgres_connections_opened", "-")) if postgres else "-",
                _f(c["machine_cores"], 2),
            ]
        )
    header = ["scenario", "conc.", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests"]
    header += ["errors", "driver CPU", "server CPU", "server CPU ms/req", "PostgreSQL CPU"]
    header += ["new PostgreSQL connections", "machine busy"]
    return _table(header, rows)


# -- the report -----------------------------------------------------------------------------------


def _target_rows(results: dict[str, Any]) -> list[list[str]]:
    """One row per target of the issue: what is wanted, what this run measured, met or not."""
    backends: dict[str, Any] = results["backends"]
    pg = backends["postgresql"]["sportello"]
    rows = []
    for scenario, (floor, ratio) in FLOOR_OF.items():
        if ratio is None:
            continue
        for concurrency in TARGET_CONCURRENCY:
            c = _cell(pg, scenario, concurrency)
            f = c["floor"] if c else None
            if not (c and f and f["throughput"]):
                continue
            measured = c["throughput"] / f["throughput"]
            rows.append(
                [
                    f"{TITLES[scenario]}, concurrency {concurrency}: throughput / {TITLES[floor]}",
                    f">= {_f(ratio, 2)}",
                    f"{_f(measured, 2)} ({_f(c['throughput'])} / {_f(f['throughput'])} req/s)",
                    _verdict(measured >= ratio),
                ]
            )
    for scenario, limit in SEARCH_P95_TARGET_MS.items():
        c = _cell(pg, scenario, 8)
        if c:
            rows.append(
                [
                    f"{TITLES[scenario]}, concurrency 8: p95",
                    f"< {_f(limit, 0)} ms",
                    f"{_f(c['p95_ms'])} ms",
                    _verdict(c["p95_ms"] < limit),
                ]
            )
        c = _cell(pg, scenario, SEARCH_NO_ERRORS_AT)
        if c:
            rows.append(
                [
                    f"{TITLES[scenario]}, concurrency {SEARCH_NO_ERRORS_AT}: failed requests",
                    "0",
                    f"{c['errors']} of {_n(c['requests'])}",
                    _verdict(c["errors"] == 0 and c["requests"] > 0),
                ]
            )
    scaling = results["scaling"]
    if len(scaling) >= 2:
        low, high = scaling[0], scaling[-1]
        for name, title in (
            ("queue_page", "queue page"),
            ("queue_by_deadline", "queue-by-deadline"),
        ):
            if name not in low or name not in high:
                continue
            grow = high[name]["p50_ms"] / max(low[name]["p50_ms"], 1e-9)
            rows.append(
                [
                    f"{title} p50 at {_n(high['tickets'])} / at {_n(low['tickets'])} tickets",
                    "<= 1.5 (at 1,000,000 / 10,000)",
                    f"{_f(grow, 2)} ({_f(high[name]['p50_ms'])} / {_f(low[name]['p50_ms'])} ms)",
                    _verdict(grow <= 1.5) if high["tickets"] >= 1_000_000 else "(partial)",
                ]
            )
    errors = sum(c["errors"] for b in backends.values() for c in b["sportello"])
    rows.append(["errors, every cell, both databases", "0", str(errors), _verdict(errors == 0)])
    return rows


def render(results: dict[str, Any]) -> str:
    m = results["machine"]
    backends: dict[str, Any] = results["backends"]
    settings = results["settings"]
    out: list[str] = [
        "# Benchmarks",
        "",
        f"Generated by `{results['command']}` ({results['mode']} mode) on "
        f"{results['started_at']}; the whole run took {_f(results['seconds'] / 60)} minutes. "
        "Every figure below comes from that one run; nothing is edited by hand.",
        "",
        "Regenerate with `make bench-quick` (10,000 tickets, short cells, scaling at 10,000 "
        "and 100,000 tickets; a few minutes) or `make bench` (100,000 tickets, longer cells, "
        "scaling up to 1,000,000; about half an hour). Both need the PostgreSQL server of "
        "`make test` (`--postgres-url` to point elsewhere) and create and drop their own "
        "databases (`sportello_bench_*`; SQLite files under `bench/results/`). The raw "
        "figures are also in `bench/results/latest.json` (not committed).",
        "",
    ]

    # Summary against the targets.
    out += [
        "## Targets (PostgreSQL, 100,000 tickets, concurrency "
        + " and ".join(str(c) for c in TARGET_CONCURRENCY)
        + ", load generator on the same machine)",
        "",
    ]
    pg = backends.get("postgresql")
    if pg:
        tickets = pg["dataset"]["tickets"]
        if tickets != TARGET_TICKETS:
            out += [
                f"The targets are set for {_n(TARGET_TICKETS)} tickets; this run's main dataset "
                f"has {_n(tickets)}.",
                "",
            ]
        out += [*_table(["target", "wanted", "measured", "verdict"], _target_rows(results)), ""]

    # The machine.
    pgv = m.get("postgresql", {})
    libs = ", ".join(f"{k} {v}" for k, v in m["libraries"].items())
    out += [
        "## Machine",
        "",
        f"- CPU: {m['cores']} cores ({m['cpu']}); memory {m['memory_gib']} GiB; Linux "
        f"{m['kernel']}",
        f"- PostgreSQL {pgv.get('server_version', '?')} (shared_buffers "
        f"{pgv.get('shared_buffers', '?')}, work_mem {pgv.get('work_mem', '?')}, "
        f"synchronous_commit {pgv.get('synchronous_commit', '?')}: the server's defaults, "
        "untuned); SQLite "
        f"{m['sqlite']} (WAL, synchronous=NORMAL, as Sportello configures it)",
        f"- Python {m['python']}; {libs}; driver event loop: {results['event_loop']}",
        f"- Load average at the start {m.get('loadavg_start', '?')}, at the end "
        f"{m.get('loadavg_end', '?')}. The machine is shared: other work running at the same "
        "time shows up as *machine busy* above the sum of the driver, server and PostgreSQL "
        "columns below, and makes every figure worse than on a quiet machine.",
        "",
    ]

    # How.
    out += [
        "## How it was measured",
        "",
        f"- **Server as in production**: `sportello serve --workers {settings['workers']} "
        "--host 127.0.0.1 --port <free port>` as a subprocess, configured only through "
        "`SPORTELLO_DATABASE_URL` and `SPORTELLO_DATA_DIR` (plus a high "
        "`SPORTELLO_LOGIN_MAX_FAILURES_PER_ACCOUNT`, so that signing the bench's accounts in "
        "again for every server is not throttled). Access logs stay on, as in production; they "
        "go to `bench/results/logs/`. The driver signs in with `POST /api/v1/auth/token`.",
        "- **Load**: one process, asyncio on uvloop, a fixed number of workers (the "
        "concurrency), each sending its next request as soon as the previous answer arrived, "
        f"for {_f(settings['duration'])} s after a {_f(settings['warmup'])} s warm-up per cell. "
        "Only requests that start and finish in the window count. Latency is measured in the "
        "driver, from writing the request to the end of the response body; percentiles are "
        "nearest-rank. An error is any status other than the expected one (201 for creations, "
        "200 otherwise) or a broken connection.",
        f"- **The generator's overhead**: the driver (`--driver {settings['driver']}`) is a "
        "keep-alive HTTP/1.1 connection per worker with responses parsed by httptools; it costs "
        "about 35 us of CPU per request, against about 800 us for httpx.AsyncClient on this "
        "machine (httpx would have taken most of a core from the server at the floor's rates; "
        "`--driver httpx` is there to cross-check). Every cell reports the driver's own CPU "
        "(`time.process_time()` over the window, in cores), the server processes' CPU (master "
        "and workers, from `/proc/<pid>/stat`) also per request, the CPU of the PostgreSQL "
        "backends serving the bench's database (found by their process titles) and how many "
        "of them were started in the window (new connections), and the whole machine's busy "
        "cores (`/proc/stat`). Throughput is *not* corrected for the driver: "
        "the targets say 'load generator included', and the floor pays the same driver.",
        "- **Scenarios**: tickets and people are drawn at random for every request (a fixed "
        "seed per worker). Agents (4 accounts) read tickets, queue pages (`status=open&"
        "status=in_progress&team_id=<random team>`, default sort: priority then age), the same "
        "queue by SLA deadline (`sort=sla_due_at`: first page, the next page with the cursor "
        "of the first, or `sla=breached`), history, "
        "post public replies and assign (team + agent) on random tickets that are not closed; "
        "customers (8 accounts, one in an organization that shares tickets) open tickets and "
        "list their own requests (default page size 25).",
        "- **Floor** (`bench/floor.py`): a bare FastAPI + SQLAlchemy app on the same database, "
        "served the same way (uvicorn, 2 workers) and up at the same time as Sportello; every "
        "Sportello cell is followed at once by its floor cell at the same concurrency, and the "
        "ratio is taken within that pair. The floor does a read by primary key, a keyset list page "
        "running the very query of the queue page (same WHERE, ORDER BY and page size), and one "
        "insert (a comment row) per request. No authentication, authorization, history or "
        "idempotency: the ratio Sportello / floor is what Sportello's own work costs.",
        "- **Query budget**: the app in process on the loaded database; a "
        "`before_cursor_execute` listener on its engine counts the statements of one request "
        "(transaction control excluded). `tests/api/test_query_budget.py` asserts the same "
        "counts in the normal test suite, and that they do not change between a page of 5 and "
        "of 50, or a ticket with 1 and with 20 comments.",
        "- **Scaling**: one database per size on PostgreSQL, loaded the same way, and one "
        "Sportello server per size, all up at once; then "
        f"{settings['scaling_rounds']} rounds, each visiting every size in turn with "
        f"{settings['scaling_requests'] // settings['scaling_rounds']} sequential requests "
        "(concurrency 1) per endpoint, so that background noise hits every size alike; the "
        "table shows the median over the rounds. The ticket SELECT of each endpoint is also "
        "run under `EXPLAIN ANALYZE` (median of 5) with the parameters the app sent.",
        "- **Text search**: `GET /api/v1/search?q=<word>` as an agent and as a customer, the "
        "word drawn from `SEARCH_WORDS` in `bench/scenarios.py`: common help desk words "
        "(printer, laptop, vpn, slow, error), each matching thousands of tickets, and rarer "
        "ones.",
        "",
    ]

    # Data.
    out += ["## Data", ""]
    rows = []
    all_sets = [(name, b["dataset"]) for name, b in backends.items()]
    main_urls = {b["dataset"]["url"] for b in backends.values()}
    all_sets += [
        ("postgresql (scaling)", p["dataset"])
        for p in results["scaling"]
        if "dataset" in p and p["dataset"]["url"] not in main_urls
    ]
    for name, d in all_sets:
        phases = ", ".join(f"{k} {_f(v)}" for k, v in d["phases"].items())
        rows.append(
            [
                name,
                _n(d["tickets"]),
                _n(d["comments"]),
                _n(d["events"]),
                _n(d["tags"]),
                _n(d["users"]),
                f"{_n(d['organizations'])} / {d['teams']} / {d['categories']}",
                f"{_f(d['size_bytes'] / 1e6, 0)} MB",
                f"{_f(d['load_seconds'])} s ({phases})",
                _n(
                    int((d["tickets"] + d["comments"] + d["events"]) / max(d["load_seconds"], 1e-9))
                ),
            ]
        )
    out += _table(
        [
            "database",
            "tickets",
            "comments",
            "events",
            "tags",
            "users",
            "orgs / teams / categories",
            "size",
            "load time (phases, s)",
            "rows/s",
        ],
        rows,
    )
    if all_sets:
        d = all_sets[0][1]
        total = max(d["tickets"], 1)
        statuses = ", ".join(
            f"{k} {_f(100 * v / total)}%" for k, v in sorted(d["status_counts"].items())
        )
        priorities = ", ".join(
            f"{k} {_f(100 * v / total)}%" for k, v in sorted(d["priority_counts"].items())
        )
        out += [
            "",
            f"Status mix: {statuses}. Priority mix: {priorities}. Tickets spread over three "
            "years; the backlog (not closed) is mostly recent, with a tail of old tickets nobody "
            "closed. 3 to 8 comments per ticket (a third of agent follow-ups are internal notes), "
            "a history event for creation, assignment, every status change and every comment. "
            "Users: 1 customer per 25 tickets (a few busy requesters, most with a handful), 1 "
            "agent per 4,000 tickets (at least 24) in 8 tiered teams. Load = Alembic schema, the "
            "directory through SQLAlchemy Core (the 13 sign-in accounts through "
            "`api.user.service.create_user` with real Argon2 hashes, everyone else one shared "
            "precomputed hash), then tickets, comments, events and tags in batches of 5,000 "
            "tickets: `COPY` on PostgreSQL (foreign-key triggers off during the load, secondary "
            "indexes dropped and rebuilt after, then `VACUUM ANALYZE` as autovacuum would), "
            "`executemany` on SQLite (no `ANALYZE`, as Sportello never runs one). "
            "`ticket_counter` (and on PostgreSQL the `ticket_number_seq` sequence) is set to "
            "the last number. Where the schema has the full-text "
            "index's `search_document` table, every loaded ticket gets its row (subject; "
            "description and resolution; language `simple`) and every comment its own row "
            "(public in `extra`, internal notes in `internal`), in ticket then comment order, in "
            "one `INSERT ... SELECT`, "
            "as `sportello reindex` would leave them.",
            "",
        ]

    # Results per backend.
    for name, b in backends.items():
        out += [f"## Results: {name}, {_n(b['dataset']['tickets'])} tickets", ""]
        out += ["Sportello:", "", *_load_table(b["sportello"], postgres=name == "postgresql"), ""]
        out += [
            "Each Sportello cell above was followed at once by the floor cell it is held "
            "against, so that both saw the same background load:",
            "",
        ]
        rows = []
        for c in b["sportello"]:
            f = c["floor"]
            floor, ratio = FLOOR_OF[c["scenario"]]
            measured = c["throughput"] / f["throughput"] if f["throughput"] else 0.0
            rows.append(
                [
                    TITLES[c["scenario"]],
                    str(c["concurrency"]),
                    _f(c["throughput"]),
                    TITLES[floor],
                    _f(f["throughput"]),
                    _f(f["p50_ms"]),
                    _f(f["p95_ms"]),
                    str(f["errors"]),
                    _f(_cpu_ms(f), 2),
                    _f(_cpu_ms(c) / _cpu_ms(f), 1) if _cpu_ms(f) else "-",
                    _f(f["machine_cores"], 2),
                    f"**{_f(measured, 2)}**",
                    f">= {_f(ratio, 2)}" if ratio else "-",
                ]
            )
        header = ["Sportello", "conc.", "req/s", "floor", "floor req/s", "floor p50 ms"]
        header += ["floor p95 ms", "floor errors", "floor server CPU ms/req"]
        header += ["CPU per request Sportello / floor", "machine busy"]
        header += ["ratio", "target"]
        out += [*_table(header, rows), ""]

    # Query budget.
    if backends:
        out += ["## Query budget (statements per request, on the loaded database)", ""]
        names = [b["name"] for b in next(iter(backends.values()))["budget"]]
        rows = []
        for endpoint in names:
            row = [endpoint]
            for b in backends.values():
                found = next((x for x in b["budget"] if x["name"] == endpoint), None)
                row.append(str(found["statements"]) if found else "-")
            rows.append(row)
        out += [*_table(["endpoint", *backends.keys()], rows), ""]
        first = next(iter(backends.values()))["budget"]
        out += ["<details><summary>The statements, in order</summary>", ""]
        for entry in first:
            out += [f"- `{entry['method']} {entry['path']}` ({entry['name']}):"]
            out += [f"  1. `{s}`" for s in entry["listing"]]
        out += ["", "</details>", ""]

    # Scaling.
    if results["scaling"]:
        out += ["## Scaling (PostgreSQL, concurrency 1)", ""]
        rows = []
        base = results["scaling"][0]

        def latency(p: dict[str, Any], name: str) -> str:
            return f"{_f(p[name]['p50_ms'])} / {_f(p[name]['p95_ms'])}" if name in p else "-"

        def growth(p: dict[str, Any], name: str) -> str:
            if name not in p or name not in base:
                return "-"
            return _f(p[name]["p50_ms"] / max(base[name]["p50_ms"], 1e-9), 2)

        for p in results["scaling"]:
            plans = {x["name"]: x for x in p.get("plans", [])}
            queue_plan = plans.get("tickets-list (agent queue)")
            slowest = plans.get("tickets-list (agent queue, slowest team)")
            get_plan = plans.get("tickets-get")
            rows.append(
                [
                    _n(p["tickets"]),
                    latency(p, "queue_page"),
                    growth(p, "queue_page"),
                    latency(p, "queue_by_deadline"),
                    growth(p, "queue_by_deadline"),
                    latency(p, "get_ticket"),
                    growth(p, "get_ticket"),
                    latency(p, "my_requests"),
                    _f(queue_plan["execution_ms"], 2) if queue_plan else "-",
                    _n(queue_plan["rows"]) if queue_plan else "-",
                    f"{_f(slowest['execution_ms'], 2)} ({slowest['note']})" if slowest else "-",
                    _f(get_plan["execution_ms"], 2) if get_plan else "-",
                    _f(p.get("load_seconds", 0)),
                ]
            )
        out += _table(
            [
                "tickets",
                "queue page p50 / p95 ms",
                "x smallest",
                "queue by deadline p50 / p95 ms",
                "x smallest",
                "ticket view p50 / p95 ms",
                "x smallest",
                "my requests p50 / p95 ms",
                "queue SQL ms, team 1 (EXPLAIN ANALYZE)",
                "rows returned",
                "queue SQL ms, slowest team",
                "ticket SQL ms",
                "load s",
            ],
            rows,
        )
        out += ["", "Plans at the largest size:", ""]
        for plan in results["scaling"][-1].get("plans", []):
            note = f" ({plan['note']})" if plan.get("note") else ""
            out += [f"- {plan['name']}{note}: `{plan['shape']}`, {_f(plan['execution_ms'], 2)} ms"]
        out += [""]

    # Not run.
    missing = []
    if "postgresql" not in backends or "sqlite" not in backends:
        missing.append("one of the two databases (see `--backends`)")
    if not any(p["tickets"] >= 1_000_000 for p in results["scaling"]):
        missing.append("the 1,000,000-ticket scaling point (full mode only: `make bench`)")
    if missing:
        out += ["## Not measured in this run", ""] + [f"- {x}" for x in missing] + [""]
    return "\n".join(out)


def render_addendum(results: dict[str, Any], loadavg_samples: list[str] | None = None) -> str:
    """A dated section on the scaling series alone, to append to the report of a full run.

    For a targeted run (`--backends '' --scenarios ...`): its figures, without rewriting the
    figures of the full run above it.
    """
    m, scaling = results["machine"], results["scaling"]
    names = [n for n in ("queue_by_deadline", "queue_page") if scaling and n in scaling[0]]
    started = results["started_at"]
    out = [
        "",
        f"## Addendum {started[:10]}: the queue by SLA deadline, scaling on PostgreSQL",
        "",
        f"Generated by `{results['command']}` on {started}; the run took "
        f"{results['seconds'] / 60:.1f} minutes. Only the scaling series of the scenarios "
        f"below was run; every other figure of this document comes from the full run above.",
        "",
        "- Scenario **agent queue by deadline** (`queue_by_deadline`): an agent's team queue "
        "`status=open&status=in_progress&team_id=<random team>&sort=sla_due_at` (next deadline "
        "first, no deadline last, keyset paging): 40% the first page, 40% the next page with "
        "the cursor the first page returns (read from the loaded database per team), 20% the "
        "first page of the team's breached tickets (`&sla=breached`). Page size 25.",
        "- Data: the generator gives 80% of tickets a policy (two wall-clock policies); tickets "
        "not resolved or closed under a policy get a next deadline spread from 2 days ago to 10 "
        "days ahead (overdue ones breached, and 4% breached earlier), most pending ones are "
        "paused with no deadline; resolved and closed tickets have no next deadline (8% of "
        "them breached on the way).",
        f"- Machine: {m['cores']} cores ({m['cpu']}), PostgreSQL "
        f"{m.get('postgresql', {}).get('server_version', '?')} (server defaults); load "
        f"average at the start {m.get('loadavg_start', '?')}, "
        f"at the end {m.get('loadavg_end', '?')}.",
    ]
    if loadavg_samples:
        ones = [float(s.split()[1]) for s in loadavg_samples if len(s.split()) >= 2]
        if ones:
            out += [
                f"- Load average (1 min) sampled every 15 s during the run: "
                f"{min(ones):.2f} to {max(ones):.2f}, median {statistics.median(ones):.2f} "
                "(the machine is shared; other work ran at the same time)."
            ]
    rounds = results["settings"]["scaling_rounds"]
    per_round = max(20, results["settings"]["scaling_requests"] // rounds)
    out += [
        f"- Measured as the scaling series above: one server per size, {rounds} rounds, each "
        f"visiting every size with {per_round} sequential requests per scenario; medians over "
        "the rounds.",
        "",
    ]
    rows = []
    base = scaling[0]
    for p in scaling:
        d = p["dataset"]
        row = [_n(p["tickets"]), _n(d["active"]), f"{d['size_bytes'] / 2**20:,.0f} MB"]
        for name in names:
            c = p[name]
            grow = c["p50_ms"] / max(base[name]["p50_ms"], 1e-9)
            row += [
                f"{_f(c['p50_ms'])} / {_f(c['p95_ms'])}",
                _f(grow, 2),
                f"{_n(c['requests'])} ({c['errors']} errors)",
            ]
        rows.append([*row, _f(p.get("load_seconds", 0))])
    header = ["tickets", "not closed", "database size"]
    for name in names:
        header += [f"{TITLES[name]} p50 / p95 ms", "x smallest", "requests"]
    out += _table([*header, "load s"], rows)
    if len(scaling) >= 2:
        low, high = scaling[0], scaling[-1]
        out += ["", "| target | wanted | measured | verdict |", "|---|---|---|---|"]
        for name, title in (
            ("queue_by_deadline", "queue-by-deadline"),
            ("queue_page", "queue page"),
        ):
            if name not in names:
                continue
            grow = high[name]["p50_ms"] / max(low[name]["p50_ms"], 1e-9)
            verdict = _verdict(grow <= 1.5) if high["tickets"] >= 1_000_000 else "(partial)"
            out += [
                f"| {title} p50 at {_n(high['tickets'])} / at {_n(low['tickets'])} tickets "
                f"| <= 1.5 | {_f(grow, 2)} ({_f(high[name]['p50_ms'])} / "
                f"{_f(low[name]['p50_ms'])} ms) | {verdict} |"
            ]
    for p in scaling:
        plans = [x for x in p.get("plans", []) if "deadline" in x["name"] or "queue)" in x["name"]]
        if not plans:
            continue
        out += [
            "",
            f"Plans of the ticket SELECT at {_n(p['tickets'])} tickets (EXPLAIN ANALYZE, "
            "median of 5, the parameters the app sent, team 1):",
            "",
        ]
        for plan in plans:
            out += [
                f"- {plan['name']}: `{plan['shape']}`, {_f(plan['execution_ms'], 2)} ms, "
                f"{_n(plan['rows'])} rows"
            ]
    return "\n".join(out) + "\n"
