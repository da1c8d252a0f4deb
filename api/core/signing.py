"""Signed, expiring tokens for links that act without a session (email one-click links,
unsubscribe) and the key behind every other signature Sportello makes.

itsdangerous (Pallets) does the HMAC, the timestamp and the encoding; `purpose` is its salt,
so a token made for one purpose never verifies for another.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from api.core.config import Settings, get_settings

_KEY_FILE = "secret_key"


class InvalidToken(Exception):
    """Forged, altered, made for another purpose, or expired."""


def secret_key(settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / _KEY_FILE
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        try:  # two processes starting at once: the first writer wins, the other reads it
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as f:
            f.write(key)
        return key


def _serializer(purpose: str, settings: Settings | None) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(settings), salt=f"sportello.{purpose}")


def sign(purpose: str, data: dict[str, Any], settings: Settings | None = None) -> str:
    return str(_serializer(purpose, settings).dumps(data))


def verify(
    purpose: str, token: str, max_age: timedelta, settings: Settings | None = None
) -> dict[str, Any]:
    try:
        data = _serializer(purpose, settings).loads(token, max_age=int(max_age.total_seconds()))
    except SignatureExpired as exc:
        raise InvalidToken("expired") from exc
    except BadSignature as exc:
        raise InvalidToken("invalid") from exc
    if not isinstance(data, dict):
        raise InvalidToken("invalid")
    return data
