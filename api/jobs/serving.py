"""The app `sportello serve` runs: the API, plus the job runner where this process runs jobs.

Kept out of create_app() so that tests and tools building the app start no runner.
"""

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.core.config import Settings, get_settings
from api.db.session import Database
from api.jobs import postgres
from api.jobs.embedded import EmbeddedRunner
from api.main import create_app


def start_jobs(settings: Settings, db: Database) -> Callable[[], None]:
    """Start running jobs in this process; returns how to stop."""
    if settings.is_sqlite:
        runner = EmbeddedRunner(db, settings.data_dir, poll_seconds=settings.jobs_poll_seconds)
        runner.start()
        return runner.stop
    postgres.start_worker_thread(settings)  # a daemon thread: it ends with the process
    return lambda: None


def create_served_app() -> FastAPI:
    settings = get_settings()
    app = create_app(settings)
    # What the import and the app's construction made (some 270,000 objects: modules, models,
    # routes) lives as long as the process: out of the collector's sight, a full collection
    # takes 10 ms instead of 200 (a pause every request in flight waits out).
    gc.freeze()
    if not settings.runs_jobs_when_serving:
        return app
    api_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        stop = start_jobs(settings, application.state.db)
        try:
            async with api_lifespan(application):  # create_app keeps no lifespan state
                yield
        finally:
            stop()

    app.router.lifespan_context = lifespan
    return app
