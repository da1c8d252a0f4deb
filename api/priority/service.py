from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.configuration.cache import cached, changed
from api.priority.models import PriorityRule
from api.ticket.priority import DEFAULT_MATRIX, Level, Matrix, Priority


def current_matrix(session: Session) -> dict[tuple[Level, Level], Priority]:
    return dict(cached(session, "priority_matrix", _read_matrix))


def _read_matrix(session: Session) -> dict[tuple[Level, Level], Priority]:
    matrix = dict(DEFAULT_MATRIX)
    for rule in session.scalars(select(PriorityRule)):
        matrix[(rule.impact, rule.urgency)] = rule.priority
    return matrix


def replace_matrix(session: Session, matrix: Matrix) -> None:
    changed(session)  # the DELETE goes past the ORM, which would have noted it
    session.execute(delete(PriorityRule))
    session.add_all(
        PriorityRule(impact=impact, urgency=urgency, priority=priority)
        for (impact, urgency), priority in matrix.items()
    )
    session.flush()
