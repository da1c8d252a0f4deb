from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.db.base import fits_integer
from api.escalation.models import EscalationRule


def in_order(session: Session, *, active_only: bool = False) -> list[EscalationRule]:
    statement = select(EscalationRule).order_by(EscalationRule.position, EscalationRule.id)
    if active_only:
        statement = statement.where(EscalationRule.active.is_(True))
    return list(session.scalars(statement))


def get(session: Session, rule_id: int, *, for_update: bool = False) -> EscalationRule | None:
    if not fits_integer(rule_id):
        return None
    statement = select(EscalationRule).where(EscalationRule.id == rule_id)
    if for_update:
        statement = statement.with_for_update()
    return session.scalar(statement)


def id_named(session: Session, name: str) -> int | None:
    return session.scalar(select(EscalationRule.id).where(EscalationRule.name == name))


def next_position(session: Session) -> int:
    last = session.scalar(select(func.max(EscalationRule.position)))
    return (last or 0) + 1
