"""The one-click rating links of a resolution email, and reading them back.

One signed token per ticket and requester (api/core/signing, purpose "satisfaction"); the
rating rides beside it in the query, so the five links differ only there. A link opens the
SPA's landing page with that rating pre-selected; only the page's POST records it, because
mail scanners follow every link in a message and a GET must change nothing.

    rating_links(ticket, settings)  # {1: "https://desk/portal/rate?token=...&rating=1", ...}
"""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from api.core.config import Settings, get_settings
from api.core.signing import InvalidToken, sign, verify
from api.satisfaction.rules import RATINGS
from api.ticket.models import Ticket

PURPOSE = "satisfaction"
LANDING_PATH = "/portal/rate"


@dataclass(frozen=True)
class LinkClaim:
    """What a valid token vouches for: this requester may rate this ticket."""

    ticket_id: int
    requester_id: int


def link_token(ticket: Ticket, settings: Settings | None = None) -> str:
    return sign(PURPOSE, {"ticket": ticket.id, "requester": ticket.requester_id}, settings)


def rating_links(ticket: Ticket, settings: Settings | None = None) -> dict[int, str]:
    """Rating -> the landing page's address with that rating chosen, for the resolution mail."""
    settings = settings or get_settings()
    token = link_token(ticket, settings)
    base = settings.public_url.rstrip("/") + LANDING_PATH
    return {r: f"{base}?{urlencode({'token': token, 'rating': r})}" for r in RATINGS}


def read_token(token: str, settings: Settings | None = None) -> LinkClaim:
    """The claim of a token this desk signed for ratings and that has not expired; raises
    InvalidToken for anything else (forged, altered, another purpose's, expired)."""
    settings = settings or get_settings()
    max_age = timedelta(days=settings.satisfaction_link_days)
    data = verify(PURPOSE, token, max_age, settings)
    ticket_id, requester_id = data.get("ticket"), data.get("requester")
    if not isinstance(ticket_id, int) or not isinstance(requester_id, int):
        raise InvalidToken("invalid")
    return LinkClaim(ticket_id=ticket_id, requester_id=requester_id)
