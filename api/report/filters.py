"""What a report is narrowed to, as conditions on report_ticket."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement

from api.report.models import ReportTicket as R


@dataclass(frozen=True)
class Filters:
    team_id: int | None = None
    agent_id: int | None = None
    organization_id: int | None = None
    category_id: int | None = None
    channel: str | None = None


def conditions(f: Filters) -> list[ColumnElement[bool]]:
    """The filters' conditions (none for no filter)."""
    c: list[ColumnElement[bool]] = []
    if f.team_id is not None:
        c.append(R.team_id == f.team_id)
    if f.agent_id is not None:
        c.append(R.assignee_id == f.agent_id)
    if f.organization_id is not None:
        c.append(R.organization_id == f.organization_id)
    if f.category_id is not None:
        c.append(R.category_id == f.category_id)
    if f.channel is not None:
        c.append(R.channel == f.channel)
    return c


def created_in(start: datetime, end: datetime, f: Filters) -> list[ColumnElement[bool]]:
    """Tickets created in [start, end) that pass the filters."""
    return [R.created_at >= start, R.created_at < end, *conditions(f)]


def resolved_in(start: datetime, end: datetime, f: Filters) -> list[ColumnElement[bool]]:
    """Tickets resolved in [start, end) that pass the filters."""
    return [R.resolved_at >= start, R.resolved_at < end, *conditions(f)]
