"""The `sportello` command: serve, migrate, create-admin, demo, reindex, openapi."""

import json
import time
from typing import Annotated

import typer
import uvicorn
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from api.core.config import Settings, get_settings
from api.db import migrate as migrations
from api.db.session import Database, transaction
from api.demo.loader import DemoAlreadyLoaded, load_demo
from api.main import create_app
from api.search import documents as search_documents
from api.user import repository as users
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate

app = typer.Typer(help="Sportello, the help desk.", no_args_is_help=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes")] = 1,
) -> None:
    """Serve the API (and the SPA once built) with uvicorn."""
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,
        log_level="info",
    )


@app.command()
def migrate() -> None:
    """Bring the database schema up to date (alembic upgrade head)."""
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
    settings = get_settings()
    migrations.upgrade(settings.database_url)
    db = Database.connect(settings)
    try:
        logins = load_demo(db, settings, tickets=tickets, seed=seed)
    except DemoAlreadyLoaded as exc:
        typer.echo(str(exc))
        logins = exc.logins
    finally:
        db.engine.dispose()
    typer.echo("Demo sign-ins (email / password):")
    for role, email, password in logins:
        typer.echo(f"  {role:<11} {email:<34} {password}")


@app.command()
def reindex() -> None:
    """Rebuild the full-text search index from every ticket, comment and article."""
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


def _progress() -> Progress:
    """A bar with counts and time left, on stderr so that stdout keeps the summary only."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("elapsed"),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )


@app.command()
def openapi() -> None:
    """Print the OpenAPI document (the frontend's client is generated from it)."""
    settings = Settings(database_url="sqlite://")
    typer.echo(json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True))
