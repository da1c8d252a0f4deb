"""One-click answers to a resolution mail: signed, expiring tokens naming the ticket and the
resolution they answer. A token only acts while that resolution stands (a later resolution
mails new links); the links open a page of the SPA, which POSTs: a GET never changes state
(mail scanners follow links)."""

from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlencode

from api.core.config import Settings
from api.core.signing import InvalidToken, sign, verify

PURPOSE = "resolution-link"


class ResolutionAnswer(StrEnum):
    confirm = "confirm"
    reopen = "reopen"


def resolution_token(ticket_id: int, resolved_at: datetime, settings: Settings) -> str:
    return sign(PURPOSE, {"t": ticket_id, "r": resolved_at.isoformat()}, settings)


def read_token(token: str, settings: Settings) -> tuple[int, str]:
    """(ticket id, the resolution's instant as signed); raises InvalidToken."""
    data = verify(PURPOSE, token, timedelta(days=settings.mail_link_max_age_days), settings)
    ticket_id, resolved_at = data.get("t"), data.get("r")
    if not isinstance(ticket_id, int) or not isinstance(resolved_at, str):
        raise InvalidToken("invalid")
    return ticket_id, resolved_at


def landing_url(token: str, answer: ResolutionAnswer, settings: Settings) -> str:
    query = urlencode({"token": token, "answer": answer.value})
    return f"{settings.public_url.rstrip('/')}/resolution?{query}"
