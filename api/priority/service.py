from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.priority.models import PriorityRule
from api.ticket.priority import DEFAULT_MATRIX, Level, Matrix, Priority


def current_matrix(session: Session) -> dict[tuple[Level, Level], Priority]:
    matrix = dict(DEFAULT_MATRIX)
    for rule in session.scalars(select(PriorityRule)):
        matrix[(rule.impact, rule.urgency)] = rule.priority
    return matrix


def replace_matrix(session: Session, matrix: Matrix) -> None:
    session.execute(delete(PriorityRule))
    session.add_all(
        PriorityRule(impact=impact, urgency=urgency, priority=priority)
        for (impact, urgency), priority in matrix.items()
    )
    session.flush()
