"""Extra context for the resolution mail from other features, without this package knowing
them: e.g. satisfaction surveys register a provider returning
`{"rating_links": [{"label": "...", "url": "..."}]}`; the template renders nothing without it."""

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from api.core.config import Settings
from api.ticket.models import Ticket
from api.user.models import User

ResolutionContext = Callable[[Session, Ticket, User, Settings], dict[str, Any]]

_resolution_providers: list[ResolutionContext] = []


def resolution_context(provider: ResolutionContext) -> ResolutionContext:
    """Decorator: add `provider`'s keys to every resolution mail's template context."""
    _resolution_providers.append(provider)
    return provider


def resolution_extras(
    session: Session, ticket: Ticket, recipient: User, settings: Settings
) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    for provider in _resolution_providers:
        extras |= provider(session, ticket, recipient, settings)
    return extras
