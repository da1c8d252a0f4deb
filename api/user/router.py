from typing import Annotated

from fastapi import APIRouter, Query, status

from api.auth.deps import ClientAddress, CurrentActor, StaffActor
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page
from api.core.schemas import NO_NUL
from api.user import repository, service
from api.user.roles import Role
from api.user.schemas import ProfileUpdate, UserCreate, UserOut, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])


@router.get(
    "/me",
    operation_id="users-me",
    response_model=UserOut,
    responses=problem_responses(401),
    summary="The signed-in user",
)
def me(actor: CurrentActor) -> UserOut:
    return UserOut.model_validate(actor.user)


@router.patch(
    "/me",
    operation_id="users-update-me",
    response_model=UserOut,
    responses=problem_responses(401, 422, 429),
    summary="Change your own name, phone or password",
    description=(
        "A new `password` needs the `current_password` (a wrong one counts as a failed "
        "sign-in); it ends every other session and personal token of yours, and keeps the one "
        "this request is made with."
    ),
)
def update_me(
    data: ProfileUpdate,
    actor: CurrentActor,
    address: ClientAddress,
    session: SessionDep,
    settings: SettingsDep,
) -> UserOut:
    user = service.update_profile(session, settings, actor, data, address)
    return UserOut.model_validate(user)


@router.get(
    "",
    operation_id="users-list",
    response_model=Page[UserOut],
    responses=problem_responses(400, 401, 403, 422),
    summary="List people (support team only)",
)
def list_users(
    actor: StaffActor,
    session: SessionDep,
    role: Role | None = None,
    organization_id: int | None = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            pattern=NO_NUL,
            description="Name, email or organization name contains",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page[UserOut]:
    rows, next_cursor = repository.people_page(
        session, role=role, organization_id=organization_id, q=q, cursor=cursor, limit=limit
    )
    return Page[UserOut](items=[UserOut.model_validate(u) for u in rows], next_cursor=next_cursor)


@router.post(
    "",
    operation_id="users-create",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add a person (admins: anyone; agents: a customer contact, e.g. a caller)",
)
def create_user(
    data: UserCreate, actor: StaffActor, session: SessionDep, settings: SettingsDep
) -> UserOut:
    return UserOut.model_validate(service.create_user(session, settings, data, actor=actor))


@router.get(
    "/{user_id}",
    operation_id="users-get",
    response_model=UserOut,
    responses=problem_responses(401, 404),
    summary="One person",
)
def get_user(user_id: int, actor: CurrentActor, session: SessionDep) -> UserOut:
    return UserOut.model_validate(service.readable_user(session, actor, user_id))


@router.patch(
    "/{user_id}",
    operation_id="users-update",
    response_model=UserOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="Change a person's role, placement or status (admins)",
    description=(
        "A new `password`, or `active: false`, ends every session and personal token of the "
        "person; reactivating them does not bring those back. Your own password is changed "
        "through `PATCH /users/me`."
    ),
)
def update_user(
    user_id: int,
    data: UserUpdate,
    actor: StaffActor,
    session: SessionDep,
    settings: SettingsDep,
) -> UserOut:
    user = service.readable_user(session, actor, user_id)
    return UserOut.model_validate(service.update_user(session, settings, actor, user, data))
