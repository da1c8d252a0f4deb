"""Pure rules of IMAP polling: which UIDs a poll takes, where its cursor goes, folder names."""

from hypothesis import given
from hypothesis import strategies as st

from api.mail.mailbox.rules import (
    Cursor,
    Plan,
    cursor_after_batch,
    encode_folder,
    plan_poll,
    skips_stuck,
    uids_to_take,
)


def test_a_known_folder_goes_on_from_its_cursor() -> None:
    assert plan_poll(Cursor(7, 41), 7, marks_seen=True) == Plan(41, False, False)
    assert plan_poll(Cursor(7, 41), 7, marks_seen=False) == Plan(41, False, False)


def test_a_new_or_changed_uidvalidity_starts_over() -> None:
    for cursor in (Cursor(None, 0), Cursor(7, 41)):
        assert plan_poll(cursor, 8, marks_seen=True) == Plan(0, True, True)
        assert plan_poll(cursor, 8, marks_seen=False) == Plan(0, False, True)


def test_a_catch_up_goes_on_until_a_batch_takes_everything() -> None:
    plan = plan_poll(Cursor(None, 0), 9, marks_seen=True)
    middle = cursor_after_batch(plan, 9, last_done=50, batch_was_all=False, uid_next=200)
    assert middle == Cursor(9, 50, catching_up=True)
    again = plan_poll(middle, 9, marks_seen=True)
    assert again == Plan(50, True, True)  # still only the unread
    done = cursor_after_batch(again, 9, last_done=120, batch_was_all=True, uid_next=200)
    assert done == Cursor(9, 199, catching_up=False)  # what it skipped as read is behind it
    assert plan_poll(done, 9, marks_seen=True) == Plan(199, False, False)


def test_an_ordinary_batch_moves_the_cursor_to_its_last_message() -> None:
    plan = Plan(10, False, False)
    assert cursor_after_batch(plan, 3, 15, True, 40) == Cursor(3, 15)
    assert cursor_after_batch(plan, 3, 10, True, 40) == Cursor(3, 10)


@given(
    found=st.lists(st.integers(min_value=1, max_value=2**32 - 1), max_size=60),
    after=st.integers(min_value=0, max_value=2**32 - 1),
    limit=st.integers(min_value=1, max_value=20),
)
def test_a_batch_is_the_oldest_new_uids_once_each(found: list[int], after: int, limit: int) -> None:
    batch = uids_to_take(found, after, limit)
    newer = sorted({uid for uid in found if uid > after})
    assert batch == newer[:limit]
    assert all(uid > after for uid in batch)


def test_search_answers_the_last_uid_even_below_the_cursor() -> None:
    # `UID SEARCH UID 43:*` on a folder whose last UID is 42 answers 42.
    assert uids_to_take([42], 42, 50) == []


def test_a_message_is_skipped_after_three_failures() -> None:
    assert not skips_stuck(None, 0, 5)
    assert not skips_stuck(5, 2, 5)
    assert skips_stuck(5, 3, 5)
    assert not skips_stuck(5, 3, 6)


def test_folder_names_are_quoted_in_modified_utf7() -> None:
    assert encode_folder("INBOX") == '"INBOX"'
    assert encode_folder("Taken in") == '"Taken in"'
    assert encode_folder("Entwürfe") == '"Entw&APw-rfe"'
    assert encode_folder("R&D") == '"R&-D"'
    assert encode_folder("台北") == '"&U,BTFw-"'
    assert encode_folder('say "hi"\\') == '"say \\"hi\\"\\\\"'
