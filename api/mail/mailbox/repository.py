from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from api.db.base import fits_integer
from api.mail.mailbox.models import Mailbox, MailboxPoll
from api.mail.models import MailMessage


def all_mailboxes(session: Session) -> list[Mailbox]:
    return list(session.scalars(select(Mailbox).order_by(Mailbox.name, Mailbox.id)))


def active_ids(session: Session) -> list[int]:
    return list(
        session.scalars(select(Mailbox.id).where(Mailbox.active.is_(True)).order_by(Mailbox.id))
    )


def get(session: Session, mailbox_id: int, *, for_update: bool = False) -> Mailbox | None:
    if not fits_integer(mailbox_id):
        return None
    statement = select(Mailbox).where(Mailbox.id == mailbox_id)
    if for_update:
        statement = statement.with_for_update(of=Mailbox)
    return session.scalar(statement)


def id_named(session: Session, name: str) -> int | None:
    return session.scalar(select(Mailbox.id).where(Mailbox.name == name))


def claim(session: Session, mailbox_id: int, now: datetime, until: datetime) -> bool:
    """Take the mailbox's poll for this worker until `until`, unless another holds it."""
    result = session.execute(
        update(MailboxPoll)
        .where(
            MailboxPoll.mailbox_id == mailbox_id,
            or_(MailboxPoll.claimed_until.is_(None), MailboxPoll.claimed_until < now),
        )
        .values(claimed_until=until)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def is_known_message(session: Session, message_id: str) -> bool:
    """Whether the desk already has this Message-ID, in or out (kept with or without <>)."""
    bare = message_id.strip().removeprefix("<").removesuffix(">")
    forms = [f"<{bare}>", bare]
    found = session.scalar(select(MailMessage.id).where(MailMessage.message_id.in_(forms)))
    return found is not None
