from typing import Annotated

from fastapi import APIRouter, Query

from api.auth.deps import AdminActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, decode_cursor, encode_cursor
from api.jobs import repository, service
from api.jobs.deps import JobAdmin
from api.jobs.kinds import JobStatus
from api.jobs.schemas import JobOut

router = APIRouter(prefix="/jobs", tags=["jobs"])

CURSOR_KIND = "jobs"


@router.get(
    "",
    operation_id="jobs-list",
    response_model=Page[JobOut],
    responses=problem_responses(400, 401, 403, 422),
    summary="Background jobs, newest first (administrators only)",
)
def list_jobs(
    actor: AdminActor,
    session: SessionDep,
    status: JobStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page[JobOut]:
    before_id = decode_cursor(cursor, CURSOR_KIND, (int,))[0] if cursor else None
    jobs = repository.page_of_jobs(session, status=status, before_id=before_id, limit=limit + 1)
    next_cursor = encode_cursor(CURSOR_KIND, [jobs[limit - 1].id]) if len(jobs) > limit else None
    return Page[JobOut](
        items=[JobOut.model_validate(job) for job in jobs[:limit]], next_cursor=next_cursor
    )


@router.get(
    "/{job_id}",
    operation_id="jobs-get",
    response_model=JobOut,
    responses=problem_responses(401, 404),
    summary="One background job (administrators only)",
)
def get_job(job_id: int, actor: JobAdmin, session: SessionDep) -> JobOut:
    return JobOut.model_validate(service.get_job(session, job_id))


@router.post(
    "/{job_id}/retry",
    operation_id="jobs-retry",
    response_model=JobOut,
    responses=problem_responses(401, 404, 409),
    summary="Run a failed job again (administrators only)",
)
def retry_job(job_id: int, actor: JobAdmin, session: SessionDep) -> JobOut:
    return JobOut.model_validate(service.retry(session, actor, job_id))
