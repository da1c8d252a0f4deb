"""What people do with mail through the API: an administrator's SMTP test, and a requester's
one-click answer to a resolution."""

import smtplib
from datetime import datetime
from email.utils import formatdate

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.config import Settings
from api.core.errors import NotFound
from api.core.signing import InvalidToken
from api.mail import compose, links, smtp
from api.mail.message_ids import domain
from api.mail.schemas import MailTestOut
from api.notification import preferences
from api.ticket import service as tickets
from api.ticket.kinds import Channel
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.user.models import User


class LinkExpired(NotFound):
    """404 like a forged link, with its own problem type so the page can say why."""

    code, title = "link-expired", "Link expired"


def send_test(session: Session, actor: Actor, to: str | None, settings: Settings) -> MailTestOut:
    address = to or actor.user.email
    preference = preferences.of_user(session, actor.id)
    language = preferences.language_of(preference, settings.mail_default_language)
    rendered = compose.render("test", language, {"desk": "Sportello"}, subject_key="test.subject")
    message = compose.build(
        compose.Envelope(
            sender=settings.mail_from,
            to_name="",
            to_address=address,
            message_id=f"<sp.test.{formatdate(usegmt=True).replace(' ', '.')}@{domain(settings)}>",
        ),
        rendered,
    )
    if not smtp.configured(settings):
        return MailTestOut(delivered=False, to=address, detail="SPORTELLO_SMTP_HOST is not set.")
    try:
        smtp.send(message, settings)
    except (smtplib.SMTPException, OSError) as exc:
        return MailTestOut(delivered=False, to=address, detail=f"{type(exc).__name__}: {exc}")
    return MailTestOut(delivered=True, to=address, detail="")


def ticket_of_link(session: Session, token: str, settings: Settings) -> tuple[Ticket, bool]:
    """The ticket a resolution link names, and whether its resolution still stands."""
    try:
        ticket_id, resolved_at = links.read_token(token, settings)
    except InvalidToken as exc:
        if str(exc) == "expired":
            raise LinkExpired("This link has expired; answer on the portal instead.") from exc
        raise NotFound("This link is not valid.") from exc
    ticket = session.get(Ticket, ticket_id, with_for_update=True)
    if ticket is None:
        raise NotFound("This link is not valid.")
    standing = (
        ticket.status is Status.resolved
        and ticket.resolved_at is not None
        and ticket.resolved_at.isoformat() == resolved_at
    )
    return ticket, standing


def answer(
    session: Session, ticket: Ticket, action: links.ResolutionAnswer, now: datetime
) -> Ticket:
    """Confirm (close) or reopen the ticket as its requester, by email: as from the portal."""
    requester = session.get(User, ticket.requester_id)
    if requester is None or not requester.active:
        raise NotFound("This link is not valid.")
    actor = Actor(user=requester, now=now, channel=Channel.email)
    target = Status.closed if action is links.ResolutionAnswer.confirm else Status.open
    tickets.change_status(session, ticket, actor, target)
    session.flush()
    return ticket
