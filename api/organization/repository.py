from sqlalchemy import select
from sqlalchemy.orm import Session

from api.organization.models import Department, Location, Organization


def get(session: Session, organization_id: int) -> Organization | None:
    return session.get(Organization, organization_id)


def department(session: Session, department_id: int) -> Department | None:
    return session.get(Department, department_id)


def location(session: Session, location_id: int) -> Location | None:
    return session.get(Location, location_id)


def all_organizations(session: Session) -> list[Organization]:
    return list(session.scalars(select(Organization).order_by(Organization.name)))
