"""What a help desk holds, counted: the summary `sportello demo` prints when it is done."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.bulletin.models import Bulletin
from api.comment.models import Comment
from api.escalation.models import EscalationRule
from api.knowledge.models import Article
from api.organization.models import Organization
from api.routing.models import RoutingRule
from api.team.models import Team
from api.ticket.lifecycle import ClosureCode, Status
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
    # How the finished ones ended: only `resolved` is a resolution.
    tickets_by_closure: dict[ClosureCode, int]
    comments: int
    bulletins: int
    routing_rules: int
    escalation_rules: int


def count_desk(session: Session) -> DeskCounts:
    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    statement = select(Ticket.status, func.count()).group_by(Ticket.status)
    by_status = dict(session.execute(statement).all())
    closures = select(Ticket.closure_code, func.count()).group_by(Ticket.closure_code)
    by_closure = dict(session.execute(closures).all())
    return DeskCounts(
        people=count(User),
        organizations=count(Organization),
        teams=count(Team),
        articles=count(Article),
        tickets=count(Ticket),
        tickets_by_status={s: int(by_status.get(s, 0)) for s in Status},
        tickets_by_closure={c: int(by_closure.get(c, 0)) for c in ClosureCode},
        comments=count(Comment),
        bulletins=count(Bulletin),
        routing_rules=count(RoutingRule),
        escalation_rules=count(EscalationRule),
    )
