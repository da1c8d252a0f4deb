"""Mailbox passwords sealed at rest (Fernet: AES-128-CBC and HMAC-SHA256) under a key derived
from Sportello's secret key, so a copy of the database alone does not give the mailboxes away.
A changed SPORTELLO_SECRET_KEY leaves the sealed passwords unreadable: the poll says so and an
administrator types the password again."""

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken

from api.core.config import Settings
from api.core.signing import secret_key

_PURPOSE = b"sportello.mailbox-password"


class PasswordUnreadable(Exception):
    """Sealed under another secret key."""


def _fernet(settings: Settings) -> Fernet:
    key = hmac.new(secret_key(settings).encode(), _PURPOSE, hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(password: str, settings: Settings) -> str:
    return _fernet(settings).encrypt(password.encode()).decode()


def unseal(sealed: str, settings: Settings) -> str:
    try:
        return _fernet(settings).decrypt(sealed.encode()).decode()
    except InvalidToken as exc:
        raise PasswordUnreadable(
            "The stored password cannot be read (was the secret key changed?); set it again."
        ) from exc
