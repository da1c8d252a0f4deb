"""A ticket's matching rows gathered into one hit, pages over the hits, and the bound on
what is indexed per row. Pure."""

from hypothesis import given
from hypothesis import strategies as st

from api.search.documents import ROW_CHARACTERS, TEXT_FIELDS, bounded
from api.search.ranking import after, gather

# (doc_id, ticket_id, article_id, score): doc ids unique, each row a ticket's or an article's.
rows = st.lists(
    st.tuples(
        st.one_of(st.tuples(st.integers(1, 6), st.none()), st.tuples(st.none(), st.integers(1, 4))),
        st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]),
    ),
    max_size=40,
).map(lambda items: [(i + 1, t, a, s) for i, ((t, a), s) in enumerate(items)])


@given(rows)
def test_one_hit_per_ticket_or_article_with_its_best_row(found: list) -> None:
    hits = gather(found)
    assert len({h.key for h in hits}) == len(hits)
    assert {h.key for h in hits} == {t if t is not None else -a for _, t, a, _ in found}
    for hit in hits:
        own = [r for r in found if (r[1], r[2]) == (hit.ticket_id, hit.article_id)]
        assert hit.score == max(r[3] for r in own)
        assert (hit.best_doc_id, hit.score) in {(r[0], r[3]) for r in own}
    assert [(-h.score, h.key) for h in hits] == sorted((-h.score, h.key) for h in hits)


@given(rows, st.integers(1, 5))
def test_pages_neither_repeat_nor_skip(found: list, limit: int) -> None:
    hits = gather(found)
    seen = []
    remaining = hits
    while remaining:
        page = remaining[:limit]
        seen.extend(page)
        remaining = after(hits, page[-1].score, page[-1].key)
    assert seen == hits


@given(st.lists(st.integers(0, 200_000), min_size=4, max_size=4))
def test_indexed_text_is_cut_in_index_order_to_the_row_bound(lengths: list[int]) -> None:
    row = {name: "w " * (n // 2) for name, n in zip(TEXT_FIELDS, lengths, strict=True)}
    cut = bounded(row | {"ticket_id": 7})
    assert cut["ticket_id"] == 7
    assert sum(len(cut[name]) for name in TEXT_FIELDS) <= ROW_CHARACTERS
    for name in TEXT_FIELDS:
        assert row[name].startswith(cut[name])
    # A field is cut only once those before it have taken their whole text.
    for i, name in enumerate(TEXT_FIELDS):
        if len(cut[name]) < len(row[name]):
            assert all(cut[later] == "" for later in TEXT_FIELDS[i + 1 :])
