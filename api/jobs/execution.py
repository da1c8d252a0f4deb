"""Running one job: the engine opens the transaction and reads the clock, the task does the work."""

from typing import Any

from api.core.clock import utcnow
from api.db.session import Database, transaction
from api.jobs.registry import TaskSpec


def run_now(db: Database, spec: TaskSpec, kwargs: dict[str, Any]) -> object:
    """Run a task once in a transaction of its own: committed if it returns, else rolled back."""
    with transaction(db) as session:
        return spec.run(session, utcnow(), kwargs)
