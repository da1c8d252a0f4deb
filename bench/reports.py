"""The reports scenario: `python -m bench.reports --tickets 100000 [--sqlite]`.

Builds a database with bench/data.py's generator, fills `report_ticket` from its tickets in
one INSERT ... SELECT (the generator writes rows in bulk, past the event subscriber that keeps
them; business seconds are taken equal to calendar seconds there, which costs the queries the
same), then asks every figure group as a supervisor would, over 30 and 90 days, all tickets
and one team, and prints the median and slowest answer and the statements each ran.
"""

import argparse
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, text

from api.core.config import Settings
from api.main import create_app
from api.report.schemas import ReportGroup
from api.ticket.priority import Priority
from bench import data
from bench.server import Server, free_port, sportello_command, sportello_env

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _seconds(backend: str, end: str, start: str) -> str:
    if backend == "postgresql":
        return f"CAST(EXTRACT(EPOCH FROM ({end} - {start})) AS INTEGER)"
    return f"CAST(ROUND((julianday({end}) - julianday({start})) * 86400) AS INTEGER)"


def fill_reports(url: str, backend: str) -> float:
    started = time.perf_counter()
    priority = " ".join(f"WHEN {p.rank} THEN '{p.value}'" for p in Priority)
    first = _seconds(backend, "first_response_at", "created_at")
    resolution = _seconds(backend, "resolved_at", "created_at")
    verdict = "CASE WHEN sla_breached THEN 'missed' ELSE 'met' END"
    statement = f"""
        INSERT INTO report_ticket (
            ticket_id, created_at, status, priority, channel, team_id, assignee_id,
            organization_id, category_id, first_response_at, first_response_seconds,
            first_response_business_seconds, resolved_at, resolution_seconds,
            resolution_business_seconds, reopen_count, first_response_sla, resolution_sla)
        SELECT id, created_at, status, CASE priority {priority} END, channel, team_id,
            assignee_id, organization_id, category_id, first_response_at, {first}, {first},
            resolved_at, {resolution}, {resolution}, 0,
            CASE WHEN first_response_at IS NULL THEN NULL ELSE {verdict} END,
            CASE WHEN resolved_at IS NULL THEN NULL ELSE {verdict} END
        FROM ticket"""  # noqa: S608 (our own column names and enum values)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(statement))
    if backend == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE report_ticket"))
    engine.dispose()
    return time.perf_counter() - started


def _pages(now: datetime, team: int) -> list[tuple[int, int | None, dict[str, str]]]:
    """The report pages measured: 30 and 90 days, the whole desk and one team."""
    pages = []
    for days in (30, 90):
        for team_id in (None, team):
            query = {"from": (now - timedelta(days=days)).isoformat(), "to": now.isoformat()}
            if team_id is not None:
                query["team_id"] = str(team_id)
            pages.append((days, team_id, query))
    return pages


