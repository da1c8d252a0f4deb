from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.core.config import get_settings
from api.jobs import repository
from api.jobs.registry import periodic


@periodic(name="jobs.purge-finished", cron="41 3 * * *")
def purge_finished_jobs(session: Session, now: datetime) -> int:
    """Keep the queue small: jobs that succeeded more than SPORTELLO_JOBS_KEEP_DAYS ago go."""
    return repository.purge_finished(session, now - timedelta(days=get_settings().jobs_keep_days))
