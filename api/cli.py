"""The `sportello` command: serve, worker, jobs, migrate, create-admin, demo, reindex, openapi."""

import json
import logging
import os
import signal
import time
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.core.config import Settings, get_settings

if TYPE_CHECKING:
    from rich.progress import Progress

    from api.demo.summary import DeskCounts

# Each command imports what it needs when it runs. This module is imported by every process
# `sportello` starts, the master of `sportello serve --workers N` and each worker it spawns
# included: importing the whole application here cost every one of them about 5 s of CPU on a
# 2-core machine, and `migrate` or `mail ingest` (piped from a mail server, once per message)
# need a small part of it.

WORKER_HEALTHCHECK_SECONDS = 60

app = typer.Typer(help="Sportello, the help desk.", no_args_is_help=True)
jobs_app = typer.Typer(help="Background tasks: list them, run one now.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
mail_app = typer.Typer(
    help="Email: take mail in, or run a local SMTP sink for trying the desk.", no_args_is_help=True
)
app.add_typer(mail_app, name="mail")
reports_app = typer.Typer(help="Supervisor reports.", no_args_is_help=True)
app.add_typer(reports_app, name="reports")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes")] = 1,
    jobs: Annotated[
        bool | None,
        typer.Option(
            "--jobs/--no-jobs",
            help="Run background jobs in one of these processes too "
            "[default: on SQLite yes; on PostgreSQL no, run `sportello worker`]",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the API (and the SPA once built) with uvicorn.

    X-Forwarded-For is believed only from SPORTELLO_TRUSTED_PROXIES (none by default).
    """
    import uvicorn

    if jobs is not None:
        # Read by every worker process uvicorn starts, through the settings.
        os.environ["SPORTELLO_SERVE_JOBS"] = "true" if jobs else "false"
    proxies = get_settings().trusted_proxy_list
    uvicorn.run(
        "api.jobs.serving:create_served_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=bool(proxies),
        # Passed even when empty: uvicorn's own default would trust 127.0.0.1.
        forwarded_allow_ips=proxies,
        # A spawned worker imports the whole `sportello` command before it can answer
        # uvicorn's health pings; on a busy small machine that takes longer than the default 5 s,
        # and uvicorn would kill and respawn it without end.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
        log_level="info",
    )


@app.command()
def worker() -> None:
    """Run background jobs until stopped: procrastinate on PostgreSQL (run as many as you like),
    the embedded runner on SQLite (one at a time: it waits while `sportello serve` runs jobs)."""
    from api.db.session import Database
    from api.jobs import postgres
    from api.jobs.catalog import load_tasks
    from api.jobs.embedded import EmbeddedRunner

    settings = get_settings()
    load_tasks(settings)
    # Each job's start, end and failure (with its traceback and job id) goes to stderr.
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if not settings.is_sqlite:
        typer.echo("Running background jobs (PostgreSQL).", err=True)
        postgres.run_worker(settings)
        return
    db = Database.connect(settings)
    runner = EmbeddedRunner(db, settings.data_dir, poll_seconds=settings.jobs_poll_seconds)
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop_signal, lambda *_: runner.request_stop())
    typer.echo("Running background jobs (SQLite).", err=True)
    try:
        runner.run()
    finally:
        db.engine.dispose()


@jobs_app.command("list")
def jobs_list() -> None:
    """Every registered task, and the schedule of the periodic ones."""
    from api.jobs import registry
    from api.jobs.catalog import load_tasks

    load_tasks(get_settings())
    for spec in sorted(registry.TASKS.values(), key=lambda s: s.name):
        typer.echo(f"{spec.name:<44} {spec.cron or 'deferred'}")


@jobs_app.command("run")
def jobs_run(
    name: Annotated[str, typer.Argument(help="A task name, as `sportello jobs list` shows")],
    args: Annotated[
        str, typer.Option("--args", help='Keyword arguments as a JSON object, e.g. {"id": 7}')
    ] = "{}",
) -> None:
    """Run one task now, once, in this process (for administrators, cron and tests)."""
    from api.db.session import Database
    from api.jobs import registry
    from api.jobs.catalog import load_tasks
    from api.jobs.execution import run_now

    settings = get_settings()
    load_tasks(settings)
    try:
        spec = registry.get(name)
    except LookupError as exc:
        typer.echo(f"{exc}. Known tasks: {', '.join(sorted(registry.TASKS))}", err=True)
        raise typer.Exit(code=2) from exc
    try:
        kwargs = json.loads(args)
    except json.JSONDecodeError as exc:
        typer.echo(f"--args is not JSON: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    if not isinstance(kwargs, dict):
        typer.echo("--args must be a JSON object", err=True)
        raise typer.Exit(code=2)
    db = Database.connect(settings)
    try:
        result = run_now(db, spec, kwargs)
    finally:
        db.engine.dispose()
    typer.echo(f"Ran {name}" + ("" if result is None else f": {result}"))


@app.command()
def migrate() -> None:
    """Bring the database schema up to date (alembic upgrade head)."""
    from api.db import migrate as migrations

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    migrations.upgrade(settings.database_url)
    typer.echo("Database schema is up to date.")


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(help="Sign-in email")],
    password: Annotated[str, typer.Option(help="At least 10 characters")],
    name: Annotated[str, typer.Option(help="Display name")] = "Administrator",
) -> None:
    """Create an administrator (non-interactive, for scripts)."""
    from api.db.session import Database, transaction
    from api.user import repository as users
    from api.user import service as user_service
    from api.user.roles import Role
    from api.user.schemas import UserCreate

    settings = get_settings()
    db = Database.connect(settings)
    with transaction(db) as session:
        if users.by_email(session, email) is not None:
            typer.echo(f"A user with the email {email} already exists.", err=True)
            raise typer.Exit(code=1)
        data = UserCreate(email=email, name=name, role=Role.admin, password=password)
        user = user_service.create_user(session, settings, data, actor=None)
        typer.echo(f"Created administrator {user.email} (id {user.id}).")
    db.engine.dispose()


@app.command()
def demo(
    tickets: Annotated[int, typer.Option(min=0, help="How many tickets to generate")] = 300,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same data)")] = 7,
) -> None:
    """Load realistic demo data into an empty database and print the demo sign-ins."""
    from api.db import migrate as migrations
    from api.db.session import Database, transaction
    from api.demo.loader import DemoAlreadyLoaded, demo_steps, load_demo
    from api.demo.summary import count_desk

    settings = get_settings()
    migrations.upgrade(settings.database_url)
    db = Database.connect(settings)
    started = time.monotonic()
    try:
        with _progress() as progress:
            task = progress.add_task("Starting", total=demo_steps(tickets))

            def report_step(what: str) -> None:
                progress.update(task, advance=1, description=what)

            logins = load_demo(db, settings, tickets=tickets, seed=seed, report_step=report_step)
        with transaction(db, write=False) as session:
            _print_summary(count_desk(session), time.monotonic() - started)
    except DemoAlreadyLoaded as exc:
        typer.echo(str(exc))
        logins = exc.logins
    finally:
        db.engine.dispose()
    typer.echo("Demo sign-ins (email / password):")
    for role, email, password in logins:
        typer.echo(f"  {role:<11} {email:<34} {password}")


def _progress() -> "Progress":
    """A progress bar on stderr (stdout stays for what scripts read): counts and time left."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )


def _print_summary(counts: "DeskCounts", seconds: float) -> None:
    statuses = ", ".join(f"{n} {s.value}" for s, n in counts.tickets_by_status.items() if n)
    closures = ", ".join(f"{n} {c.value}" for c, n in counts.tickets_by_closure.items() if n)
    typer.echo(f"Demo loaded in {seconds:.1f} s:")
    for label, number, detail in (
        ("people", counts.people, ""),
        ("organizations", counts.organizations, ""),
        ("teams", counts.teams, ""),
        ("articles", counts.articles, "articles and guides"),
        ("tickets", counts.tickets, statuses),
        ("finished", sum(counts.tickets_by_closure.values()), closures),
        ("comments", counts.comments, "replies and internal notes"),
        ("bulletins", counts.bulletins, ""),
        ("routing", counts.routing_rules, "rules sending new tickets to a team"),
        ("escalation", counts.escalation_rules, "rules on SLA warnings and breaches"),
    ):
        typer.echo(f"  {label:<14}{number:>6}" + (f"  ({detail})" if detail else ""))


@app.command()
def reindex() -> None:
    """Rebuild the full-text search index from every ticket, comment and article."""
    from api.db.session import Database, transaction
    from api.search import documents as search_documents

    settings = get_settings()
    db = Database.connect(settings)
    started = time.perf_counter()
    try:
        with transaction(db) as session, _progress() as progress:
            task = progress.add_task(
                "Indexing tickets", total=search_documents.ticket_count(session)
            )
            counts = search_documents.rebuild(
                session, progress=lambda done: progress.advance(task, done)
            )
    finally:
        db.engine.dispose()
    typer.echo(
        f"Indexed {counts.tickets:,} tickets ({counts.comments:,} comments) and "
        f"{counts.articles:,} articles in {time.perf_counter() - started:.1f} s."
    )


@reports_app.command("rebuild")
def reports_rebuild() -> None:
    """Recompute every ticket's report row (once, after upgrading a database with tickets)."""
    from api.core.clock import utcnow
    from api.db.session import Database, transaction
    from api.report import keeping as report_keeping

    settings = get_settings()
    db = Database.connect(settings)
    started = time.perf_counter()
    try:
        with transaction(db) as session:
            count = report_keeping.rebuild(session, utcnow())
    finally:
        db.engine.dispose()
    typer.echo(
        f"Rebuilt the report rows of {count:,} tickets in {time.perf_counter() - started:.1f} s."
    )


@app.command("clean-attachments")
def clean_attachments(
    older_than_minutes: Annotated[
        int, typer.Option(min=1, help="Leave younger files alone: they may be uploads in flight")
    ] = 60,
) -> None:
    """Remove attachment files no ticket records (left by a crash mid-upload)."""
    from api.attachment import repository as attachments
    from api.attachment import storage
    from api.db.session import Database, transaction

    settings = get_settings()
    db = Database.connect(settings)
    try:
        with transaction(db, write=False) as session:
            recorded = attachments.storage_keys(session)
    finally:
        db.engine.dispose()
    removed = storage.remove_unrecorded(
        settings.attachments_dir, recorded, timedelta(minutes=older_than_minutes)
    )
    typer.echo(f"Removed {removed} unrecorded attachment files; {len(recorded)} are recorded.")


@app.command()
def openapi() -> None:
    """Print the OpenAPI document (the frontend's client is generated from it)."""
    from api.main import create_app

    settings = Settings(database_url="sqlite://")
    typer.echo(json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True))


@mail_app.command("ingest")
def mail_ingest(
    mailbox_id: Annotated[
        int | None, typer.Option(help="Record the message as from this mailbox")
    ] = None,
) -> None:
    """Take in one raw email from stdin (a mail server's pipe): a ticket, a reply, or the
    quarantine. Exit 0 when the desk has it, 65 to bounce it, 75 to retry later."""
    from api.mail.inbound import cli as mail_inbound_cli

    raise typer.Exit(code=mail_inbound_cli.ingest_stdin(get_settings(), mailbox_id))


@mail_app.command("sink")
def mail_sink_command(
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8025,
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    directory: Annotated[
        Path, typer.Option("--dir", help="Where each message is written as .eml")
    ] = Path("data/mail"),
) -> None:
    """An SMTP server that writes each message it receives to a .eml file (local use only)."""
    from api.mail import sink as mail_sink

    mail_sink.serve_forever(directory, host, port)