def measure(url: str, admin_email: str, team: int, rounds: int) -> list[dict[str, Any]]:
    app = create_app(Settings(database_url=url, data_dir=data.RESULTS_DIR / "data"))
    statements = [0]

    @event.listens_for(app.state.db.engine, "before_cursor_execute")
    def _count(*_: Any) -> None:
        statements[0] += 1

    now = datetime.now(UTC).replace(microsecond=0)
    rows = []
    with TestClient(app) as client:
        token = client.post(
            "/api/v1/auth/token", data={"username": admin_email, "password": data.PASSWORD}
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        for days, team_id, query in _pages(now, team):
            for group in ReportGroup:
                timings = []
                for _ in range(rounds):
                    statements[0] = 0
                    started = time.perf_counter()
                    response = client.get(
                        f"/api/v1/reports/{group.value}", params=query, headers=headers
                    )
                    timings.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, response.text
                rows.append(
                    {
                        "group": group.value,
                        "days": days,
                        "team": team_id is not None,
                        "median_ms": statistics.median(timings),
                        "max_ms": max(timings),
                        "statements": statements[0],
                    }
                )
    app.state.db.engine.dispose()
    return rows


def measure_pages(url: str, admin_email: str, team: int, rounds: int) -> list[dict[str, Any]]:
    """The dashboard page as the SPA loads it: its seven groups asked at once, from a real
    server with two workers (`sportello serve`); the time until the last answer."""
    port = free_port()
    env = sportello_env(url, data.RESULTS_DIR / "data-reports")
    rows = []
    with Server("sportello-reports", sportello_command(port, 2), env, port) as server:
        token = httpx.post(
            f"{server.base_url}/api/v1/auth/token",
            data={"username": admin_email, "password": data.PASSWORD},
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        now = datetime.now(UTC).replace(microsecond=0)
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=60) as client:

            def ask(group: ReportGroup, query: dict[str, str]) -> None:
                response = client.get(f"/api/v1/reports/{group.value}", params=query)
                assert response.status_code == 200, response.text

            with ThreadPoolExecutor(max_workers=len(ReportGroup)) as pool:
                for days, team_id, query in _pages(now, team):
                    timings = []
                    for _ in range(rounds + 1):  # the first one warms the workers up
                        started = time.perf_counter()
                        list(pool.map(lambda g, q=query: ask(g, q), ReportGroup))
                        timings.append((time.perf_counter() - started) * 1000)
                    rows.append(
                        {
                            "days": days,
                            "team": team_id is not None,
                            "median_ms": statistics.median(timings[1:]),
                            "max_ms": max(timings[1:]),
                        }
                    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    parser.add_argument(
        "--database", help="measure a database kept by an earlier --keep run (its URL), no load"
    )
    args = parser.parse_args()
    backend = "sqlite" if args.sqlite else "postgresql"
    if args.database:
        kept = _kept(args.database)
        rows = measure(args.database, *kept, args.rounds)
        _print(
            backend,
            args.tickets,
            args.rounds,
            rows,
            measure_pages(args.database, *kept, args.rounds),
        )
        return
    url = data.create_database(backend, args.postgres, f"reports_{args.tickets}")
    print(f"database: {url}", flush=True)
    try:
        started = time.perf_counter()
        ds = data.load(url, args.tickets)
        print(
            f"loaded {args.tickets:,} tickets in {time.perf_counter() - started:.0f} s", flush=True
        )
        print(f"report rows filled in {fill_reports(url, backend):.1f} s", flush=True)
        assert ds.admin is not None
        kept = ds.admin.email, sorted(ds.team_members)[0]
        rows = measure(url, *kept, args.rounds)
        _print(backend, args.tickets, args.rounds, rows, measure_pages(url, *kept, args.rounds))
    finally:
        if not args.keep:
            data.drop_database(url, args.postgres)


def _kept(url: str) -> tuple[str, int]:
    """The admin and the first team of a database the generator loaded."""
    engine = create_engine(url)
    with engine.connect() as conn:
        email = conn.execute(text("SELECT email FROM user_account WHERE role = 'admin' LIMIT 1"))
        team = conn.execute(text("SELECT min(team_id) FROM team_membership"))
        found = str(email.scalar_one()), int(team.scalar_one())
    engine.dispose()
    return found


def _print(
    backend: str,
    tickets: int,
    rounds: int,
    rows: list[dict[str, Any]],
    pages: list[dict[str, Any]],
) -> None:
    print(f"\n{backend}, {tickets:,} tickets, {rounds} rounds each\n")
    print("| group | period | filter | median ms | slowest ms | statements |")
    print("|---|---|---|---:|---:|---:|")
    for r in rows:
        team = "one team" if r["team"] else "all"
        print(
            f"| {r['group']} | {r['days']} days | {team} | {r['median_ms']:.0f} | "
            f"{r['max_ms']:.0f} | {r['statements']} |"
        )
    print(f"\nThe whole page, its {len(ReportGroup)} groups at once, 2 server workers\n")
    print("| period | filter | median ms | slowest ms |")
    print("|---|---|---:|---:|")
    for r in pages:
        team = "one team" if r["team"] else "all"
        print(f"| {r['days']} days | {team} | {r['median_ms']:.0f} | {r['max_ms']:.0f} |")


if __name__ == "__main__":
    main()
