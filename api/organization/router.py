from fastapi import APIRouter, status

from api.auth.deps import CurrentActor, StaffActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.organization import repository, service
from api.organization.schemas import (
    DepartmentOut,
    DepartmentWrite,
    LocationOut,
    LocationWrite,
    OrganizationOut,
    OrganizationPatch,
    OrganizationWrite,
)

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get(
    "",
    operation_id="organizations-list",
    response_model=Page[OrganizationOut],
    responses=problem_responses(401, 403),
    summary="Every organization with its departments and locations (support team)",
)
def list_organizations(actor: StaffActor, session: SessionDep) -> Page[OrganizationOut]:
    rows = repository.all_organizations(session)
    return Page[OrganizationOut](items=[OrganizationOut.model_validate(o) for o in rows])


@router.post(
    "",
    operation_id="organizations-create",
    response_model=OrganizationOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
def create_organization(
    data: OrganizationWrite, actor: CurrentActor, session: SessionDep
) -> OrganizationOut:
    return OrganizationOut.model_validate(service.create(session, actor, data))


@router.get(
    "/{organization_id}",
    operation_id="organizations-get",
    response_model=OrganizationOut,
    responses=problem_responses(401, 404),
)
def get_organization(
    organization_id: int, actor: CurrentActor, session: SessionDep
) -> OrganizationOut:
    return OrganizationOut.model_validate(service.readable(session, actor, organization_id))


@router.patch(
    "/{organization_id}",
    operation_id="organizations-update",
    response_model=OrganizationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def update_organization(
    organization_id: int, data: OrganizationPatch, actor: CurrentActor, session: SessionDep
) -> OrganizationOut:
    organization = service.readable(session, actor, organization_id)
    return OrganizationOut.model_validate(service.update(session, actor, organization, data))


@router.post(
    "/{organization_id}/departments",
    operation_id="organizations-add-department",
    response_model=DepartmentOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def add_department(
    organization_id: int, data: DepartmentWrite, actor: CurrentActor, session: SessionDep
) -> DepartmentOut:
    organization = service.readable(session, actor, organization_id)
    return DepartmentOut.model_validate(service.add_department(session, actor, organization, data))


@router.post(
    "/{organization_id}/locations",
    operation_id="organizations-add-location",
    response_model=LocationOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def add_location(
    organization_id: int, data: LocationWrite, actor: CurrentActor, session: SessionDep
) -> LocationOut:
    organization = service.readable(session, actor, organization_id)
    return LocationOut.model_validate(service.add_location(session, actor, organization, data))
