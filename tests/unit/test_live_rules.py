from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from api.live.rules import (
    MAX_PAYLOAD_CHARS,
    decode_ids,
    encode_ids,
    present,
    sse_comment,
    sse_message,
)

ids = st.sets(st.integers(min_value=1, max_value=2**31 - 1), max_size=3000)


def _expand(ranges: list[tuple[int, int]]) -> set[int]:
    return {i for first, last in ranges for i in range(first, last + 1)}


@given(ids)
def test_a_payload_covers_every_id_it_was_given_and_fits_a_notify(given_ids: set[int]) -> None:
    payload = encode_ids(given_ids)
    assert len(payload) <= MAX_PAYLOAD_CHARS
    ranges = decode_ids(payload, limit=2**31)
    for event_id in given_ids:
        assert any(first <= event_id <= last for first, last in ranges)
    if given_ids:
        assert all(min(given_ids) <= first <= last <= max(given_ids) for first, last in ranges)


@given(st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=200))
def test_small_transactions_travel_exactly(values: list[int]) -> None:
    assert _expand(decode_ids(encode_ids(values))) == set(values)


def test_consecutive_ids_travel_as_ranges() -> None:
    assert encode_ids([12, 10, 11, 15]) == "10-12,15"
    assert encode_ids([]) == ""
    assert decode_ids("10-12,15") == [(10, 12), (15, 15)]


def test_too_many_ids_travel_as_one_range() -> None:
    spread = range(1, 40_000, 2)  # no two consecutive: far over a NOTIFY's size
    assert encode_ids(spread) == "1-39999"


def test_a_reader_ignores_what_does_not_parse_and_bounds_a_range() -> None:
    assert decode_ids("x,5-3,-4,7-,8") == [(8, 8)]
    assert decode_ids("1-99999999", limit=100) == [(1, 100)]


def test_someone_is_present_until_the_ttl_passes_without_a_heartbeat() -> None:
    seen = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    ttl = timedelta(seconds=30)
    assert present(seen, seen + timedelta(seconds=29.9), ttl)
    assert not present(seen, seen + ttl, ttl)


def test_server_sent_events_on_the_wire() -> None:
    assert sse_message("ticket", {"ticket": 1042}, event_id=7) == (
        'id: 7\nevent: ticket\ndata: {"ticket":1042}\n\n'
    )
    assert sse_message("reset", {}) == "event: reset\ndata: {}\n\n"
    assert sse_comment("keep-alive") == ": keep-alive\n\n"
