from fastapi import APIRouter, status

from api.auth.deps import CurrentActor
from api.category import service
from api.category.schemas import CategoryOut, CategoryPatch, CategoryWrite
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page

router = APIRouter(prefix="/categories", tags=["categories"])


@router.get(
    "",
    operation_id="categories-list",
    response_model=Page[CategoryOut],
    responses=problem_responses(401),
    summary="The category tree (flat, with parent ids) and each category's detail fields",
)
def list_categories(
    actor: CurrentActor, session: SessionDep, include_inactive: bool = False
) -> Page[CategoryOut]:
    rows = service.all_categories(session, include_inactive=include_inactive and actor.is_staff)
    return Page[CategoryOut](items=[CategoryOut.model_validate(c) for c in rows])


@router.post(
    "",
    operation_id="categories-create",
    response_model=CategoryOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
def create_category(data: CategoryWrite, actor: CurrentActor, session: SessionDep) -> CategoryOut:
    return CategoryOut.model_validate(service.create(session, actor, data))


@router.get(
    "/{category_id}",
    operation_id="categories-get",
    response_model=CategoryOut,
    responses=problem_responses(401, 404),
)
def get_category(category_id: int, actor: CurrentActor, session: SessionDep) -> CategoryOut:
    return CategoryOut.model_validate(service.get_category(session, category_id))


@router.patch(
    "/{category_id}",
    operation_id="categories-update",
    response_model=CategoryOut,
    responses=problem_responses(401, 403, 404, 422),
)
def update_category(
    category_id: int, data: CategoryPatch, actor: CurrentActor, session: SessionDep
) -> CategoryOut:
    category = service.get_category(session, category_id)
    return CategoryOut.model_validate(service.update(session, actor, category, data))
