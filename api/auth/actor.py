from dataclasses import dataclass
from datetime import datetime

from api.auth.scopes import ALL_SCOPES, Scope
from api.ticket.kinds import Channel
from api.user.models import User
from api.user.roles import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting, through which channel, and when (services never read the clock)."""

    user: User
    now: datetime
    channel: Channel = Channel.web
    # What the token may be used for, already narrowed to the role (internal actors: all).
    scopes: frozenset[Scope] = ALL_SCOPES
    token_id: int | None = None

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def is_staff(self) -> bool:
        return self.user.role.is_staff
