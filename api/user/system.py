"""The account the system acts as (auto-close, escalation rules): it owns their history events.

It cannot sign in: it is inactive and has no password. Created on first use.
"""

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.user import repository
from api.user.models import User
from api.user.roles import Role

SYSTEM_EMAIL = "system@sportello.invalid"
SYSTEM_NAME = "Sportello"


def system_user(session: Session) -> User:
    user = repository.by_email(session, SYSTEM_EMAIL)
    if user is not None:
        return user
    try:
        with session.begin_nested():  # another worker may be creating it at this moment
            user = User(email=SYSTEM_EMAIL, name=SYSTEM_NAME, role=Role.admin, active=False)
            session.add(user)
    except IntegrityError:
        user = repository.by_email(session, SYSTEM_EMAIL)
        assert user is not None
    return user


def system_actor(session: Session, now: datetime) -> Actor:
    return Actor(user=system_user(session), now=now)
