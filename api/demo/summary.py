"""What a help desk holds, counted: the summary `sportello demo` prints when it is done."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.bulletin.models import Bulletin
from api.comment.models import Comment
from api.knowledge.models import Article
from api.organization.models import Organization
from api.team.models import Team
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.user.models import User


@dataclass(frozen=True)
class DeskCounts:
    people: int
    organizations: int
    teams: int
    articles: int
    tickets: int
    tickets_by_status: dict[Status, int]
    comments: int
    bulletins: int


def count_desk(session: Session) -> DeskCounts:
    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    statement = select(Ticket.status, func.count()).group_by(Ticket.status)
    by_status = dict(session.execute(statement).all())
    return DeskCounts(
        people=count(User),
        organizations=count(Organization),
        teams=count(Team),
        articles=count(Article),
        tickets=count(Ticket),
        tickets_by_status={s: int(by_status.get(s, 0)) for s in Status},
        comments=count(Comment),
        bulletins=count(Bulletin),
    )
