"""Message-IDs of the mail Sportello sends carry a signed ticket token, so that a reply
(In-Reply-To / References) threads into its ticket first of all, and a forged one does not.

    <sp.{ticket_id}.{nonce}.{signature}@{domain of mail_from}>
"""

import hashlib
import hmac
import re
import secrets
from email.utils import parseaddr

from api.core.config import Settings, get_settings
from api.core.signing import secret_key

_PATTERN = re.compile(r"<?sp\.(\d{1,12})\.([0-9a-f]{12})\.([0-9a-f]{20})@[^>\s]+>?", re.I)


def _signature(ticket_id: int, nonce: str, settings: Settings) -> str:
    key = secret_key(settings).encode()
    message = f"message-id.{ticket_id}.{nonce}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:20]


def domain(settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    address = parseaddr(settings.mail_from)[1]
    return address.rpartition("@")[2] or "sportello.localhost"


def new_message_id(ticket_id: int, settings: Settings | None = None, *, seed: str = "") -> str:
    """A fresh Message-ID; with a `seed` (e.g. the outbox row's id) the same one every time,
    so that a retried send does not look like a second message."""
    settings = settings or get_settings()
    if seed:
        key = secret_key(settings).encode()
        nonce = hmac.new(key, f"nonce.{seed}".encode(), hashlib.sha256).hexdigest()[:12]
    else:
        nonce = secrets.token_hex(6)
    return f"<sp.{ticket_id}.{nonce}.{_signature(ticket_id, nonce, settings)}@{domain(settings)}>"


def ticket_id_of(message_id: str, settings: Settings | None = None) -> int | None:
    """The ticket a Message-ID of ours names, or None if it is not ours or is forged."""
    match = _PATTERN.fullmatch(message_id.strip())
    if match is None:
        return None
    ticket_id, nonce, signature = int(match[1]), match[2].lower(), match[3].lower()
    expected = _signature(ticket_id, nonce, settings or get_settings())
    return ticket_id if hmac.compare_digest(signature, expected) else None
