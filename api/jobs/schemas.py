from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.jobs.kinds import JobStatus


class JobOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    task_name: str = Field(examples=["auth.purge-expired-throttle-counters"])
    args: dict[str, Any] = Field(description="The keyword arguments the task is called with.")
    status: JobStatus
    attempts: int = Field(
        description="Attempts made so far (on PostgreSQL an administrator's retry counts one)."
    )
    run_after: datetime | None = Field(description="Not run before this instant (retries wait).")
    last_error: str | None = Field(
        description="Why the last attempt failed, on SQLite; on PostgreSQL the worker's log "
        "has it, with the job id."
    )
