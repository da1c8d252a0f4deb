"""Creating and changing people. Services flush; the request commits."""

from datetime import datetime

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.errors import MissingScope
from api.auth.guessing import check_current_password
from api.auth.policy import can_create_user_with_role, can_manage_users
from api.auth.repository import confirm_token, revoke_all
from api.auth.scopes import scope_to_create_account
from api.core.config import Settings
from api.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from api.core.security import hash_password
from api.organization import repository as organizations
from api.organization.models import Department, Location
from api.user import repository
from api.user.models import User
from api.user.roles import Role
from api.user.schemas import ProfileUpdate, UserCreate, UserUpdate


def check_placement(
    session: Session,
    organization_id: int | None,
    department_id: int | None,
    location_id: int | None,
) -> None:
    """A department or location must belong to the user's organization."""
    if organization_id is not None and organizations.get(session, organization_id) is None:
        raise ValidationFailed.on("organization_id", "no such organization")
    if department_id is not None:
        _check_belongs(
            "department_id", organizations.department(session, department_id), organization_id
        )
    if location_id is not None:
        _check_belongs("location_id", organizations.location(session, location_id), organization_id)


def _check_belongs(
    field: str, row: Department | Location | None, organization_id: int | None
) -> None:
    if row is None:
        raise ValidationFailed.on(field, "does not exist")
    if row.organization_id != organization_id:
        raise ValidationFailed.on(field, "belongs to another organization")


def create_user(
    session: Session, settings: Settings, data: UserCreate, *, actor: Actor | None
) -> User:
    """Create a person; `actor` None means the system (CLI, self sign-up)."""
    if actor is not None and not can_create_user_with_role(actor.role, data.role):
        raise Forbidden("You may add customer contacts only.")
    needed = scope_to_create_account(data.role)
    if actor is not None and needed not in actor.scopes:
        raise MissingScope(needed)
    email = str(data.email).strip().lower()
    if repository.by_email(session, email) is not None:
        raise Conflict(f"A user with the email {email} already exists.")
    check_placement(session, data.organization_id, data.department_id, data.location_id)
    user = User(
        email=email,
        name=data.name.strip(),
        role=data.role,
        phone=data.phone,
        organization_id=data.organization_id,
        department_id=data.department_id,
        location_id=data.location_id,
        password_hash=(
            hash_password(data.password, fast=settings.password_hash_fast)
            if data.password
            else None
        ),
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def readable_user(session: Session, actor: Actor, user_id: int) -> User:
    """Staff see everyone; a customer sees only themself (anyone else is a 404)."""
    user = repository.by_id(session, user_id)
    if user is None or (not actor.is_staff and user.id != actor.id):
        raise NotFound(f"No user {user_id}.")
    return user


def update_user(
    session: Session, settings: Settings, actor: Actor, user: User, data: UserUpdate
) -> User:
    if not can_manage_users(actor.role):
        raise Forbidden("Only administrators change other accounts.")
    changes = data.model_dump(exclude_unset=True)
    if user.id == actor.id and (
        changes.get("role", Role.admin) is not Role.admin or changes.get("active") is False
    ):
        raise ValidationFailed.on("role", "you cannot demote or deactivate yourself")
    if user.id == actor.id and "password" in changes:
        raise ValidationFailed.on(
            "password", "change your own password through /users/me, with current_password"
        )
    placement = {
        key: changes.get(key, getattr(user, key))
        for key in ("organization_id", "department_id", "location_id")
    }
    check_placement(session, **placement)
    deactivating = user.active and changes.get("active") is False
    _apply(user, changes, settings, actor.now)
    if deactivating or "password" in changes:
        revoke_all(session, user.id, actor.now)
    session.flush()
    return user


def update_profile(
    session: Session, settings: Settings, actor: Actor, data: ProfileUpdate, address: str
) -> User:
    user = actor.user
    changes = data.model_dump(exclude_unset=True)
    current = changes.pop("current_password", None)
    if changes.get("password") is not None:
        if current is None:
            raise ValidationFailed.on("current_password", "is required to change the password")
        # Counted like a sign-in: a stolen session cannot guess the password it would change.
        check_current_password(session, settings, user, current, address, actor.now)
    elif current is not None:
        raise ValidationFailed.on("current_password", "is only sent with a new password")
    _apply(user, changes, settings, actor.now)
    if "password" in changes:
        revoke_all(session, user.id, actor.now, keep=actor.token_id)
        if actor.token_id is not None:
            # The token that proved the password stays valid after the change.
            confirm_token(session, actor.token_id, actor.now)
    session.flush()
    return user


def _apply(user: User, changes: dict[str, object], settings: Settings, now: datetime) -> None:
    for key, value in changes.items():
        if key == "password":
            if value is None:
                raise ValidationFailed.on("password", "must not be null")
            user.password_hash = hash_password(str(value), fast=settings.password_hash_fast)
            user.password_changed_at = now
        elif key in {"name", "role", "active"} and value is None:
            raise ValidationFailed.on(key, "must not be null")
        else:
            setattr(user, key, value)
