from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import can_manage_directory
from api.core.errors import Conflict, Forbidden, NotFound
from api.organization import repository
from api.organization.models import Department, Location, Organization
from api.organization.schemas import (
    DepartmentWrite,
    LocationWrite,
    OrganizationPatch,
    OrganizationWrite,
)


def _require_admin(actor: Actor) -> None:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators manage organizations.")


def readable(session: Session, actor: Actor, organization_id: int) -> Organization:
    """Staff see every organization; a customer sees only their own."""
    organization = repository.get(session, organization_id)
    if organization is None or (
        not actor.is_staff and actor.user.organization_id != organization_id
    ):
        raise NotFound(f"No organization {organization_id}.")
    return organization


def _check_unique_name(session: Session, name: str, except_id: int | None = None) -> None:
    clash = session.scalar(select(Organization.id).where(Organization.name == name))
    if clash is not None and clash != except_id:
        raise Conflict(f"An organization named {name!r} already exists.")


def create(session: Session, actor: Actor, data: OrganizationWrite) -> Organization:
    _require_admin(actor)
    _check_unique_name(session, data.name)
    organization = Organization(
        name=data.name, shared_tickets=data.shared_tickets, created_at=actor.now
    )
    session.add(organization)
    session.flush()
    return organization


def update(
    session: Session, actor: Actor, organization: Organization, data: OrganizationPatch
) -> Organization:
    _require_admin(actor)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "name" in changes:
        _check_unique_name(session, changes["name"], organization.id)
    for key, value in changes.items():
        setattr(organization, key, value)
    session.flush()
    return organization


def add_department(
    session: Session, actor: Actor, organization: Organization, data: DepartmentWrite
) -> Department:
    _require_admin(actor)
    if any(d.name == data.name for d in organization.departments):
        raise Conflict(f"{organization.name} already has a department {data.name!r}.")
    department = Department(name=data.name)
    organization.departments.append(department)
    session.flush()
    return department


def add_location(
    session: Session, actor: Actor, organization: Organization, data: LocationWrite
) -> Location:
    _require_admin(actor)
    if any(loc.name == data.name for loc in organization.locations):
        raise Conflict(f"{organization.name} already has a location {data.name!r}.")
    location = Location(name=data.name, address=data.address)
    organization.locations.append(location)
    session.flush()
    return location
