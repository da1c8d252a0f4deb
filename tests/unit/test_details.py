"""Validation of a ticket's category detail values."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.category.details import DetailError, DetailField, FieldType, validate_details

SERIAL = DetailField("serial", "Serial number", FieldType.text, pattern=r"[A-Z]{2}-\d{4}")
ROOM = DetailField("room", "Room", FieldType.text, required=True, max_length=10)
FLOOR = DetailField("floor", "Floor", FieldType.integer)
WEIGHT = DetailField("weight", "Weight", FieldType.number)
URGENT = DetailField("urgent", "Urgent", FieldType.boolean)
OS = DetailField("os", "Operating system", FieldType.choice, choices=("linux", "mac", "windows"))

FIELDS = (SERIAL, ROOM, FLOOR, WEIGHT, URGENT, OS)


def fields_of(errors: list[DetailError]) -> list[str]:
    return [e.field for e in errors]


def test_no_fields_no_details() -> None:
    assert validate_details((), {}) == ({}, [])


def test_valid_full_details_are_cleaned() -> None:
    cleaned, errors = validate_details(
        FIELDS,
        {
            "serial": "AB-1234",
            "room": "  B12  ",
            "floor": 3,
            "weight": 2.5,
            "urgent": False,
            "os": " linux ",
        },
    )
    assert errors == []
    assert cleaned == {
        "serial": "AB-1234",
        "room": "B12",
        "floor": 3,
        "weight": 2.5,
        "urgent": False,
        "os": "linux",
    }


@pytest.mark.parametrize("missing", [{}, {"room": None}, {"room": ""}])
def test_required_field_missing(missing: dict[str, object]) -> None:
    cleaned, errors = validate_details(FIELDS, missing)
    assert fields_of(errors) == ["details.room"]
    assert "Room" in errors[0].message
    assert "required" in errors[0].message
    assert cleaned == {}


def test_optional_fields_may_be_absent_or_null() -> None:
    cleaned, errors = validate_details(FIELDS, {"room": "A1", "floor": None, "os": ""})
    assert errors == []
    assert cleaned == {"room": "A1"}


def test_unknown_key_rejected() -> None:
    cleaned, errors = validate_details(FIELDS, {"room": "A1", "colour": "red"})
    assert fields_of(errors) == ["details.colour"]
    assert "not a field" in errors[0].message
    assert cleaned == {"room": "A1"}


def test_unknown_key_rejected_even_when_null() -> None:
    _, errors = validate_details(FIELDS, {"room": "A1", "colour": None})
    assert fields_of(errors) == ["details.colour"]


@pytest.mark.parametrize("value", [True, False, "3", "three", 3.0, 3.5, [3], {"n": 3}])
def test_integer_rejects_non_integers(value: object) -> None:
    cleaned, errors = validate_details([FLOOR], {"floor": value})
    assert fields_of(errors) == ["details.floor"]
    assert "whole number" in errors[0].message
    assert cleaned == {}


@pytest.mark.parametrize("value", [0, -2, 7, 10**20])
def test_integer_accepts_ints(value: int) -> None:
    assert validate_details([FLOOR], {"floor": value}) == ({"floor": value}, [])


@pytest.mark.parametrize("value", [0, 4, -1, 2.5, -0.25, 1e10])
def test_number_accepts_ints_and_floats(value: float) -> None:
    assert validate_details([WEIGHT], {"weight": value}) == ({"weight": value}, [])


@pytest.mark.parametrize("value", [True, False, "2.5", [1.0], {"w": 1}])
def test_number_rejects_bools_and_strings(value: object) -> None:
    cleaned, errors = validate_details([WEIGHT], {"weight": value})
    assert fields_of(errors) == ["details.weight"]
    assert "number" in errors[0].message
    assert cleaned == {}


@pytest.mark.parametrize("value", [True, False])
def test_boolean_accepts_bools(value: bool) -> None:
    assert validate_details([URGENT], {"urgent": value}) == ({"urgent": value}, [])


@pytest.mark.parametrize("value", ["true", "false", 1, 0, "yes"])
def test_boolean_rejects_non_bools(value: object) -> None:
    cleaned, errors = validate_details([URGENT], {"urgent": value})
    assert fields_of(errors) == ["details.urgent"]
    assert "true or false" in errors[0].message
    assert cleaned == {}


@pytest.mark.parametrize("value", ["bsd", "Linux", "linu", "linux mac", 1, True])
def test_choice_rejects_values_outside_choices(value: object) -> None:
    cleaned, errors = validate_details([OS], {"os": value})
    assert fields_of(errors) == ["details.os"]
    assert cleaned == {}


def test_choice_error_names_the_choices() -> None:
    _, errors = validate_details([OS], {"os": "bsd"})
    assert "linux" in errors[0].message
    assert "mac" in errors[0].message
    assert "windows" in errors[0].message


@pytest.mark.parametrize("value", ["linux", "mac", "windows", "  mac\n"])
def test_choice_accepts_choices(value: str) -> None:
    assert validate_details([OS], {"os": value}) == ({"os": value.strip()}, [])


@pytest.mark.parametrize("value", ["AB-1234", " AB-1234 "])
def test_pattern_accepts_full_match(value: str) -> None:
    assert validate_details([SERIAL], {"serial": value}) == ({"serial": "AB-1234"}, [])


@pytest.mark.parametrize("value", ["ab-1234", "AB-123", "AB-12345", "xAB-1234", "AB-1234x"])
def test_pattern_enforced_as_full_match(value: str) -> None:
    cleaned, errors = validate_details([SERIAL], {"serial": value})
    assert fields_of(errors) == ["details.serial"]
    assert "pattern" in errors[0].message
    assert cleaned == {}


@pytest.mark.parametrize("value", [5, 1.5, True, ["a"], {"a": "b"}])
def test_text_rejects_non_strings(value: object) -> None:
    cleaned, errors = validate_details([ROOM], {"room": value})
    assert fields_of(errors) == ["details.room"]
    assert "text" in errors[0].message
    assert cleaned == {}


def test_text_trimmed() -> None:
    assert validate_details([ROOM], {"room": "\t Lab 3 \n"}) == ({"room": "Lab 3"}, [])


def test_text_max_length_enforced_after_trimming() -> None:
    assert validate_details([ROOM], {"room": "  " + "x" * 10 + "  "}) == ({"room": "x" * 10}, [])
    cleaned, errors = validate_details([ROOM], {"room": "x" * 11})
    assert fields_of(errors) == ["details.room"]
    assert "10" in errors[0].message
    assert cleaned == {}


def test_default_max_length_is_500() -> None:
    field = DetailField("note", "Note", FieldType.text)
    assert validate_details([field], {"note": "y" * 500}) == ({"note": "y" * 500}, [])
    _, errors = validate_details([field], {"note": "y" * 501})
    assert fields_of(errors) == ["details.note"]


def test_every_bad_field_reported_and_only_valid_values_cleaned() -> None:
    cleaned, errors = validate_details(
        FIELDS,
        {
            "serial": "nope",
            "floor": "2",
            "weight": 1,
            "urgent": "true",
            "os": "mac",
            "extra": 1,
        },
    )
    assert sorted(fields_of(errors)) == [
        "details.extra",
        "details.floor",
        "details.room",
        "details.serial",
        "details.urgent",
    ]
    assert cleaned == {"weight": 1, "os": "mac"}


def test_input_mapping_not_mutated() -> None:
    details = {"room": "  A1 ", "extra": 1}
    validate_details(FIELDS, details)
    assert details == {"room": "  A1 ", "extra": 1}


def test_whitespace_only_required_text_is_missing() -> None:
    cleaned, errors = validate_details([ROOM], {"room": "   "})
    assert fields_of(errors) == ["details.room"]
    assert cleaned == {}


json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
detail_keys = st.sampled_from([f.key for f in FIELDS]) | st.text(max_size=10)


@settings(max_examples=200)
@given(details=st.dictionaries(detail_keys, json_values, max_size=8))
def test_validate_details_never_raises_on_json_like_input(details: dict[str, object]) -> None:
    cleaned, errors = validate_details(FIELDS, details)
    by_key = {f.key: f for f in FIELDS}
    for error in errors:
        assert error.field.startswith("details.")
        assert error.message
    error_fields = set(fields_of(errors))
    for key in details:
        if key not in by_key:
            assert f"details.{key}" in error_fields
    assert set(cleaned) <= set(by_key)
    for key, value in cleaned.items():
        assert key in details
        assert f"details.{key}" not in error_fields
        spec = by_key[key]
        if spec.type is FieldType.integer:
            assert type(value) is int
        elif spec.type is FieldType.number:
            assert isinstance(value, int | float)
            assert not isinstance(value, bool)
        elif spec.type is FieldType.boolean:
            assert isinstance(value, bool)
        else:
            assert isinstance(value, str)
            assert value == value.strip()
            assert len(value) <= spec.max_length
            if spec.type is FieldType.choice:
                assert value in spec.choices
    for spec in FIELDS:
        value = details.get(spec.key)
        provided = value is not None and not (isinstance(value, str) and not value.strip())
        assert (spec.key in cleaned or f"details.{spec.key}" in error_fields) is (
            provided or spec.required
        )
