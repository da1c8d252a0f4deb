"""Configuration read once per change of it, in every API worker alike.

Every ticket written reads the desk's configuration: the priority matrix, the routing rules
and the category tree, the SLA policies and their versions. Each worker keeps what it read,
labelled with the token of `configuration_version`, which changes in the very transaction
that changes any of those tables (an ORM flush touching them, see `_note_changes`; the few
statements that write them past the ORM call `changed`). A transaction reads the token once;
a copy labelled with another token is read again. So a change committed by one worker is seen
by the next transaction of every worker, and a transaction that changes the configuration
reads its own changes, never a copy. The token is random, not a counter: a database emptied
or restored from a backup can never bring back a label a worker still holds.
"""

import uuid
from collections.abc import Callable
from itertools import chain
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from api.configuration.models import ConfigurationVersion
from api.db.upsert import insert

T = TypeVar("T")

# The tables of the configuration: writing any of them changes the token.
CONFIGURATION_TABLES = frozenset(
    {
        "priority_rule",
        "routing_rule",
        "category_routing",
        "category",
        "sla_policy",
        "sla_policy_version",
        "sla_calendar",
        "sla_calendar_version",
        "webhook_subscription",
    }
)
_TOKEN = "configuration_token"  # session.info: the token this transaction read
_CHANGED = "configuration_changed"  # session.info: this transaction changed the configuration
_COPIES: "WeakKeyDictionary[Engine, dict[str, tuple[str, Any]]]" = WeakKeyDictionary()


def changed(session: Session) -> None:
    """Give the configuration a new token, in the session's transaction (once is enough)."""
    if session.info.get(_CHANGED):
        return
    session.info[_CHANGED] = True
    statement = insert(session, ConfigurationVersion.__table__).values(id=1, token=uuid.uuid4().hex)
    session.connection().execute(
        statement.on_conflict_do_update(
            index_elements=["id"], set_={"token": statement.excluded.token}
        )
    )


def cached(session: Session, name: str, load: Callable[[Session], T]) -> T:
    """What `load` reads, from this worker's copy when the configuration has not changed
    since it was read. `load` must return plain values (no ORM instance, which belongs to
    its session)."""
    if session.info.get(_CHANGED) or _touches_configuration(session):
        return load(session)
    token = _token(session)
    if token is None:
        return load(session)
    copies = _COPIES.setdefault(session.get_bind().engine, {})
    copy = copies.get(name)
    if copy is not None and copy[0] == token:
        value: T = copy[1]
        return value
    value = load(session)
    copies[name] = (token, value)
    return value


# The token as a column: the request's first statement (the bearer token's lookup) reads it
# along, which saves a round trip in every transaction that then reads the configuration.
_READ_TOKEN = select(ConfigurationVersion.token).where(ConfigurationVersion.id == 1)
TOKEN_COLUMN = _READ_TOKEN.scalar_subquery().label("configuration_token")


def read_along(session: Session, token: str | None) -> None:
    """The token read by the transaction's first statement (`TOKEN_COLUMN`)."""
    session.info.setdefault(_TOKEN, token)


def _token(session: Session) -> str | None:
    if _TOKEN not in session.info:
        session.info[_TOKEN] = session.connection().execute(_READ_TOKEN).scalar()
    token: str | None = session.info[_TOKEN]
    return token


def _touches_configuration(session: Session) -> bool:
    """Whether the session holds changes to the configuration not flushed yet."""
    return any(
        getattr(type(o), "__tablename__", None) in CONFIGURATION_TABLES
        for o in chain(session.new, session.dirty, session.deleted)
    )


@event.listens_for(Session, "before_flush")
def _note_changes(session: Session, flush_context: Any, instances: Any) -> None:
    if not session.info.get(_CHANGED) and _touches_configuration(session):
        changed(session)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_TOKEN, None)
        session.info.pop(_CHANGED, None)
