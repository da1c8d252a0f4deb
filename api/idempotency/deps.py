from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from api.auth.deps import CurrentActor
from api.core.deps import SessionDep, SettingsDep
from api.db.session import end_transaction
from api.idempotency import service

Create = Callable[[], tuple[dict[str, Any], dict[str, str]]]


@dataclass(frozen=True)
class IdempotentCreate:
    """What a creating route needs to honour an Idempotency-Key header."""

    session: Session
    user_id: int
    key: str | None
    method: str
    path: str
    now: datetime
    ttl: timedelta

    def respond(self, payload: Any, create: Create) -> JSONResponse:
        """Run `create` (returning the 201 body and headers) at most once per key, and
        commit: the answer is plain JSON already, so the commit is made in this thread hop
        rather than in one more after it (core.deps.get_session)."""
        response = service.respond_once(
            self.session,
            user_id=self.user_id,
            key=self.key,
            request_fingerprint=service.fingerprint(self.method, self.path, payload),
            now=self.now,
            ttl=self.ttl,
            create=create,
        )
        end_transaction(self.session, commit=True)
        return response


async def get_idempotent_create(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=service.MAX_KEY_LENGTH,
            description="Retries with the same key return the first response and create nothing.",
        ),
    ] = None,
) -> IdempotentCreate:
    return IdempotentCreate(
        session=session,
        user_id=actor.id,
        key=idempotency_key,
        method=request.method,
        path=request.url.path,
        now=actor.now,
        ttl=timedelta(hours=settings.idempotency_ttl_hours),
    )


IdempotentCreateDep = Annotated[IdempotentCreate, Depends(get_idempotent_create)]
