"""Delivering one outbox row: what the `mail.deliver` job does (and tests call directly).

Idempotent: a row already sent (or being sent by another worker) is left alone. The
Message-ID is derived from the row's id, so a retried send reuses it. The recipient's
choices, language and rate cap are applied here, off the request's path.
"""

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from api.comment.models import Comment
from api.core.config import Settings
from api.jobs import defer
from api.mail import compose, hooks, links, outbox, smtp
from api.mail.kinds import MailKind, OutboxStatus
from api.mail.message_ids import new_message_id
from api.mail.models import MailMessage, MailOutbox
from api.notification import preferences
from api.notification.kinds import NotificationKind
from api.notification.service import notify
from api.team import repository as teams
from api.ticket.kinds import Channel
from api.ticket.models import Ticket, TicketEvent
from api.user.models import User
from api.user.roles import Role
from api.user.system import SYSTEM_EMAIL, system_user

logger = logging.getLogger(__name__)

SENT_EVENT = "email_sent"


def _settle(row: MailOutbox, status: OutboxStatus, detail: str) -> str:
    row.status = status.value
    row.detail = detail[:500]
    return f"{status.value}: {detail}"


def deliver(session: Session, outbox_id: int, now: datetime, settings: Settings) -> str:
    """Send (or expand, skip, cap) one queued row; what happened, in a few words. Raises if
    the SMTP server fails, so that the job is retried with backoff."""
    row = outbox.lock_queued(session, outbox_id)
    if row is None:
        return "nothing to do (sent, settled, or being sent)"
    ticket = session.get(Ticket, row.ticket_id)
    if ticket is None:
        return _settle(row, OutboxStatus.skipped, "the ticket is gone")
    if row.recipient_id is None:
        return _expand(session, row, ticket, now)
    if not smtp.configured(settings):
        return "waiting: SMTP is not configured"
    recipient = session.get(User, row.recipient_id)
    if recipient is None or not recipient.active or recipient.email == SYSTEM_EMAIL:
        return _settle(row, OutboxStatus.skipped, "the recipient cannot receive mail")
    kind = MailKind(row.kind)
    if kind is MailKind.resolution and (ticket.status != "resolved" or not ticket.resolved_at):
        return _settle(row, OutboxStatus.skipped, "the ticket is no longer resolved")
    preference = preferences.of_user(session, recipient.id)
    if not preferences.wants_email(preference, kind):
        return _settle(row, OutboxStatus.skipped, f"{recipient.email} turned off {kind.value}")
    if row.automatic:
        sent = outbox.sent_within(session, recipient.id, now - timedelta(hours=1))
        if sent >= settings.mail_rate_cap_per_hour:
            logger.warning(
                "Mail %s (%s) to user %s dropped: %s automatic messages in the last hour",
                row.id,
                kind.value,
                recipient.id,
                sent,
            )
            return _settle(row, OutboxStatus.capped, f"over {sent} automatic mails in an hour")
    language = preferences.language_of(preference, settings.mail_default_language)
    rendered = compose.render(
        kind.value, language, _context(session, row, ticket, recipient, settings)
    )
    message_id = new_message_id(ticket.id, settings, seed=f"outbox.{row.id}")
    envelope = compose.Envelope(
        sender=settings.mail_from,
        to_name=recipient.name,
        to_address=recipient.email,
        message_id=message_id,
        references=outbox.thread_of(session, ticket.id, recipient.email),
        automatic=row.automatic,
    )
    message = compose.build(envelope, rendered)
    smtp.send(message, settings)
    row.status, row.sent_at, row.message_id, row.detail = "sent", now, message_id, None
    session.add(
        MailMessage(
            direction="out",
            message_id=message_id,
            ticket_id=ticket.id,
            comment_id=row.comment_id,
            sender=settings.mail_from,
            recipients=[recipient.email],
            subject=rendered.subject,
            in_reply_to=message["In-Reply-To"],
            headers={"kind": kind.value, "auto_submitted": message["Auto-Submitted"]},
            sent_at=now,
            created_at=now,
        )
    )
    # Straight into the history rather than through history.record: a mail sent changes
    # nothing on the ticket, so no SLA replay and no second round of subscribers.
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind=SENT_EVENT,
            public=False,
            actor_id=system_user(session).id,
            actor_role=Role.admin.value,
            channel=Channel.email.value,
            to_value=recipient.email,
            data={
                "mail_kind": kind.value,
                "recipient_id": recipient.id,
                "recipient": recipient.email,
                "message_id": message_id,
                "subject": rendered.subject,
            },
            created_at=now,
        )
    )
    return f"sent {kind.value} to {recipient.email}"


