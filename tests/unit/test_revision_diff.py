"""The body diff of two article revisions: one diff line per line, whatever the line endings."""

from api.knowledge.revisions import compare


def body_diff(before: str, after: str) -> list[str]:
    comparison = compare(
        {"body": before}, {"body": after}, before_label="revision 1", after_label="revision 2"
    )
    return comparison.body_diff.splitlines()


def test_a_changed_last_line_without_newline_stays_two_lines() -> None:
    lines = body_diff("Intro\nOld ending", "Intro\nNew ending")
    assert lines[:2] == ["--- revision 1", "+++ revision 2"]
    assert lines[3:] == [" Intro", "-Old ending", "+New ending"]


def test_line_endings_alone_do_not_differ() -> None:
    assert body_diff("One\r\nTwo\r\n", "One\nTwo") == []


def test_same_body_is_an_empty_diff() -> None:
    assert compare({"body": "x"}, {"body": "x"}, before_label="a", after_label="b").body_diff == ""
