from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer

from api.auth.actor import Actor
from api.auth.models import TokenKind, TokenScope
from api.auth.policy import can_manage_users
from api.auth.repository import find_live_token
from api.core.clock import utcnow
from api.core.deps import SAFE_METHODS, SessionDep
from api.core.errors import Forbidden, Unauthorized
from api.core.security import token_digest
from api.ticket.kinds import Channel

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def client_address(request: Request) -> str:
    """The peer, or the client a trusted proxy names (SPORTELLO_TRUSTED_PROXIES, via uvicorn)."""
    return request.client.host if request.client else "unknown"


def get_actor(
    request: Request,
    session: SessionDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Actor:
    if not token:
        raise Unauthorized("Send a bearer token in the Authorization header.")
    now = utcnow()
    found = find_live_token(session, token_digest(token), now)
    if found is None:
        raise Unauthorized("The token is unknown, expired or revoked.")
    access, user = found
    if access.scope is TokenScope.read and request.method not in SAFE_METHODS:
        raise Forbidden("This API token is read-only.")
    channel = Channel.api if access.kind is TokenKind.personal else Channel.web
    return Actor(user=user, now=now, channel=channel, scope=access.scope, token_id=access.id)


def get_staff(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    if not actor.is_staff:
        raise Forbidden("Only the support team may do this.")
    return actor


def get_admin(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    if not can_manage_users(actor.role):
        raise Forbidden("Only administrators may do this.")
    return actor


CurrentActor = Annotated[Actor, Depends(get_actor)]
StaffActor = Annotated[Actor, Depends(get_staff)]
AdminActor = Annotated[Actor, Depends(get_admin)]
ClientAddress = Annotated[str, Depends(client_address)]
