from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.auth.actor import Actor
from api.auth.errors import MissingScope
from api.auth.models import TokenKind
from api.auth.policy import can_manage_escalation_rules, can_manage_users
from api.auth.repository import LiveToken, find_live_token
from api.auth.scopes import Scope, missing, scopes_of_role
from api.auth.scoping import requirement_of
from api.core.clock import utcnow
from api.core.deps import SessionDep
from api.core.errors import Forbidden, Unauthorized
from api.core.security import token_digest
from api.ticket.kinds import Channel

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)
BearerToken = Annotated[str | None, Depends(oauth2_scheme)]


async def client_address(request: Request) -> str:
    """The peer, or the client a trusted proxy names (SPORTELLO_TRUSTED_PROXIES, via uvicorn)."""
    return request.client.host if request.client else "unknown"


def _look_up_actor(request: Request, session: Session, token: str | None) -> Actor:
    if not token:
        raise Unauthorized("Send a bearer token in the Authorization header.")
    now = utcnow()
    access = find_live_token(session, token_digest(token), now)
    if access is None:
        raise Unauthorized("The token is unknown, expired or revoked.")
    scopes = held_scopes(access)
    lacking = missing(requirement_of(request), scopes)
    # A scope the role can never hold is the role's policy to refuse (404 for an object it may
    # not see, 403 for a list), so that a scope check never reveals that the object exists.
    if lacking is not None and lacking in scopes_of_role(access.user.role):
        raise MissingScope(lacking)
    channel = Channel.api if access.kind is TokenKind.personal else Channel.web
    return Actor(user=access.user, now=now, channel=channel, scopes=scopes, token_id=access.id)


def held_scopes(access: LiveToken) -> frozenset[Scope]:
    """A session holds its role's scopes; a personal token its own, never beyond the role
    its owner has now (a demoted admin's token loses `admin` with the role)."""
    role_allows = scopes_of_role(access.user.role)
    if access.kind is TokenKind.session:
        return role_allows
    known = {s.value for s in Scope}
    return frozenset(Scope(s) for s in access.scopes if s in known) & role_allows


def actor_for_request(request: Request, session: Session, token: str | None) -> Actor:
    """The request's actor, looked up once per request (never cached beyond it, so a revoked
    token is refused on its next request by every worker). Sync dependencies that also load
    something, like the ticket loader, call this in their own thread hop instead of waiting
    for `get_actor` to take one of its own."""
    known = getattr(request.state, "actor", None)
    if isinstance(known, Actor):
        return known
    actor = _look_up_actor(request, session, token)
    request.state.actor = actor
    return actor


async def get_actor(request: Request, session: SessionDep, token: BearerToken) -> Actor:
    known = getattr(request.state, "actor", None)
    if isinstance(known, Actor):
        return known
    return await run_in_threadpool(actor_for_request, request, session, token)


async def get_staff(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    if not actor.is_staff:
        raise Forbidden("Only the support team may do this.")
    return actor


async def get_admin(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    if not can_manage_users(actor.role):
        raise Forbidden("Only administrators may do this.")
    return actor


async def get_supervisor(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    if not can_manage_escalation_rules(actor.role):
        raise Forbidden("Only supervisors and administrators may do this.")
    return actor


CurrentActor = Annotated[Actor, Depends(get_actor)]
StaffActor = Annotated[Actor, Depends(get_staff)]
AdminActor = Annotated[Actor, Depends(get_admin)]
SupervisorActor = Annotated[Actor, Depends(get_supervisor)]
ClientAddress = Annotated[str, Depends(client_address)]
