"""What administrators may do with jobs: see them, and send a failed one round again."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Conflict, NotFound
from api.jobs import repository
from api.jobs.kinds import JobStatus
from api.jobs.repository import JobView


def get_job(session: Session, job_id: int, *, for_update: bool = False) -> JobView:
    job = repository.get_job(session, job_id, for_update=for_update)
    if job is None:
        raise NotFound("No such job.")
    return job


def retry(session: Session, actor: Actor, job_id: int) -> JobView:
    job = get_job(session, job_id, for_update=True)
    if job.status is not JobStatus.failed:
        raise Conflict(f"Only a failed job can be retried; this one is {job.status.value}.")
    repository.retry_failed(session, job_id, actor.now)
    return get_job(session, job_id)
