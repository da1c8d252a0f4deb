from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from api.auth import service
from api.auth.deps import CurrentActor
from api.auth.models import TokenKind
from api.auth.schemas import ApiTokenCreate, ApiTokenCreated, ApiTokenOut, SignupIn, TokenOut
from api.core.clock import utcnow
from api.core.deps import DatabaseDep, SessionDep, SettingsDep
from api.core.errors import Forbidden, problem_responses
from api.core.pagination import Page
from api.db.session import transaction
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])
tokens_router = APIRouter(prefix="/api-tokens", tags=["api-tokens"])


@router.post(
    "/token",
    operation_id="auth-sign-in",
    response_model=TokenOut,
    responses=problem_responses(400, 401, 422, 429),
    summary="Sign in (OAuth2 password flow) and get a bearer token",
)
def sign_in(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: DatabaseDep,
    settings: SettingsDep,
) -> TokenOut:
    now = utcnow()
    address = request.client.host if request.client else "unknown"
    service.check_sign_in_throttle(db, settings, form.username, address, now)
    with transaction(db) as session:
        token, secret = service.sign_in(session, settings, form.username, form.password, now)
    return TokenOut(
        access_token=secret,
        expires_in=int((token.expires_at - now).total_seconds()),
        expires_at=token.expires_at,
    )


@router.delete(
    "/token",
    operation_id="auth-sign-out",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401),
    summary="Revoke the token this request was made with",
)
def sign_out(actor: CurrentActor, session: SessionDep) -> Response:
    if actor.token_id is not None:
        service.revoke(session, actor.token_id, actor.now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/signup",
    operation_id="auth-sign-up",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(403, 409, 422),
    summary="Customer self sign-up, where the installation allows it",
)
def sign_up(data: SignupIn, session: SessionDep, settings: SettingsDep) -> UserOut:
    if not settings.allow_self_signup:
        raise Forbidden("Self sign-up is disabled here; ask the help desk for an account.")
    user = user_service.create_user(
        session,
        settings,
        UserCreate(email=data.email, name=data.name, password=data.password, role=Role.customer),
        actor=None,
    )
    return UserOut.model_validate(user)


@tokens_router.post(
    "",
    operation_id="api-tokens-create",
    response_model=ApiTokenCreated,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
    summary="Create a personal API token (the secret is shown once)",
)
def create_api_token(
    data: ApiTokenCreate, actor: CurrentActor, session: SessionDep, settings: SettingsDep
) -> ApiTokenCreated:
    days = data.expires_in_days or settings.api_token_ttl_days
    token, secret = service.issue_token(
        session,
        actor.user,
        kind=TokenKind.personal,
        scope=data.scope,
        lifetime=timedelta(days=days),
        now=actor.now,
        name=data.name,
    )
    return ApiTokenCreated(**ApiTokenOut.model_validate(token).model_dump(), token=secret)


@tokens_router.get(
    "",
    operation_id="api-tokens-list",
    response_model=Page[ApiTokenOut],
    responses=problem_responses(401),
    summary="List your personal API tokens (never their secrets)",
)
def list_api_tokens(actor: CurrentActor, session: SessionDep) -> Page[ApiTokenOut]:
    tokens = service.personal_tokens(session, actor.user)
    return Page[ApiTokenOut](items=[ApiTokenOut.model_validate(t) for t in tokens])


@tokens_router.delete(
    "/{token_id}",
    operation_id="api-tokens-revoke",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Revoke a personal API token",
)
def revoke_api_token(token_id: int, actor: CurrentActor, session: SessionDep) -> Response:
    service.revoke_personal_token(session, actor.user, token_id, actor.now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
