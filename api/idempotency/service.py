"""Idempotency-Key for creating POSTs: the first response is replayed for retries.

The key row is inserted in the same transaction as the object it creates, so a concurrent
duplicate waits on the unique index and then finds the committed response to replay.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.core.errors import Conflict, ValidationFailed
from api.idempotency.models import IdempotencyRecord

MAX_KEY_LENGTH = 255


@dataclass(frozen=True)
class Replay:
    status_code: int
    body: dict[str, Any]


def fingerprint(method: str, path: str, payload: Any) -> str:
    canonical = json.dumps([method, path, payload], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _existing(session: Session, user_id: int, key: str) -> IdempotencyRecord | None:
    return session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key
        )
    )


def _replay_or_conflict(record: IdempotencyRecord, fingerprint_: str) -> Replay:
    if record.fingerprint != fingerprint_:
        raise Conflict("This Idempotency-Key was already used with a different request.")
    if record.status_code is None or record.response_body is None:
        raise Conflict("A request with this Idempotency-Key is still being processed.")
    return Replay(record.status_code, record.response_body)


def claim(
    session: Session,
    user_id: int,
    key: str,
    fingerprint_: str,
    *,
    now: datetime,
    ttl: timedelta,
) -> IdempotencyRecord | Replay:
    """Either a fresh record to complete after the work, or the stored response to replay."""
    if not key or len(key) > MAX_KEY_LENGTH:
        raise ValidationFailed.on("Idempotency-Key", f"must be 1 to {MAX_KEY_LENGTH} characters")
    record = _existing(session, user_id, key)
    if record is not None and record.created_at > now - ttl:
        return _replay_or_conflict(record, fingerprint_)
    if record is not None:
        session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.id == record.id))
    record = IdempotencyRecord(user_id=user_id, key=key, fingerprint=fingerprint_, created_at=now)
    session.add(record)
    try:
        session.flush()
    except IntegrityError:
        # Another request with the same key committed first: replay what it answered.
        session.rollback()
        winner = _existing(session, user_id, key)
        if winner is None:
            raise
        return _replay_or_conflict(winner, fingerprint_)
    return record


def complete(
    session: Session, record: IdempotencyRecord, status_code: int, body: dict[str, Any]
) -> None:
    record.status_code = status_code
    record.response_body = body
    session.flush()


def respond_once(
    session: Session,
    *,
    user_id: int,
    key: str | None,
    request_fingerprint: str,
    now: datetime,
    ttl: timedelta,
    create: Callable[[], tuple[dict[str, Any], dict[str, str]]],
) -> JSONResponse:
    """Run `create` (which returns the 201 body and headers) at most once per key."""
    record = None
    if key is not None:
        claimed = claim(session, user_id, key, request_fingerprint, now=now, ttl=ttl)
        if isinstance(claimed, Replay):
            return JSONResponse(
                claimed.body,
                status_code=claimed.status_code,
                headers={"Idempotent-Replayed": "true"},
            )
        record = claimed
    body, headers = create()
    if record is not None:
        complete(session, record, 201, body)
    return JSONResponse(body, status_code=201, headers=headers)
