from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.db.base import Base, CreatedAtMixin, enum_column
from api.mail.mailbox.kinds import AfterIngest, PollStatus, Security


class Mailbox(CreatedAtMixin, Base):
    """An IMAP folder the desk reads mail from, as administrators set it up.

    The password is kept sealed (credentials.py) and never leaves through the API. What the
    poller writes lives in `MailboxPoll`, so a poll never changes this row's version (ETag).
    """

    __tablename__ = "mailbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int]
    security: Mapped[Security] = mapped_column(enum_column(Security))
    username: Mapped[str] = mapped_column(String(320))
    password_sealed: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(String(200))
    after_ingest: Mapped[AfterIngest] = mapped_column(enum_column(AfterIngest))
    move_to: Mapped[str | None] = mapped_column(String(200))
    desk_address: Mapped[str] = mapped_column(String(320))
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    poll: Mapped["MailboxPoll"] = relationship(
        lazy="joined", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class MailboxPoll(Base):
    """Where a mailbox's poll has got to. The cursor (`uid_validity`, `last_uid`) advances in
    the same transaction as each message's ticket or comment: a crash neither loses nor
    repeats a message."""

    __tablename__ = "mailbox_poll"

    mailbox_id: Mapped[int] = mapped_column(
        ForeignKey("mailbox.id", ondelete="CASCADE"), primary_key=True
    )
    # IMAP's numbers are unsigned 32-bit: beyond INTEGER.
    uid_validity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    catching_up: Mapped[bool] = mapped_column(default=False)
    # The message whose ingest failed on the last polls, and how often: skipped after a few.
    stuck_uid: Mapped[int | None] = mapped_column(BigInteger)
    stuck_attempts: Mapped[int] = mapped_column(default=0)
    # One poller at a time per mailbox, however many workers run.
    claimed_until: Mapped[datetime | None]
    polled_at: Mapped[datetime | None]
    status: Mapped[PollStatus | None] = mapped_column(enum_column(PollStatus))
    error: Mapped[str | None] = mapped_column(String(1000))
    ingested: Mapped[int] = mapped_column(default=0)  # by the last poll
