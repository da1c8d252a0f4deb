"""Impact x urgency -> priority."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.ticket.priority import DEFAULT_MATRIX, Level, Priority, priority_for

# (impact, urgency) -> priority, written out by hand.
EXPECTED_DEFAULT: dict[tuple[str, str], str] = {
    ("high", "high"): "critical",
    ("high", "medium"): "high",
    ("medium", "high"): "high",
    ("high", "low"): "medium",
    ("medium", "medium"): "medium",
    ("low", "high"): "medium",
    ("medium", "low"): "low",
    ("low", "medium"): "low",
    ("low", "low"): "low",
}

levels = st.sampled_from(Level)
priorities = st.sampled_from(Priority)
cells = st.tuples(levels, levels)


def test_level_members() -> None:
    assert [level.value for level in Level] == ["high", "medium", "low"]


@pytest.mark.parametrize(("cell", "expected"), sorted(EXPECTED_DEFAULT.items()))
def test_default_matrix_cell(cell: tuple[str, str], expected: str) -> None:
    impact, urgency = Level(cell[0]), Level(cell[1])
    assert priority_for(impact, urgency) is Priority[expected]
    assert DEFAULT_MATRIX[(impact, urgency)] is Priority[expected]


def test_default_matrix_has_exactly_nine_cells() -> None:
    assert len(DEFAULT_MATRIX) == 9
    assert {(i.value, u.value) for i, u in DEFAULT_MATRIX} == set(EXPECTED_DEFAULT)


def test_critical_only_for_high_high() -> None:
    critical = [cell for cell, p in DEFAULT_MATRIX.items() if p is Priority.critical]
    assert critical == [(Level.high, Level.high)]


def test_priority_ranks() -> None:
    assert [p.rank for p in Priority] == [1, 2, 3, 4]
    assert [Priority.from_rank(r) for r in (1, 2, 3, 4)] == list(Priority)
    with pytest.raises(ValueError, match="rank"):
        Priority.from_rank(5)


def test_critical_sorts_first_by_rank() -> None:
    shuffled = [Priority.low, Priority.critical, Priority.medium, Priority.high]
    assert sorted(shuffled, key=lambda p: p.rank) == [
        Priority.critical,
        Priority.high,
        Priority.medium,
        Priority.low,
    ]


def test_custom_matrix_overrides_cells() -> None:
    custom = dict.fromkeys(DEFAULT_MATRIX, Priority.low)
    custom[(Level.low, Level.low)] = Priority.critical
    assert priority_for(Level.low, Level.low, custom) is Priority.critical
    assert priority_for(Level.high, Level.high, custom) is Priority.low


def test_empty_custom_matrix_falls_back_to_default() -> None:
    for (impact, urgency), expected in EXPECTED_DEFAULT.items():
        assert priority_for(Level(impact), Level(urgency), {}) is Priority[expected]


def test_custom_matrix_does_not_mutate_default() -> None:
    before = dict(DEFAULT_MATRIX)
    priority_for(Level.high, Level.high, {(Level.high, Level.high): Priority.low})
    assert before == DEFAULT_MATRIX


@settings(max_examples=200)
@given(custom=st.dictionaries(cells, priorities), impact=levels, urgency=levels)
def test_partial_custom_matrix_falls_back_per_cell(
    custom: dict[tuple[Level, Level], Priority], impact: Level, urgency: Level
) -> None:
    result = priority_for(impact, urgency, custom)
    if (impact, urgency) in custom:
        assert result is custom[(impact, urgency)]
    else:
        assert result is Priority[EXPECTED_DEFAULT[(impact.value, urgency.value)]]
    assert isinstance(result, Priority)
