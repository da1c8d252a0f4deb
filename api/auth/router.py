from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from api.auth import service
from api.auth.deps import AdminActor, ClientAddress, CurrentActor
from api.auth.schemas import (
    ApiTokenCreate,
    ApiTokenCreated,
    ApiTokenOut,
    ScopeOut,
    SignupAccepted,
    SignupIn,
    TokenOut,
)
from api.auth.scopes import DESCRIPTIONS, ordered
from api.core.clock import utcnow
from api.core.deps import DatabaseDep, SessionDep, SettingsDep
from api.core.errors import Forbidden, problem_responses
from api.core.pagination import Page
from api.user import service as user_service
from api.user.roles import Role
from api.user.schemas import UserCreate

router = APIRouter(prefix="/auth", tags=["auth"])
tokens_router = APIRouter(prefix="/api-tokens", tags=["api-tokens"])
user_tokens_router = APIRouter(prefix="/users/{user_id}/api-tokens", tags=["api-tokens"])


@router.post(
    "/token",
    operation_id="auth-sign-in",
    response_model=TokenOut,
    responses=problem_responses(400, 401, 422, 429),
    summary="Sign in (OAuth2 password flow) and get a bearer token",
)
def sign_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    address: ClientAddress,
    db: DatabaseDep,
    settings: SettingsDep,
) -> TokenOut:
    now = utcnow()
    token, secret = service.sign_in(db, settings, form.username, form.password, address, now)
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
    response_model=SignupAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(403, 422, 429),
    summary="Customer self sign-up, where the installation allows it",
    description=(
        "Answers 202 whether or not the email already has an account, so that sign-up does "
        "not tell who has one. A new email gets a customer account at once."
    ),
)
def sign_up(
    data: SignupIn, address: ClientAddress, db: DatabaseDep, settings: SettingsDep
) -> SignupAccepted:
    if not settings.allow_self_signup:
        raise Forbidden("Self sign-up is disabled here; ask the help desk for an account.")
    account = UserCreate(
        email=data.email, name=data.name, password=data.password, role=Role.customer
    )
    service.sign_up(db, settings, account, address, utcnow())
    return SignupAccepted()


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
    token, secret = service.create_personal_token(
        session,
        settings,
        actor.user,
        name=data.name,
        scopes=data.scopes,
        grantable=actor.scopes,
        expires_in_days=data.expires_in_days,
        now=actor.now,
    )
    return ApiTokenCreated(**ApiTokenOut.model_validate(token).model_dump(), token=secret)


@tokens_router.get(
    "/scopes",
    operation_id="api-tokens-scopes",
    response_model=Page[ScopeOut],
    responses=problem_responses(401, 403),
    summary="The scopes you may give a new token",
    description=(
        "Those your role allows, and, when asked with a personal token, that token holds. "
        "All of them on one page."
    ),
)
def grantable_scopes(actor: CurrentActor) -> Page[ScopeOut]:
    return Page[ScopeOut](
        items=[ScopeOut(scope=s, description=DESCRIPTIONS[s]) for s in ordered(actor.scopes)]
    )


@tokens_router.get(
    "",
    operation_id="api-tokens-list",
    response_model=Page[ApiTokenOut],
    responses=problem_responses(401),
    summary="List your personal API tokens (never their secrets)",
)
def list_api_tokens(actor: CurrentActor, session: SessionDep) -> Page[ApiTokenOut]:
    tokens = service.personal_tokens(session, actor.id)
    return Page[ApiTokenOut](items=[ApiTokenOut.model_validate(t) for t in tokens])


@tokens_router.delete(
    "/{token_id}",
    operation_id="api-tokens-revoke",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Revoke a personal API token",
)
def revoke_api_token(token_id: int, actor: CurrentActor, session: SessionDep) -> Response:
    service.revoke_personal_token(session, actor.id, token_id, actor.now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@user_tokens_router.get(
    "",
    operation_id="api-tokens-list-of-user",
    response_model=Page[ApiTokenOut],
    responses=problem_responses(401, 403, 404),
    summary="List a person's personal API tokens (admins)",
)
def list_api_tokens_of_user(
    user_id: int, actor: AdminActor, session: SessionDep
) -> Page[ApiTokenOut]:
    user = user_service.readable_user(session, actor, user_id)
    tokens = service.personal_tokens(session, user.id)
    return Page[ApiTokenOut](items=[ApiTokenOut.model_validate(t) for t in tokens])


@user_tokens_router.delete(
    "/{token_id}",
    operation_id="api-tokens-revoke-of-user",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Revoke any person's personal API token (admins)",
)
def revoke_api_token_of_user(
    user_id: int, token_id: int, actor: AdminActor, session: SessionDep
) -> Response:
    user = user_service.readable_user(session, actor, user_id)
    service.revoke_personal_token(session, user.id, token_id, actor.now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
