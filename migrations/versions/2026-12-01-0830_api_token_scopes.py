"""API tokens carry a list of scopes instead of read / read-write

Existing tokens keep what they could do: a read-write token gets every scope its owner's role
allows, a read-only one the read scopes of them, a session its role's.

Revision ID: 5b9d3e7a1c42
Revises: 5b7d2e9a4c61
Create Date: 2026-12-01 08:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b9d3e7a1c42"
down_revision: str | None = "5b7d2e9a4c61"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The catalog and the roles' scopes as this revision knows them (api/auth/scopes.py may move on).
_CUSTOMER = [
    "account",
    "tickets:read",
    "tickets:write",
    "kb:read",
    "kb:write",
    "directory:read",
]
_STAFF = [*_CUSTOMER, "directory:write", "reports:read"]
_ROLE_SCOPES = {
    "customer": _CUSTOMER,
    "agent": _STAFF,
    "supervisor": _STAFF,
    "admin": [*_STAFF, "admin"],
}
_ORDER = [
    "account",
    "tickets:read",
    "tickets:write",
    "kb:read",
    "kb:write",
    "directory:read",
    "directory:write",
    "reports:read",
    "admin",
]

access_token = sa.table(
    "access_token",
    sa.column("id", sa.Integer()),
    sa.column("user_id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("scope", sa.String()),
    sa.column("scopes", sa.JSON()),
)
user_account = sa.table(
    "user_account", sa.column("id", sa.Integer()), sa.column("role", sa.String())
)


def _scopes(role: str, kind: str, scope: str) -> list[str]:
    allowed = _ROLE_SCOPES[role]
    if kind == "personal" and scope == "read":
        allowed = [s for s in allowed if s.endswith(":read")]
    return [s for s in _ORDER if s in allowed]


def upgrade() -> None:
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scopes", sa.JSON(), nullable=True))

    connection = op.get_bind()
    # One statement per (role, kind, scope): a handful, whatever the number of tokens.
    for role in _ROLE_SCOPES:
        for kind in ("session", "personal"):
            for scope in ("read", "read_write"):
                connection.execute(
                    access_token.update()
                    .where(
                        access_token.c.kind == kind,
                        access_token.c.scope == scope,
                        access_token.c.user_id.in_(
                            sa.select(user_account.c.id).where(user_account.c.role == role)
                        ),
                    )
                    .values(scopes=_scopes(role, kind, scope))
                )

    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.alter_column("scopes", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_column("scope")


def downgrade() -> None:
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=20), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(sa.select(access_token.c.id, access_token.c.scopes)).all()
    for token_id, scopes in rows:
        writes = any(not s.endswith(":read") for s in scopes or [])
        connection.execute(
            access_token.update()
            .where(access_token.c.id == token_id)
            .values(scope="read_write" if writes else "read")
        )

    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.alter_column("scope", existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_column("scopes")
