from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.core.config import get_settings
from api.jobs import periodic, task
from api.mail.inbound import ingest_message
from api.mail.mailbox.polling import poll_active_mailboxes, poll_mailbox

POLL_ALL = "mail.poll-mailboxes"
POLL_ONE = "mail.poll-mailbox"


@periodic(name=POLL_ALL, every=timedelta(minutes=1))
def poll_mailboxes(session: Session, now: datetime) -> None:
    """Take in the new mail of every active mailbox, a bounded batch each (README, Mailboxes).
    Commits message by message: see api/mail/mailbox/polling.py."""
    poll_active_mailboxes(session, get_settings(), now, ingest=ingest_message)


@task(name=POLL_ONE, max_attempts=1)
def poll_one_mailbox(session: Session, now: datetime, *, mailbox_id: int) -> None:
    """An administrator's "poll now"; skipped if a poll of that mailbox is under way."""
    poll_mailbox(session, get_settings(), mailbox_id, now, ingest=ingest_message)
