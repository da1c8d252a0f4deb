from datetime import datetime

from sqlalchemy.orm import Session

from api.core.config import get_settings
from api.jobs import task
from api.webhook import sending
from api.webhook.kinds import DELIVER_TASK


# One attempt per job: the delivery schedules its own next attempt (api/webhook/sending.py),
# so the attempts and the gaps between them are in the delivery log.
@task(name=DELIVER_TASK, max_attempts=1)
def deliver(session: Session, now: datetime, *, delivery_id: int, attempt: int) -> None:
    sending.deliver(session, now, get_settings(), delivery_id=delivery_id, attempt=attempt)
