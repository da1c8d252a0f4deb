"""The jobs that send mail: one per outbox row, retried with backoff; and a sweep that
re-queues rows whose job was lost (a worker killed mid-send) and gives up on very old ones."""

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.core.config import get_settings
from api.jobs import defer, periodic, task
from api.mail import delivery, outbox, smtp

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500


@task(name="mail.deliver", max_attempts=6, backoff=timedelta(seconds=30))
def deliver(session: Session, now: datetime, *, outbox_id: int) -> str:
    return delivery.deliver(session, outbox_id, now, get_settings())


@periodic(name="mail.sweep", every=timedelta(seconds=15))
def sweep(session: Session, now: datetime) -> str:
    settings = get_settings()
    if not smtp.configured(settings):
        return "SMTP is not configured: mail waits"
    given_up = outbox.give_up(session, now - timedelta(hours=settings.mail_give_up_after_hours))
    if given_up:
        logger.warning("Gave up on %s outgoing messages never sent", given_up)
    if outbox.deliveries_waiting(session):
        return f"deliveries waiting: nothing lost yet; gave up {given_up}"
    lost = outbox.lost(
        session, now - timedelta(seconds=settings.mail_resend_after_seconds), SWEEP_BATCH
    )
    for row in lost:
        row.swept_at = now
        defer(session, "mail.deliver", outbox_id=row.id)
    return f"re-queued {len(lost)}, gave up {given_up}"
