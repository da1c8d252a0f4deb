"""Taking one incoming message in: a new ticket, a comment, or a record of why neither.

Order of the checks: loop guards on the headers (machine mail is ignored whatever its size),
then the size and attachment limits and readability (held in quarantine), then threading.
Nothing is written before the message is known to be taken in, so a refused message leaves
no ticket events behind. The caller commits.
"""

import io
import secrets
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr, parsedate_to_datetime
from typing import Literal

from pydantic import ValidationError
from sqlalchemy.orm import Session

from api.attachment import service as attachments
from api.auth.actor import Actor
from api.comment import service as comments
from api.comment.schemas import CommentCreate
from api.core.config import Settings
from api.mail.inbound import repository
from api.mail.inbound.guards import loop_reason
from api.mail.inbound.htmlbody import html_to_text
from api.mail.inbound.kinds import IngestStatus
from api.mail.inbound.parsing import (
    MailFile,
    ParsedMail,
    UnreadableMail,
    headers_of,
    parse_mail,
)
from api.mail.inbound.quoting import trim_quoted
from api.mail.inbound.threading import plus_reference, subject_reference
from api.mail.message_ids import domain, ticket_id_of
from api.mail.models import MailMessage
from api.ticket import service as tickets
from api.ticket.kinds import Channel
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.ticket.schemas import TicketCreate
from api.user import repository as users
from api.user import service as user_service
from api.user.models import User
from api.user.roles import Role
from api.user.schemas import UserCreate

NO_SUBJECT = "(no subject)"
NO_TEXT = "(no text)"
MAX_BODY = 100_000
_MERGE_HOPS = 10


