"""A ticket's matching rows gathered into one hit, best first. Pure.

A ticket is found through its own row (subject, description, resolution) or any of its
comments' rows; it ranks by its best row. Articles have one row each.
"""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RankedHit:
    score: float
    best_doc_id: int  # the row the snippet is cut from
    ticket_id: int | None
    article_id: int | None

    @property
    def key(self) -> int:
        """Unique among hits and stable: the ticket id, or minus the article id."""
        return self.ticket_id if self.ticket_id is not None else -(self.article_id or 0)


def gather(rows: Iterable[tuple[int, int | None, int | None, float]]) -> list[RankedHit]:
    """(doc_id, ticket_id, article_id, score) rows to hits, best score first, then by key."""
    best: dict[int, RankedHit] = {}
    for doc_id, ticket_id, article_id, score in rows:
        hit = RankedHit(float(score), doc_id, ticket_id, article_id)
        current = best.get(hit.key)
        if current is None or (hit.score, -hit.best_doc_id) > (
            current.score,
            -current.best_doc_id,
        ):
            best[hit.key] = hit
    return sorted(best.values(), key=lambda h: (-h.score, h.key))


def after(hits: list[RankedHit], score: float, key: int) -> list[RankedHit]:
    """The hits a page ending at (score, key) has not shown yet."""
    return [h for h in hits if h.score < score or (h.score == score and h.key > key)]
