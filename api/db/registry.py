"""Imports every model so that Base.metadata knows every table (Alembic, relationships)."""

from api.assignment.models import Escalation
from api.attachment.models import Attachment
from api.auth.models import AccessToken, ThrottleBucket
from api.bulletin.models import Bulletin, BulletinTicket
from api.category.models import Category
from api.comment.models import Comment
from api.db.base import Base
from api.idempotency.models import IdempotencyRecord
from api.knowledge.models import (
    Article,
    ArticleRevision,
    ArticleTag,
    ArticleView,
    ArticleVote,
    Deflection,
    TicketSolution,
)
from api.organization.models import Department, Location, Organization
from api.priority.models import PriorityRule
from api.search.models import SearchDocument
from api.sla.models import SlaAlert, SlaCalendar, SlaCalendarVersion, SlaPolicy, SlaPolicyVersion
from api.team.models import Team, TeamMembership
from api.ticket.models import Ticket, TicketCounter, TicketEvent, TicketTag
from api.user.models import User

metadata = Base.metadata

__all__ = [
    "AccessToken",
    "Article",
    "ArticleRevision",
    "ArticleTag",
    "ArticleView",
    "ArticleVote",
    "Attachment",
    "Bulletin",
    "BulletinTicket",
    "Category",
    "Comment",
    "Deflection",
    "Department",
    "Escalation",
    "IdempotencyRecord",
    "Location",
    "Organization",
    "PriorityRule",
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
    "TicketSolution",
    "TicketTag",
    "User",
    "metadata",
]
