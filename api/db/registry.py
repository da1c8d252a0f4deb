"""Imports every model so that Base.metadata knows every table (Alembic, relationships)."""

from api.assignment.models import Escalation
from api.attachment.models import Attachment
from api.auth.models import AccessToken, ThrottleBucket
from api.category.models import Category
from api.comment.models import Comment
from api.db.base import Base
from api.idempotency.models import IdempotencyRecord
from api.organization.models import Department, Location, Organization
from api.priority.models import PriorityRule
from api.team.models import Team, TeamMembership
from api.ticket.models import Ticket, TicketCounter, TicketEvent, TicketTag
from api.user.models import User

metadata = Base.metadata

__all__ = [
    "AccessToken",
    "Attachment",
    "Category",
    "Comment",
    "Department",
    "Escalation",
    "IdempotencyRecord",
    "Location",
    "Organization",
    "PriorityRule",
    "Team",
    "TeamMembership",
    "ThrottleBucket",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "TicketTag",
    "User",
    "metadata",
]
