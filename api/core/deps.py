"""Request-scoped dependencies shared by every domain: settings, database session.

Every sync dependency costs a hop to the threadpool and back (two for a sync generator): only
what does I/O runs there. Pure dependencies are `async def`, and the session is opened in the
event loop (a Session connects lazily, on its first statement) and ended in one hop.
"""

from collections.abc import AsyncIterator
from typing import Annotated

from anyio import CancelScope
from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.core.config import Settings
from api.db.session import Database, end_transaction, keeps_writes, transaction_ended

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One transaction per request, committed before the response is sent. A route whose
    answer is complete before it returns (a creation's JSONResponse) may commit in its own
    thread hop (`end_transaction`), which saves this one."""
    db: Database = request.app.state.db
    session = db.session(write=request.method not in SAFE_METHODS)
    try:
        yield session
    except BaseException as error:
        await _end(session, commit=keeps_writes(error))
        raise
    await _end(session, commit=True)


async def _end(session: Session, *, commit: bool) -> None:
    if transaction_ended(session):
        return
    # Shielded: a client that hangs up must not leave the transaction open.
    with CancelScope(shield=True):
        await run_in_threadpool(end_transaction, session, commit=commit)


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
DatabaseDep = Annotated[Database, Depends(get_database)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
