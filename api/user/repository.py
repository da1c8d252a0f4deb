from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from api.db.keyset import Keyset
from api.organization.models import Organization
from api.user.models import User
from api.user.roles import Role


def by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


USERS = Keyset("users", (User.id,))


def people_page(
    session: Session,
    *,
    role: Role | None,
    organization_id: int | None,
    q: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[User], str | None]:
    statement = select(User)
    if role is not None:
        statement = statement.where(User.role == role)
    if organization_id is not None:
        statement = statement.where(User.organization_id == organization_id)
    if q:
        pattern = f"%{q.lower()}%"
        # The directory finds a caller by their company as readily as by their name.
        statement = statement.outerjoin(Organization, User.organization_id == Organization.id)
        statement = statement.where(
            or_(
                func.lower(User.name).like(pattern),
                func.lower(User.email).like(pattern),
                func.lower(Organization.name).like(pattern),
            )
        )
    return USERS.page(session, statement, cursor=cursor, limit=limit)
