"""Views and "did this solve it?" answers: one per person, article and UTC day, so no one
can inflate an article's figures by asking again. Each is one upsert on a unique key."""

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from api.db import upsert
from api.knowledge.models import Article, ArticleView, Deflection


def count_view(session: Session, article_id: int, user_id: int, now: datetime) -> int:
    """Count the person's first view of the day; the article's view count after it.

    A plain UPDATE, so the article's version (its ETag) stays.
    """
    first_today = session.execute(
        upsert.insert(session, ArticleView)
        .values(article_id=article_id, user_id=user_id, viewed_on=now.date())
        .on_conflict_do_nothing()
        .returning(ArticleView.article_id)
    ).first()
    count = session.execute(
        update(Article)
        .where(Article.id == article_id)
        .values(view_count=Article.view_count + (1 if first_today else 0))
        .returning(Article.view_count)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(count)


def record_answer(
    session: Session,
    *,
    user_id: int,
    article_id: int | None,
    query: str | None,
    answers: list[str] | None,
    solved: bool,
    now: datetime,
) -> Deflection:
    """The person's answer about the article today; a second one the same day replaces it."""
    changes: dict[str, Any] = {
        "query": query,
        "answers": answers,
        "solved": solved,
        "created_at": now,
    }
    statement = (
        upsert.insert(session, Deflection)
        .values(
            user_id=user_id,
            article_id=article_id,
            article_key=article_id or 0,
            answered_on=now.date(),
            **changes,
        )
        .on_conflict_do_update(
            index_elements=["user_id", "article_key", "answered_on"], set_=changes
        )
        .returning(Deflection)
    )
    deflection: Deflection = session.scalars(
        statement, execution_options={"populate_existing": True}
    ).one()
    return deflection
