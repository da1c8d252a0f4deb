"""Imports every model so that Base.metadata knows every table (Alembic, relationships)."""

from api.assignment.models import AgentProfile, AssignmentCursor, Escalation
from api.attachment.models import Attachment
from api.auth.models import AccessToken, ThrottleBucket
from api.bulletin.models import Bulletin, BulletinFollower, BulletinTicket
from api.category.models import Category
from api.comment.models import Comment
from api.configuration.models import ConfigurationVersion
from api.db.base import Base
from api.escalation.models import EscalationRule
from api.idempotency.models import IdempotencyRecord
from api.jobs.models import BackgroundJob
from api.knowledge.models import (
    Article,
    ArticleRevision,
    ArticleTag,
    ArticleView,
    ArticleVote,
    Deflection,
    TicketSolution,
)
from api.link.models import TicketLink
from api.live.models import TicketPresence
from api.mail.inbound.models import QuarantinedMail
from api.mail.mailbox.models import Mailbox, MailboxPoll
from api.mail.models import MailMessage, MailOutbox
from api.notification.models import Notification, NotificationPreference
from api.organization.models import Department, Location, Organization
from api.priority.models import PriorityRule
from api.report.models import ReportTicket
from api.routing.models import CategoryRouting, RoutingRule
from api.satisfaction.models import SatisfactionSurvey
from api.search.models import SearchDocument
from api.sla.models import SlaAlert, SlaCalendar, SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.team.models import Team, TeamMembership
from api.ticket.models import Ticket, TicketCounter, TicketEvent, TicketTag
from api.user.models import User
from api.watcher.models import TicketWatcher
from api.webhook.models import WebhookAttempt, WebhookDelivery, WebhookSubscription

metadata = Base.metadata

__all__ = [
    "AccessToken",
    "AgentProfile",
    "Article",
    "ArticleRevision",
    "ArticleTag",
    "ArticleView",
    "ArticleVote",
    "AssignmentCursor",
    "Attachment",
    "BackgroundJob",
    "Bulletin",
    "BulletinFollower",
    "BulletinTicket",
    "Category",
    "CategoryRouting",
    "Comment",
    "ConfigurationVersion",
    "Deflection",
    "Department",
    "Escalation",
    "EscalationRule",
    "IdempotencyRecord",
    "Location",
    "MailMessage",
    "MailOutbox",
    "Mailbox",
    "MailboxPoll",
    "Notification",
    "NotificationPreference",
    "Organization",
    "PriorityRule",
    "QuarantinedMail",
    "ReportTicket",
    "RoutingRule",
    "SatisfactionSurvey",
    "SearchDocument",
    "SlaAlert",
    "SlaCalendar",
    "SlaCalendarVersion",
    "SlaPolicy",
    "SlaPolicyVersion",
    "Team",
    "TeamMembership",
    "ThrottleBucket",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "TicketLink",
    "TicketPresence",
    "TicketSolution",
    "TicketTag",
    "TicketWatcher",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
    "metadata",
]
