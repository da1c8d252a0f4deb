"""Every query of the outbox and of the mail thread (the repository of api/mail)."""

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.jobs.kinds import JobStatus
from api.jobs.models import BackgroundJob
from api.jobs.queue import is_postgres
from api.jobs.repository import procrastinate_jobs, procrastinate_status
from api.mail.kinds import OutboxStatus
from api.mail.models import MailMessage, MailOutbox
from api.team.models import TeamMembership
from api.user.models import User

THREAD_LOOKBACK = 50


def lock_queued(session: Session, outbox_id: int) -> MailOutbox | None:
    """The row if it is still queued and nobody else is sending it (PostgreSQL: a row lock
    held until this transaction ends, so a crashed sender's lock goes with its connection)."""
    statement = (
        select(MailOutbox)
        .where(MailOutbox.id == outbox_id, MailOutbox.status == OutboxStatus.queued.value)
        .with_for_update(skip_locked=True)
    )
    return session.scalar(statement)


def sent_within(session: Session, recipient_id: int, since: datetime) -> int:
    """Automatic mail sent to this person since then: what the rate cap counts."""
    return (
        session.scalar(
            select(func.count())
            .select_from(MailOutbox)
            .where(
                MailOutbox.recipient_id == recipient_id,
                MailOutbox.sent_at >= since,
                MailOutbox.automatic.is_(True),
            )
        )
        or 0
    )


def thread_of(session: Session, ticket_id: int, address: str) -> list[str]:
    """Message-IDs of the ticket's mail this address has seen (sent to it, or taken in),
    oldest first: what a new message replies to."""
    rows = session.execute(
        select(MailMessage.message_id, MailMessage.direction, MailMessage.recipients)
        .where(MailMessage.ticket_id == ticket_id)
        .order_by(MailMessage.id.desc())
        .limit(THREAD_LOOKBACK)
    ).all()
    address = address.lower()
    seen = [
        message_id
        for message_id, direction, recipients in rows
        if direction == "in" or address in [r.lower() for r in recipients or []]
    ]
    return list(reversed(seen))


def team_agents(session: Session, team_id: int) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .join(TeamMembership, TeamMembership.user_id == User.id)
            .where(TeamMembership.team_id == team_id, User.active.is_(True))
            .order_by(User.id)
        )
    )


def lost(session: Session, older_than: datetime, limit: int) -> list[MailOutbox]:
    """Queued rows whose job was lost (a worker killed mid-job), once no delivery waits:
    old enough, not being sent right now (locked), not re-queued since then."""
    return list(
        session.scalars(
            select(MailOutbox)
            .where(
                MailOutbox.status == OutboxStatus.queued.value,
                MailOutbox.created_at < older_than,
                (MailOutbox.swept_at.is_(None)) | (MailOutbox.swept_at < older_than),
            )
            .order_by(MailOutbox.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def give_up(session: Session, created_before: datetime) -> int:
    result = session.execute(
        update(MailOutbox)
        .where(
            MailOutbox.status == OutboxStatus.queued.value,
            MailOutbox.created_at < created_before,
        )
        .values(status=OutboxStatus.failed.value, detail="not sent in time: given up")
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def deliveries_waiting(session: Session) -> bool:
    """Whether a `mail.deliver` job is still waiting to run (a backlog, or a retry): while
    one is, a queued row may be its, and is not lost."""
    if is_postgres(session):
        jobs = procrastinate_jobs.c
        statement = select(jobs.id).where(
            jobs.task_name == "mail.deliver", procrastinate_status(jobs.status) == "todo"
        )
    else:
        statement = select(BackgroundJob.id).where(
            BackgroundJob.task_name == "mail.deliver", BackgroundJob.status == JobStatus.todo
        )
    return session.scalar(statement.limit(1)) is not None