def _expand(session: Session, row: MailOutbox, ticket: Ticket, now: datetime) -> str:
    """A team's message: an in-app notification for each agent (always) and an email row
    for those who want one; not the assignee (told of the assignment) nor the author."""
    assert row.team_id is not None
    kind = MailKind(row.kind)
    agents = [
        a
        for a in outbox.team_agents(session, row.team_id)
        if a.role.is_staff and a.id not in (ticket.assignee_id, ticket.created_by_id)
    ]
    chosen = preferences.of_users(session, [a.id for a in agents])
    rows = []
    for agent in agents:
        notify(
            session, agent.id, NotificationKind.new_ticket, ticket, {"team_id": row.team_id}, now
        )
        if preferences.wants_email(chosen.get(agent.id), kind):
            rows.append(
                MailOutbox(
                    kind=kind.value,
                    status=OutboxStatus.queued.value,
                    ticket_id=ticket.id,
                    event_id=row.event_id,
                    recipient_id=agent.id,
                    automatic=True,
                    data=dict(row.data) | {"team_id": row.team_id},
                    created_at=now,
                )
            )
    session.add_all(rows)
    session.flush()
    for each in rows:
        defer(session, "mail.deliver", outbox_id=each.id)
    return _settle(row, OutboxStatus.expanded, f"{len(agents)} agents, {len(rows)} emails")


def _context(
    session: Session, row: MailOutbox, ticket: Ticket, recipient: User, settings: Settings
) -> dict[str, Any]:
    base = settings.public_url.rstrip("/")
    agent = recipient.role.is_staff
    reference = f"{settings.ticket_prefix}{ticket.number}"
    context: dict[str, Any] = {
        "reference": reference,
        "subject": ticket.subject,
        "name": recipient.name,
        "desk": compose.one_line(settings.mail_from.split("<")[0]) or "Sportello",
        "agent": agent,
        "url": f"{base}/tickets/{ticket.number}"
        if agent
        else f"{base}/portal/requests/{ticket.number}",
    }
    kind = MailKind(row.kind)
    if kind in (MailKind.reply, MailKind.customer_reply):
        comment = session.get(Comment, row.comment_id) if row.comment_id else None
        # Never an internal note: the subscriber queues none, and this checks again.
        text = comment.body if comment is not None and not comment.internal else ""
        author = session.get(User, comment.author_id) if comment is not None else None
        context |= {"text": text, "author": author.name if author else ""}
    if kind in (MailKind.new_ticket, MailKind.customer_reply):
        requester = session.get(User, ticket.requester_id)
        context["requester"] = requester.name if requester else ""
    if kind is MailKind.new_ticket:
        team_id = row.data.get("team_id") or ticket.team_id
        team = teams.get(session, team_id) if isinstance(team_id, int) else None
        context["team"] = team.name if team else ""
    if kind in (MailKind.sla_warning, MailKind.sla_breach):
        context["metric"] = str(row.data.get("metric", "resolution"))
    if kind is MailKind.resolution:
        assert ticket.resolved_at is not None  # deliver() skips a resolution no longer standing
        token = links.resolution_token(ticket.id, ticket.resolved_at, settings)
        context |= {
            "resolution": ticket.resolution or "",
            "confirm_url": links.landing_url(token, links.ResolutionAnswer.confirm, settings),
            "reopen_url": links.landing_url(token, links.ResolutionAnswer.reopen, settings),
            "days": settings.mail_link_max_age_days,
        }
        context |= hooks.resolution_extras(session, ticket, recipient, settings)
    return context
