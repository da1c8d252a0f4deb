"""What the desk emails about, to whom, and where each outgoing message stands."""

from enum import StrEnum


class MailKind(StrEnum):
    # to the requester
    acknowledgement = "acknowledgement"
    reply = "reply"
    pending = "pending"
    resolution = "resolution"
    closure = "closure"
    # to agents
    new_ticket = "new_ticket"
    assigned = "assigned"
    customer_reply = "customer_reply"
    sla_warning = "sla_warning"
    sla_breach = "sla_breach"


REQUESTER_KINDS = (
    MailKind.acknowledgement,
    MailKind.reply,
    MailKind.pending,
    MailKind.resolution,
    MailKind.closure,
)
AGENT_KINDS = (
    MailKind.new_ticket,
    MailKind.assigned,
    MailKind.customer_reply,
    MailKind.sla_warning,
    MailKind.sla_breach,
)

# Written by a person: not `Auto-Submitted`, and never held back by the rate cap.
PERSONAL_KINDS = frozenset({MailKind.reply})


class OutboxStatus(StrEnum):
    queued = "queued"  # waiting for a worker (or for SMTP to be configured)
    sent = "sent"
    expanded = "expanded"  # a team's message, turned into one per agent
    skipped = "skipped"  # the recipient does not want it, or cannot receive it
    capped = "capped"  # over the recipient's hourly cap: dropped
    failed = "failed"  # given up after mail_give_up_after_hours


class Language(StrEnum):
    en = "en"
    es = "es"
    it = "it"
    fr = "fr"
