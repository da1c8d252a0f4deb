from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.attachment import repository, storage
from api.core.config import get_settings
from api.jobs import periodic

# Younger files may be uploads whose row is not committed yet.
UNRECORDED_GRACE = timedelta(hours=1)


@periodic(name="attachments.remove-unrecorded-files", cron="17 * * * *")
def remove_unrecorded_files(session: Session, now: datetime) -> int:
    """Remove files no attachment row names (left by a crash mid-upload), as
    `sportello clean-attachments` does."""
    recorded = repository.storage_keys(session)
    return storage.remove_unrecorded(get_settings().attachments_dir, recorded, UNRECORDED_GRACE)
