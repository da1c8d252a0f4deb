from enum import StrEnum


class JobStatus(StrEnum):
    """Where a job stands; PostgreSQL's procrastinate statuses map onto these."""

    todo = "todo"  # waiting for its time or a worker
    doing = "doing"
    succeeded = "succeeded"
    failed = "failed"  # out of attempts: an administrator may retry it
    cancelled = "cancelled"
