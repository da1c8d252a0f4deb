"""The once-a-day revision keeps the latest of several answers by one person about one article
on one day, gives every answer its day, and downgrades cleanly."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from api.db import migrate
from tests.conftest import BACKENDS, fresh_database

BEFORE = "1608f9068635"
ONCE_A_DAY = "68938818f4ef"

ANSWERS = [  # (id, user, article, created_at, solved)
    (1, 1, 1, "2026-11-20 09:00:00", False),
    (2, 1, 1, "2026-11-20 17:00:00", True),  # same person, article and day: replaces 1
    (3, 1, 1, "2026-11-21 09:00:00", False),  # another day
    (4, 2, 1, "2026-11-20 10:00:00", True),  # another person
    (5, 1, None, "2026-11-20 11:00:00", False),
    (6, 1, None, "2026-11-20 12:00:00", False),  # no article twice the same day: one
]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database(request.param, tmp_path)


def test_duplicate_answers_of_a_day_are_folded_into_the_latest(database: str) -> None:
    migrate.upgrade(database, BEFORE)
    engine = create_engine(database)
    with engine.begin() as conn:
        for user in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO user_account (id, email, name, role, active, created_at) "
                    "VALUES (:id, :email, 'C', 'customer', true, CURRENT_TIMESTAMP)"
                ),
                {"id": user, "email": f"c{user}@example.com"},
            )
        conn.execute(
            text(
                "INSERT INTO article (id, kind, title, body, language, status, visibility, "
                "author_id, updated_by_id, revision, updated_at, view_count, helpful_count, "
                "not_helpful_count, version, created_at) VALUES (1, 'article', 'T', 'B', 'en', "
                "'published', 'public', 1, 1, 1, CURRENT_TIMESTAMP, 7, 0, 0, 1, CURRENT_TIMESTAMP)"
            )
        )
        for row_id, user, article, at, solved in ANSWERS:
            conn.execute(
                text(
                    "INSERT INTO deflection (id, user_id, article_id, solved, created_at) "
                    "VALUES (:id, :user, :article, :solved, :at)"
                ),
                {"id": row_id, "user": user, "article": article, "solved": solved, "at": at},
            )
    engine.dispose()

    migrate.upgrade(database, ONCE_A_DAY)
    engine = create_engine(database)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, article_key, CAST(answered_on AS VARCHAR(10)) FROM deflection "
                "ORDER BY id"
            )
        ).all()
        views = conn.execute(text("SELECT view_count FROM article")).scalar_one()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        (2, 1, "2026-11-20"),
        (3, 1, "2026-11-21"),
        (4, 1, "2026-11-20"),
        (6, 0, "2026-11-20"),
    ]
    assert views == 7  # counts so far stay

    migrate.downgrade(database, BEFORE)
    migrate.upgrade(database)
