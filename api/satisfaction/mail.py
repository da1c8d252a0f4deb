"""The survey's one-click rating links in the resolution email (api/mail/hooks.py): offered to
the requester only, as stars, which read the same in every language the mail is written in."""

from typing import Any

from sqlalchemy.orm import Session

from api.core.config import Settings
from api.mail.hooks import resolution_context
from api.satisfaction.links import rating_links
from api.satisfaction.rules import RATINGS
from api.ticket.models import Ticket
from api.user.models import User


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (max(RATINGS) - rating) + f" ({rating}/{max(RATINGS)})"


@resolution_context
def rating_links_for_requester(
    session: Session, ticket: Ticket, recipient: User, settings: Settings
) -> dict[str, Any]:
    if recipient.id != ticket.requester_id:
        return {}
    links = rating_links(ticket, settings)
    best_first = sorted(links, reverse=True)
    return {"rating_links": [{"label": stars(r), "url": links[r]} for r in best_first]}
