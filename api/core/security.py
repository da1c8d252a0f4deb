"""Password hashing (Argon2 via argon2-cffi) and opaque bearer tokens."""

import hashlib
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_DEFAULT_HASHER = PasswordHasher()
# Cheap parameters for test suites only (Settings.password_hash_fast).
_FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so timing does not reveal it. Made on
    first use: hashing at import cost every process a sixth of a second of CPU."""
    return _DEFAULT_HASHER.hash("sportello-dummy-password")


TOKEN_PREFIX_SESSION = "sps_"
TOKEN_PREFIX_PERSONAL = "spp_"


def hash_password(password: str, *, fast: bool = False) -> str:
    return (_FAST_HASHER if fast else _DEFAULT_HASHER).hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _DEFAULT_HASHER.verify(password_hash or _dummy_hash(), password) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
