"""The scopes revision: tokens made before scopes keep what they could do, and come back."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from api.db import migrate
from tests.conftest import BACKENDS, fresh_database

BEFORE = "7e1a4c9d2b30"
SCOPES = "5b9d3e7a1c42"

CUSTOMER = ["account", "tickets:read", "tickets:write", "kb:read", "kb:write", "directory:read"]
STAFF = [*CUSTOMER, "directory:write", "reports:read"]
TOKENS = [  # (id, user id, kind, scope, scopes after)
    (1, 1, "personal", "read_write", CUSTOMER),
    (2, 1, "personal", "read", ["tickets:read", "kb:read", "directory:read"]),
    (3, 2, "personal", "read_write", [*STAFF, "admin"]),
    (4, 2, "personal", "read", ["tickets:read", "kb:read", "directory:read", "reports:read"]),
    (5, 2, "session", "read_write", [*STAFF, "admin"]),
    (6, 3, "session", "read_write", STAFF),
]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database(request.param, tmp_path)


def test_existing_tokens_get_the_scopes_of_what_they_could_do(database: str) -> None:
    migrate.upgrade(database, BEFORE)
    engine = create_engine(database)
    with engine.begin() as conn:
        for user, role in ((1, "customer"), (2, "admin"), (3, "supervisor")):
            conn.execute(
                text(
                    "INSERT INTO user_account (id, email, name, role, active, created_at) "
                    "VALUES (:id, :email, 'P', :role, true, CURRENT_TIMESTAMP)"
                ),
                {"id": user, "email": f"p{user}@example.com", "role": role},
            )
        for token_id, user, kind, scope, _ in TOKENS:
            conn.execute(
                text(
                    "INSERT INTO access_token (id, user_id, token_hash, kind, scope, expires_at, "
                    "created_at) VALUES (:id, :user, :hash, :kind, :scope, CURRENT_TIMESTAMP, "
                    "CURRENT_TIMESTAMP)"
                ),
                {
                    "id": token_id,
                    "user": user,
                    "hash": f"h{token_id}",
                    "kind": kind,
                    "scope": scope,
                },
            )
    engine.dispose()

    migrate.upgrade(database, SCOPES)
    engine = create_engine(database)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, scopes FROM access_token ORDER BY id")).all()
    engine.dispose()
    got = [(r[0], r[1] if isinstance(r[1], list) else json.loads(r[1])) for r in rows]
    assert got == [(t[0], t[4]) for t in TOKENS]

    migrate.downgrade(database, BEFORE)
    engine = create_engine(database)
    with engine.connect() as conn:
        back = conn.execute(text("SELECT id, scope FROM access_token ORDER BY id")).all()
    engine.dispose()
    assert [tuple(r) for r in back] == [(t[0], t[3]) for t in TOKENS]