@dataclass(frozen=True)
class IngestOutcome:
    """What became of a message: "ticket_created", "commented", "ignored" or "quarantined"."""

    status: IngestStatus
    ticket_id: int | None = None
    comment_id: int | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A message taken in as nothing: "held" for an admin, or "ignored"."""

    status: Literal["held", "ignored"]
    reason: str


@dataclass(frozen=True)
class Thread:
    ticket: Ticket
    how: str  # "token", "message-id", "subject", "plus-address"
    # A Message-ID of ours this reply answers, sent to the sender themselves.
    proves_sender: bool


def our_address(settings: Settings) -> str:
    return parseaddr(settings.mail_from)[1].lower()


def limits_refusal(mail: ParsedMail, settings: Settings) -> str | None:
    if len(mail.files) > settings.mail_max_attachments:
        return f"{len(mail.files)} attachments, over the limit of {settings.mail_max_attachments}"
    for file in mail.files:
        if len(file.data) > settings.max_upload_bytes:
            return (
                f"attachment {file.filename!r} of {len(file.data)} bytes is over the limit "
                f"of {settings.max_upload_bytes}"
            )
    return None


def _follow_merges(session: Session, ticket: Ticket | None) -> Ticket | None:
    for _ in range(_MERGE_HOPS):
        if ticket is None or ticket.merged_into_id is None:
            return ticket
        ticket = session.get(Ticket, ticket.merged_into_id)
    return ticket


def _sent_to(row: MailMessage | None, address: str) -> bool:
    if row is None or row.direction != "out":
        return False
    return any(parseaddr(r)[1].lower() == address for r in row.recipients)


def find_thread(
    session: Session, mail: ParsedMail, settings: Settings, sender: User | None
) -> Thread | None:
    # 1. A signed token in a Message-ID of ours: unforgeable.
    for reference in mail.references:
        ticket_id = ticket_id_of(reference, settings)
        ticket = _follow_merges(session, session.get(Ticket, ticket_id) if ticket_id else None)
        if ticket is not None:
            row = repository.mail_by_message_id(session, reference)
            return Thread(ticket, "token", proves_sender=_sent_to(row, mail.sender))
    # 2. A Message-ID on record (ours sent, or one taken in): known to the thread's people.
    ticket_id = repository.ticket_of_known_ids(session, mail.references)
    ticket = _follow_merges(session, session.get(Ticket, ticket_id) if ticket_id else None)
    if ticket is not None:
        return Thread(ticket, "message-id", proves_sender=False)
    # 3 and 4. A reference anyone could type: only for the ticket's own people.
    desk = {our_address(settings)}
    for how, number in (
        ("subject", subject_reference(mail.subject, settings.ticket_prefix)),
        ("plus-address", plus_reference(mail.recipients, settings.ticket_prefix, desk)),
    ):
        if number is None or sender is None:
            continue
        ticket = _follow_merges(session, repository.ticket_by_number(session, number))
        if ticket is not None and repository.is_participant(session, ticket, sender.id):
            return Thread(ticket, how, proves_sender=False)
    return None


def body_of(mail: ParsedMail, *, reply: bool) -> str:
    if mail.text is not None and mail.text.strip():
        text = mail.text
    elif mail.html is not None:
        text = html_to_text(mail.html)
    else:
        text = ""
    text = trim_quoted(text) if reply else text.strip()
    return text[:MAX_BODY] or NO_TEXT


def _contact_for(session: Session, mail: ParsedMail, settings: Settings) -> User:
    """The sender's account, or a new customer contact (no password: they sign up or get a
    link later) made from the address."""
    user = users.by_email(session, mail.sender)
    if user is not None:
        return user
    name = (mail.sender_name or mail.sender.partition("@")[0]).strip()[:200] or mail.sender
    data = UserCreate(email=mail.sender, name=name, role=Role.customer)
    return user_service.create_user(session, settings, data, actor=None)


def _attach_all(
    session: Session,
    settings: Settings,
    actor: Actor,
    ticket: Ticket,
    files: list[MailFile],
    comment_id: int | None,
) -> None:
    for file in files:
        attachments.attach(
            session,
            settings.attachments_dir,
            actor,
            ticket,
            source=io.BytesIO(file.data),
            filename=file.filename,
            comment_id=comment_id,
            max_bytes=max(len(file.data), 1),
        )


def _record(
    session: Session,
    mail: ParsedMail,
    *,
    ticket: Ticket,
    comment_id: int | None,
    mailbox_id: int | None,
    thread: Thread | None,
) -> None:
    headers: dict[str, str] = dict(mail.headers)
    if mailbox_id is not None:
        headers["X-Sportello-Mailbox"] = str(mailbox_id)
    if thread is not None:
        headers["X-Sportello-Threaded-By"] = thread.how
    try:
        sent_at: datetime | None = parsedate_to_datetime(mail.headers.get("Date", ""))
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = None
    except (TypeError, ValueError, IndexError):
        sent_at = None
    session.add(
        MailMessage(
            direction="in",
            message_id=mail.message_id or f"<in.{secrets.token_hex(12)}@{domain()}>",
            ticket_id=ticket.id,
            comment_id=comment_id,
            sender=mail.sender,
            recipients=mail.recipients,
            subject=mail.subject[:998],
            in_reply_to=mail.in_reply_to[:998] if mail.in_reply_to else None,
            headers=headers,
            sent_at=sent_at,
        )
    )
    session.flush()


def take_in(
    session: Session,
    raw: bytes,
    settings: Settings,
    *,
    mailbox_id: int | None,
    received_at: datetime,
    vouched: bool = False,
) -> IngestOutcome | Refusal:
    """File the message, or say why not (writing nothing). `vouched`: an admin released it,
    so the limits and the staff-address rule are waived."""
    # The guards and the size limit read the headers only: a huge bounce is cheap to drop.
    headers = headers_of(raw)
    content_type = headers.get("Content-Type", "text/plain").partition(";")[0].strip()
    sender_address = parseaddr(headers.get("From", ""))[1]
    reason = loop_reason(headers, content_type, sender_address, our_address(settings))
    if reason is not None:
        return Refusal("ignored", reason)
    if not vouched and len(raw) > settings.mail_max_bytes:
        return Refusal("held", f"{len(raw)} bytes, over the limit of {settings.mail_max_bytes}")
    try:
        mail = parse_mail(raw)
    except UnreadableMail as exc:
        return Refusal("held", str(exc))
    if mail.message_id is not None:
        known = repository.mail_by_message_id(session, mail.message_id)
        if known is not None:
            return IngestOutcome("ignored", ticket_id=known.ticket_id, reason="already taken in")
    if not vouched:
        refusal = limits_refusal(mail, settings)
        if refusal is not None:
            return Refusal("held", refusal)
    sender = users.by_email(session, mail.sender)
    if sender is not None and not sender.active:
        return Refusal("held", "the sender's account is deactivated")
    thread = find_thread(session, mail, settings, sender)
    # Anyone can write a staff address in From: a staff member's mail is taken in only as a
    # reply to a message of ours that was sent to that very address.
    staff = sender is not None and sender.role.is_staff
    if staff and not vouched and (thread is None or not thread.proves_sender):
        return Refusal("held", "from a staff address, but not a reply to mail sent to it")
    try:
        contact = sender or _contact_for(session, mail, settings)
    except ValidationError:
        return Refusal("held", f"the sender address {mail.sender!r} is not valid")
    actor = Actor(user=contact, now=received_at, channel=Channel.email)
    if thread is not None and thread.ticket.status is not Status.closed:
        comment = comments.add_comment(
            session, actor, thread.ticket, CommentCreate(body=body_of(mail, reply=True))
        )
        _attach_all(session, settings, actor, thread.ticket, mail.files, comment.id)
        _record(
            session,
            mail,
            ticket=thread.ticket,
            comment_id=comment.id,
            mailbox_id=mailbox_id,
            thread=thread,
        )
        return IngestOutcome("commented", ticket_id=thread.ticket.id, comment_id=comment.id)
    subject = mail.subject.strip()[:200] or NO_SUBJECT
    ticket = tickets.open_ticket(
        session, actor, TicketCreate(subject=subject, description=body_of(mail, reply=False))
    )
    _attach_all(session, settings, actor, ticket, mail.files, None)
    _record(session, mail, ticket=ticket, comment_id=None, mailbox_id=mailbox_id, thread=None)
    reason = "the ticket it answers is closed" if thread is not None else None
    return IngestOutcome("ticket_created", ticket_id=ticket.id, reason=reason)
